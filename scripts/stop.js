/**
 * `npm stop`: stops the dev server `npm start` started (by the pid in .addin-dev-server.pid, its
 * whole process group), and unloads the add-in from Excel desktop where it was sideloaded.
 */
const { spawnSync } = require("child_process");
const { ROOT, readState, clearState, isAlive } = require("./devServerState");

const STOP_TIMEOUT_MS = 10000;

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Sends `name` to `pid`; false when no such process (group) exists. */
function send(pid, name) {
  try {
    process.kill(pid, name);
    return true;
  } catch (error) {
    if (error.code !== "ESRCH") throw error;
    return false;
  }
}

/** Signals the server's process group (it was started detached, as a group leader), else the process. */
function signal(pid, name) {
  if (process.platform === "win32" || !send(-pid, name)) send(pid, name);
}

function waitForExit(pid, started) {
  if (!isAlive(pid)) return Promise.resolve(true);
  if (Date.now() - started > STOP_TIMEOUT_MS) return Promise.resolve(false);
  return delay(200).then(() => waitForExit(pid, started));
}

function main() {
  const state = readState();
  if (state === null) {
    console.log("No dev server started by `npm start` is recorded; nothing to stop.");
    return Promise.resolve(0);
  }
  if (state.sideloaded) {
    const debugging = require.resolve("office-addin-debugging/cli.js");
    spawnSync(process.execPath, [debugging, "stop", "manifest.xml"], {
      cwd: ROOT,
      stdio: ["ignore", "inherit", "inherit"],
    });
  }
  if (!isAlive(state.pid)) {
    clearState();
    console.log(`The dev server (pid ${state.pid}) had already stopped.`);
    return Promise.resolve(0);
  }
  signal(state.pid, "SIGTERM");
  return waitForExit(state.pid, Date.now()).then((exited) => {
    if (!exited) signal(state.pid, "SIGKILL");
    clearState();
    console.log(`Stopped the dev server (pid ${state.pid}).`);
    return 0;
  });
}

main().then((code) => {
  process.exitCode = code;
});
