import * as React from "react";
import { FEATURE_REQUIREMENTS, type FeatureSupport } from "../../../excel/features";
import { useStrings } from "../../i18n/useStrings";
import type { FeatureNoticeProps } from "./FeatureNotice.types";

/** FeatureNotice's state: the messages in the UI language (none until Excel answers), a dismiss. */
export type FeatureNoticeState = {
  readonly messages: ReadonlyArray<string>;
  readonly dismiss: () => void;
};

/**
 * Asks Excel once which features it supports and words each switched-off one in the UI language.
 * A failed question is itself a message, so nothing fails silently.
 *
 * @param props - the host
 * @returns the messages and a dismiss
 * @example
 * const { messages } = useFeatureNotice({ host });
 */
export function useFeatureNotice(props: FeatureNoticeProps): FeatureNoticeState {
  const t = useStrings();
  const { host } = props;
  const [support, setSupport] = React.useState<FeatureSupport | Error | null>(null);
  const [dismissed, setDismissed] = React.useState(false);
  React.useEffect(() => {
    let live = true;
    host.services.featureSupport().then(
      (answer) => live && setSupport(answer),
      (error: unknown) =>
        live && setSupport(error instanceof Error ? error : new Error(String(error)))
    );
    return () => {
      live = false;
    };
  }, [host]);
  const messages = React.useMemo((): ReadonlyArray<string> => {
    if (support === null || dismissed) {
      return [];
    }
    if (support instanceof Error) {
      return [t.errors.module(support.message)];
    }
    return support.unsupported.map((feature) =>
      t.features.off(t.features.names[feature], FEATURE_REQUIREMENTS[feature])
    );
  }, [support, dismissed, t]);
  return { messages, dismiss: () => setDismissed(true) };
}
