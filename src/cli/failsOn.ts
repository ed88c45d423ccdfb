import type { Severity } from "../core/checks/Severity";
import type { CheckArguments } from "./parseCheckArguments";

/**
 * Whether a report fails `--fail-on`: any finding for `minor`, a major one for `major`, never for
 * `never`.
 *
 * @param findings - the report's findings
 * @param failOn - the option
 * @returns true when the command should exit 1
 * @example
 * failsOn([{ severity: "minor" }], "major") //=> false
 */
export function failsOn(
  findings: ReadonlyArray<{ readonly severity: Severity }>,
  failOn: CheckArguments["failOn"]
): boolean {
  return findings.some((f) =>
    failOn === "minor" ? true : failOn === "major" ? f.severity === "major" : false
  );
}
