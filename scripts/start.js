/**
 * `npm start`: builds in development mode and serves the add-in on https://localhost:3000 (certs
 * from office-addin-dev-certs), in the background, then sideloads it into Excel desktop where
 * Excel exists (Windows, macOS). On Linux it says so once and prints how to sideload into Excel
 * on the web. Never prompts. `npm stop` stops what this started.
 */
const fs = require("fs");
const https = require("https");
const path = require("path");
const { spawn, spawnSync } = require("child_process");
const { httpsOptions } = require("./devCerts");
const { ROOT, PID_FILE, LOG_FILE, readState, writeState, isAlive } = require("./devServerState");

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const TASKPANE_URL = `https://localhost:${PORT}/taskpane.html`;
const READY_TIMEOUT_MS = 240000;

/** Resolves to the HTTP status of `url` (self-signed certificates accepted), or 0 on failure. */
function statusOf(url) {
  return new Promise((resolve) => {
    const request = https.get(url, { rejectUnauthorized: false, timeout: 5000 }, (response) => {
      response.resume();
      resolve(response.statusCode || 0);
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(0));
  });
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function logTail() {
  try {
    return fs.readFileSync(LOG_FILE, "utf8").split("\n").slice(-25).join("\n");
  } catch (error) {
    return `(no log: ${error.message})`;
  }
}

/** Waits until the task pane answers 200, or the server dies, or time runs out. */
function waitUntilServing(server, started) {
  return statusOf(TASKPANE_URL).then((status) => {
    if (status === 200) return true;
    if (!isAlive(server.pid) || Date.now() - started > READY_TIMEOUT_MS) return false;
    return delay(1000).then(() => waitUntilServing(server, started));
  });
}

function startServer() {
  const log = fs.openSync(LOG_FILE, "w");
  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", log, log],
    env: Object.assign({}, process.env, { CI: process.env.CI || "" }),
  });
  server.unref();
  return server;
}

/** Sideloads into Excel desktop where it exists; returns whether it did. */
function sideload() {
  if (process.platform !== "win32" && process.platform !== "darwin") {
    console.log(
      `Cannot sideload into Excel desktop on ${process.platform}: Excel desktop runs on Windows and macOS only.`
    );
    return false;
  }
  const debugging = require.resolve("office-addin-debugging/cli.js");
  const result = spawnSync(
    process.execPath,
    [
      debugging,
      "start",
      "manifest.xml",
      "desktop",
      "--app",
      "excel",
      "--dev-server-port",
      String(PORT),
      "--no-debug",
    ],
    { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] }
  );
  if (result.status !== 0) {
    console.log("Sideloading into Excel desktop failed; the dev server keeps running.");
    return false;
  }
  return true;
}

function printHowToSideload(sideloaded) {
  const manifest = path.join(ROOT, "manifest.xml");
  console.log(
    `Serving https://localhost:${PORT}/ (log: ${path.relative(process.cwd(), LOG_FILE)}; stop with: npm stop)`
  );
  if (!sideloaded) {
    console.log("To use it in Excel on the web: open a workbook at https://www.office.com, then");
    console.log(
      `  Home > Add-ins (or Insert > Add-ins) > More Add-ins > Upload My Add-in > ${manifest}`
    );
  }
  console.log(`Task pane preview in a browser: ${TASKPANE_URL}`);
}

function main() {
  const running = readState();
  if (running !== null && isAlive(running.pid)) {
    console.log(`The dev server is already running (pid ${running.pid}); \`npm stop\` stops it.`);
    printHowToSideload(running.sideloaded);
    return Promise.resolve(0);
  }
  return httpsOptions((line) => console.log(line))
    .then(() => statusOf(TASKPANE_URL))
    .then((status) => {
      if (status !== 0) {
        console.error(`Port ${PORT} is already in use by another server; stop it first.`);
        return 1;
      }
      console.log(`Building and starting the dev server on https://localhost:${PORT}/ ...`);
      const server = startServer();
      writeState({ pid: server.pid, port: PORT, sideloaded: false });
      return waitUntilServing(server, Date.now()).then((ready) => {
        if (!ready) {
          console.error(`The dev server did not come up. Last lines of its log:\n${logTail()}`);
          try {
            process.kill(-server.pid, "SIGTERM");
          } catch (error) {
            // ESRCH: already gone, nothing to stop.
            if (error.code !== "ESRCH") throw error;
          }
          fs.rmSync(PID_FILE, { force: true });
          return 1;
        }
        const sideloaded = sideload();
        writeState({ pid: server.pid, port: PORT, sideloaded });
        printHowToSideload(sideloaded);
        return 0;
      });
    });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`npm start failed: ${error.message || error}`);
    process.exitCode = 1;
  }
);
