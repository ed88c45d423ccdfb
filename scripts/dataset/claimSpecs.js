/**
 * The percentages the prose of each edition claims, as facts about the tables' figures: which
 * section prints each one, as which figure, about which cells. Where in the section (the line) and
 * which way (the sign, from "increase"/"decrease", 増/減) are read from the text by placeClaims.js.
 */

const ref = (table, item, column) => ({ table, item, column });

/**
 * How each section that holds claims is headed in its edition: a line that is the heading, or, for
 * a heading marked "inline", that begins with it ("Strategies for Enterprise Markets IIJ's focus…").
 * A section ends where the next heading listed here begins; `null` marks a heading that only ends
 * the one before it.
 */
const HEADINGS = {
  en: [
    ["Results Summary", "The 4th Quarter and full fiscal year 2002 Results Summary"],
    [null, "Overview of 4Q02 and full fiscal year 2002 Results and Business Outlook"],
    ["Enterprise Markets", "Strategies for Enterprise Markets", "inline"],
    [null, "Cross-selling", "inline"],
    ["Revenues", "Revenues"],
    ["Cost and expenses", "Cost and expenses"],
    ["Backbone Costs", "Backbone Costs"],
    ["Cost of SI revenues", "Cost of SI (Systems Integration) revenues"],
    ["Sales and Marketing Expenses", "Sales and Marketing Expenses"],
    ["General and administrative expenses", "General and administrative expenses"],
    ["Operating loss", "Operating loss"],
    [null, "Other expenses"],
  ],
  ja: [
    ["Results Summary", "2002年度第4四半期(1-3月)及び2002年度通期の決算発表 要約"],
    [null, "【2003年度の見通し】"],
  ],
};

function change(edition, section, table, subject, period, basePeriod, text, columns) {
  const slug = section.toLowerCase().replace(/[^a-z0-9]+/g, "_");
  return {
    id: `${edition}.${slug}.${subject}.${period}.vs.${basePeriod}`,
    edition,
    section,
    subject,
    period,
    basePeriod,
    text,
    formula: {
      kind: "change",
      current: ref(table, subject, columns(period)),
      base: ref(table, subject, columns(basePeriod)),
    },
  };
}

const jpy = (p) => `jpy_${p}`;
const same = (p) => p;
const OQ = "operations_quarterly";

/** The quarter's two changes in the prose: against 4Q01, then against 3Q02. */
function quarterPair(edition, section, table, subject, yoy, qoq, columns = jpy) {
  return [
    change(edition, section, table, subject, "4Q02", "4Q01", yoy, columns),
    change(edition, section, table, subject, "4Q02", "3Q02", qoq, columns),
  ];
}

function share(section, subject, period, text) {
  const slug = section.toLowerCase().replace(/[^a-z0-9]+/g, "_");
  return {
    id: `en.${slug}.${subject}.${period}`,
    edition: "en",
    section,
    subject,
    period,
    text,
    formula: {
      kind: "share",
      numerator: ref(OQ, subject, jpy(period)),
      denominator: ref(OQ, "revenues.total", jpy(period)),
    },
  };
}

function margin(section, period, text) {
  const slug = section.toLowerCase().replace(/[^a-z0-9]+/g, "_");
  return {
    id: `en.${slug}.revenues.systems_integration.margin.${period}`,
    edition: "en",
    section,
    subject: "revenues.systems_integration",
    period,
    text,
    formula: {
      kind: "margin",
      revenue: ref(OQ, "revenues.systems_integration", jpy(period)),
      cost: ref(OQ, "costs.systems_integration", jpy(period)),
    },
  };
}

function claims() {
  const fy = (edition) =>
    change(
      edition,
      "Results Summary",
      "operations_annual",
      "revenues.total",
      "FY2002",
      "FY2001",
      "10.3%",
      jpy
    );
  const SUM = "Results Summary";
  return [
    ...quarterPair("en", SUM, OQ, "revenues.total", "7.7%", "23.4%"),
    ...quarterPair(
      "en",
      SUM,
      "other_statistics",
      "statistics.adjusted_ebitda",
      "52.6%",
      "31.5%",
      same
    ),
    fy("en"),
    ...quarterPair("en", "Revenues", OQ, "revenues.total", "7.7%", "23.4%"),
    ...quarterPair("en", "Revenues", OQ, "revenues.connectivity_vas_total", "7.3%", "2.6%"),
    ...quarterPair("en", "Revenues", OQ, "revenues.dedicated_access", "8.3%", "1.8%"),
    ...quarterPair("en", "Revenues", OQ, "revenues.dialup_access", "9.4%", "1.4%"),
    ...quarterPair("en", "Revenues", OQ, "revenues.value_added", "13.2%", "2.0%"),
    ...quarterPair("en", "Revenues", OQ, "revenues.systems_integration", "8.0%", "33.2%"),
    ...quarterPair("en", "Revenues", OQ, "revenues.equipment_sales", "190.4%", "105.7%"),
    ...quarterPair("en", "Cost and expenses", OQ, "costs.total_costs", "11.3%", "24.1%"),
    ...quarterPair(
      "en",
      "Backbone Costs",
      "backbone_costs",
      "backbone.international",
      "28.8%",
      "27.0%",
      same
    ),
    ...quarterPair(
      "en",
      "Backbone Costs",
      "backbone_costs",
      "backbone.domestic",
      "28.6%",
      "19.2%",
      same
    ),
    ...quarterPair("en", "Cost of SI revenues", OQ, "costs.systems_integration", "10.3%", "33.9%"),
    margin("Cost of SI revenues", "4Q02", "13.4%"),
    margin("Cost of SI revenues", "4Q01", "11.2%"),
    ...quarterPair(
      "en",
      "Sales and Marketing Expenses",
      OQ,
      "expenses.sales_marketing",
      "5.5%",
      "11.8%"
    ),
    ...quarterPair(
      "en",
      "General and administrative expenses",
      OQ,
      "expenses.general_administrative",
      "37.7%",
      "29.3%"
    ),
    share("Operating loss", "operating_income", "4Q02", "(-)3.4%"),
    share("Operating loss", "operating_income", "4Q01", "1.5%"),
    share("Operating loss", "operating_income", "3Q02", "(-)5.4%"),
    change(
      "en",
      "Enterprise Markets",
      OQ,
      "revenues.systems_integration",
      "4Q02",
      "3Q02",
      "33%",
      jpy
    ),
    ...quarterPair("ja", SUM, OQ, "revenues.total", "7.7%", "23.4%"),
    ...quarterPair(
      "ja",
      SUM,
      "other_statistics",
      "statistics.adjusted_ebitda",
      "53.0%",
      "32.0%",
      same
    ),
    fy("ja"),
  ];
}

module.exports = { claims, HEADINGS };
