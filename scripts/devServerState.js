/**
 * The dev server's pid file, shared by scripts/start.js and scripts/stop.js:
 * .addin-dev-server.pid holds { pid, port, sideloaded } as JSON.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const PID_FILE = path.join(ROOT, ".addin-dev-server.pid");
const LOG_FILE = path.join(ROOT, ".addin-dev-server.log");

/** The recorded state, or null when there is none (or it is unreadable). */
function readState() {
  if (!fs.existsSync(PID_FILE)) return null;
  try {
    const state = JSON.parse(fs.readFileSync(PID_FILE, "utf8"));
    return Number.isInteger(state.pid) && state.pid > 0 ? state : null;
  } catch (error) {
    console.warn(`Ignoring ${path.basename(PID_FILE)}: ${error.message}`);
    return null;
  }
}

function writeState(state) {
  fs.writeFileSync(PID_FILE, JSON.stringify(state) + "\n");
}

function clearState() {
  fs.rmSync(PID_FILE, { force: true });
}

/** Whether a process with this pid exists (signal 0 probes without killing). */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

module.exports = { ROOT, PID_FILE, LOG_FILE, readState, writeState, clearState, isAlive };
