import type { Edition } from "../model/Edition";
import type { Table } from "../model/Table";
import type { Unit } from "../model/Unit";

const WORDS: Readonly<Record<Edition, Readonly<Record<Unit, string>>>> = {
  en: {
    JPY: "JPY",
    "JPY thousands": "JPY thousands",
    "JPY millions": "JPY millions",
    "USD thousands": "USD thousands",
    contracts: "number of contracts",
    Gbps: "Gbps",
    shares: "shares",
    ADS: "ADSs",
    percent: "percent",
  },
  ja: {
    JPY: "円",
    "JPY thousands": "千円",
    "JPY millions": "百万円",
    "USD thousands": "千米ドル",
    contracts: "契約数",
    Gbps: "Gbps",
    shares: "株",
    ADS: "ADS",
    percent: "%",
  },
};

/**
 * The unit line under a table's title, in short factual words: the main unit, the translation
 * rate where the table has USD columns, and the units of rows that have their own.
 *
 * @param table - the table
 * @param edition - the language of the line
 * @param rateText - the convenience translation rate as printed ("118.07")
 * @returns the line
 * @example
 * unitLine(operationsQuarterly, "en", "118.07") //=> "JPY thousands; USD thousands at JPY 118.07 = USD 1; per share and per ADS in JPY; shares; ADSs"
 */
export function unitLine(table: Table, edition: Edition, rateText: string): string {
  const words = WORDS[edition];
  const parts = [words[table.unit]];
  if (table.columns.some((c) => c.kind === "usd")) {
    parts.push(
      edition === "ja"
        ? `${words["USD thousands"]} (1米ドル=${rateText}円)`
        : `USD thousands at JPY ${rateText} = USD 1`
    );
  }
  const rowUnits = [...new Set(table.rows.flatMap((r) => (r.unit === undefined ? [] : [r.unit])))];
  for (const unit of rowUnits.filter((u) => u !== table.unit)) {
    parts.push(
      unit === "JPY"
        ? edition === "ja"
          ? "1株・1ADSあたり: 円"
          : "per share and per ADS in JPY"
        : words[unit]
    );
  }
  return (edition === "ja" ? "単位: " : "") + parts.join(edition === "ja" ? "、" : "; ");
}
