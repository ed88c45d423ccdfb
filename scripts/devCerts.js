/**
 * HTTPS options for the dev server from office-addin-dev-certs, without ever prompting.
 *
 * office-addin-dev-certs generates a CA and a localhost certificate under ~/.office-addin-dev-certs
 * and then installs the CA with `sudo`. Where sudo is missing (a root container, CI) that install
 * fails and getHttpsServerOptions() rejects although the certificate files exist. Here the files
 * are used anyway; as root on Linux the CA is trusted with update-ca-certificates directly.
 * Trusting the CA is best effort: serving never depends on it.
 */
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const os = require("os");
const devCerts = require("office-addin-dev-certs");

/** office-addin-dev-certs' certificate folder and files (its defaults; not exported by its main). */
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CA_PATH = path.join(CERT_DIR, "ca.crt");
const CERT_PATH = path.join(CERT_DIR, "localhost.crt");
const KEY_PATH = path.join(CERT_DIR, "localhost.key");

/** Where Linux keeps locally added CAs; the same folder office-addin-dev-certs checks. */
const LINUX_CA_DIR = "/usr/local/share/ca-certificates/office-addin-dev-certs";

function readOptions() {
  return {
    ca: fs.readFileSync(CA_PATH),
    cert: fs.readFileSync(CERT_PATH),
    key: fs.readFileSync(KEY_PATH),
  };
}

function certificateFilesExist() {
  return [CA_PATH, CERT_PATH, KEY_PATH].map((file) => fs.existsSync(file)).every(Boolean);
}

/** As root on Linux, trusts the CA system-wide. Returns a one-line outcome; never throws. */
function trustCaAsRoot(log) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (process.platform !== "linux" || !isRoot) {
    return log(
      "dev-certs: the CA is not trusted system-wide (needs root or sudo); browsers will warn"
    );
  }
  try {
    fs.mkdirSync(LINUX_CA_DIR, { recursive: true });
    fs.copyFileSync(CA_PATH, path.join(LINUX_CA_DIR, "ca.crt"));
    execFileSync("update-ca-certificates", [], { stdio: "ignore" });
    log(`dev-certs: trusted the CA via update-ca-certificates (${LINUX_CA_DIR}/ca.crt)`);
  } catch (error) {
    log(`dev-certs: could not trust the CA (${error.message.split("\n")[0]}); serving anyway`);
  }
}

/**
 * Resolves to { ca, cert, key } for an https server on localhost.
 * @param {(line: string) => void} [log]
 */
function httpsOptions(log) {
  const say = log || ((line) => console.log(line));
  return devCerts
    .getHttpsServerOptions()
    .then((options) => ({ ca: options.ca, cert: options.cert, key: options.key }))
    .catch((error) => {
      say(`dev-certs: ${String(error.message || error).split("\n")[0]}`);
      const generated = certificateFilesExist()
        ? Promise.resolve()
        : devCerts.generateCertificates();
      return generated.then(() => {
        trustCaAsRoot(say);
        return readOptions();
      });
    });
}

module.exports = { httpsOptions, CERT_DIR };
