/**
 * The percentages the prose of each edition claims, as facts about the tables' figures.
 */

const ref = (table, item, column) => ({ table, item, column });

const f = (text, sign) => {
  const fraction = /\.(\d+)/.exec(text);
  const magnitude = Number(text.replace(/[()%-]/g, ""));
  return { text, value: sign * magnitude, decimals: fraction ? fraction[1].length : 0 };
};

function change(edition, section, table, subject, period, basePeriod, text, sign, columns) {
  const slug = section.toLowerCase().replace(/[^a-z0-9]+/g, "_");
  return {
    id: `${edition}.${slug}.${subject}.${period}.vs.${basePeriod}`,
    edition,
    section,
    subject,
    period,
    basePeriod,
    claimed: f(text, sign),
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

/** [subject, text vs 4Q01, sign, text vs 3Q02, sign] for the quarter's changes in the prose. */
function quarterPair(edition, section, table, subject, yoy, yoySign, qoq, qoqSign, columns = jpy) {
  return [
    change(edition, section, table, subject, "4Q02", "4Q01", yoy, yoySign, columns),
    change(edition, section, table, subject, "4Q02", "3Q02", qoq, qoqSign, columns),
  ];
}

function share(section, subject, period, text, sign) {
  const slug = section.toLowerCase().replace(/[^a-z0-9]+/g, "_");
  return {
    id: `en.${slug}.${subject}.${period}`,
    edition: "en",
    section,
    subject,
    period,
    claimed: f(text, sign),
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
    claimed: f(text, 1),
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
      1,
      jpy
    );
  const SUM = "Results Summary";
  return [
    ...quarterPair("en", SUM, OQ, "revenues.total", "7.7%", 1, "23.4%", 1),
    ...quarterPair(
      "en",
      SUM,
      "other_statistics",
      "statistics.adjusted_ebitda",
      "52.6%",
      -1,
      "31.5%",
      1,
      same
    ),
    fy("en"),
    ...quarterPair("en", "Revenues", OQ, "revenues.total", "7.7%", 1, "23.4%", 1),
    ...quarterPair("en", "Revenues", OQ, "revenues.connectivity_vas_total", "7.3%", -1, "2.6%", -1),
    ...quarterPair("en", "Revenues", OQ, "revenues.dedicated_access", "8.3%", -1, "1.8%", -1),
    ...quarterPair("en", "Revenues", OQ, "revenues.dialup_access", "9.4%", -1, "1.4%", -1),
    ...quarterPair("en", "Revenues", OQ, "revenues.value_added", "13.2%", 1, "2.0%", 1),
    ...quarterPair("en", "Revenues", OQ, "revenues.systems_integration", "8.0%", -1, "33.2%", 1),
    ...quarterPair("en", "Revenues", OQ, "revenues.equipment_sales", "190.4%", 1, "105.7%", 1),
    ...quarterPair("en", "Cost and expenses", OQ, "costs.total_costs", "11.3%", 1, "24.1%", 1),
    ...quarterPair(
      "en",
      "Backbone Costs",
      "backbone_costs",
      "backbone.international",
      "28.8%",
      -1,
      "27.0%",
      -1,
      same
    ),
    ...quarterPair(
      "en",
      "Backbone Costs",
      "backbone_costs",
      "backbone.domestic",
      "28.6%",
      1,
      "19.2%",
      1,
      same
    ),
    ...quarterPair(
      "en",
      "Cost of SI revenues",
      OQ,
      "costs.systems_integration",
      "10.3%",
      -1,
      "33.9%",
      1
    ),
    margin("Cost of SI revenues", "4Q02", "13.4%"),
    margin("Cost of SI revenues", "4Q01", "11.2%"),
    ...quarterPair(
      "en",
      "Sales and Marketing Expenses",
      OQ,
      "expenses.sales_marketing",
      "5.5%",
      1,
      "11.8%",
      -1
    ),
    ...quarterPair(
      "en",
      "General and administrative expenses",
      OQ,
      "expenses.general_administrative",
      "37.7%",
      1,
      "29.3%",
      1
    ),
    share("Operating loss", "operating_income", "4Q02", "(-)3.4%", -1),
    share("Operating loss", "operating_income", "4Q01", "1.5%", 1),
    share("Operating loss", "operating_income", "3Q02", "(-)5.4%", -1),
    change(
      "en",
      "Enterprise Markets",
      OQ,
      "revenues.systems_integration",
      "4Q02",
      "3Q02",
      "33%",
      1,
      jpy
    ),
    ...quarterPair("ja", SUM, OQ, "revenues.total", "7.7%", 1, "23.4%", 1),
    ...quarterPair(
      "ja",
      SUM,
      "other_statistics",
      "statistics.adjusted_ebitda",
      "53.0%",
      -1,
      "32.0%",
      1,
      same
    ),
    fy("ja"),
  ];
}

module.exports = { claims };
