/**
 * `npm run verify-source -- [FILE]`: compares the dataset with the release's text. FILE defaults
 * to the shared copy beside the repository (../shared/source/, as CI has it). A missing file is an
 * error, never a skip. First rebuilds the dataset from the file and fails when src/data/release.json
 * differs (scripts/dataset/buildRelease.js --check), then runs the jest checks of test/source with
 * the file named in IIJ_RELEASE_TEXT.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { parseArgs } = require("util");

const root = path.join(__dirname, "..");

/** The shared copy of the release beside the repository: the default for every dataset script. */
const DEFAULT_SOURCE = path.resolve(root, "../shared/source/iij-fy2002-q4-earnings-release.txt");

function main() {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length > 1) {
    console.error("usage: npm run verify-source -- [FILE]");
    return 2;
  }
  const source = path.resolve(positionals[0] ?? DEFAULT_SOURCE);
  if (!fs.existsSync(source)) {
    console.error(
      `verify-source: the release's text is missing at ${source}.\n` +
        "Name your copy: npm run verify-source -- path/to/iij-fy2002-q4-earnings-release.txt"
    );
    return 1;
  }
  console.log(`verify-source: ${source}`);
  const rebuild = spawnSync(
    process.execPath,
    [path.join(__dirname, "dataset/buildRelease.js"), "--check", source],
    { cwd: root, stdio: "inherit" }
  );
  if (rebuild.status !== 0) {
    return rebuild.status === null ? 1 : rebuild.status;
  }
  const jest = spawnSync(
    process.execPath,
    [require.resolve("jest/bin/jest"), "-c", "jest.source.config.js"],
    { cwd: root, stdio: "inherit", env: { ...process.env, IIJ_RELEASE_TEXT: source } }
  );
  return jest.status === null ? 1 : jest.status;
}

if (require.main === module) {
  process.exitCode = main();
}

module.exports = { DEFAULT_SOURCE };
