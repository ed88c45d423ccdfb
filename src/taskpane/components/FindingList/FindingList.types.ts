import type { Finding } from "../../../core/checks/Finding";
import type { FindingGroup } from "../CheckView/groupFindings";

/** Props of FindingList. */
export type FindingListProps = {
  readonly groups: ReadonlyArray<FindingGroup>;
  /** Selects the finding's cell in Excel. */
  readonly onGoTo: (finding: Finding) => void;
  /** Why going to a cell is unavailable (preview), or null. */
  readonly goToUnavailable: string | null;
};
