import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {ShareLineChart, seriesChanges, seriesEnds, spreadLabels} from "../../src/components/ShareLineChart.js";
import {StackedShareChart} from "../../src/components/StackedShareChart.js";
import {
  academicYear,
  controlFinding,
  controlShares,
  exclusiveFinding,
  exclusiveShareLines,
  latestYear,
  onlineClassChanges,
  type DistanceEnrolment
} from "../../src/components/distanceEnrolment.js";
import {
  awardLevelBars,
  changeRangeFinding,
  fieldChanges,
  seriesRows,
  shortAwardFinding,
  signedCount,
  supplyFinding,
  supplySeries,
  topFieldLines,
  type FieldSupply
} from "../../src/components/fieldSupply.js";
import {
  CourseScatter,
  cohortFinding,
  cohortLines,
  cohortMultiples,
  courseFinding,
  courseRuns,
  funnelStages,
  median,
  overallFinding,
  overallRow,
  subjectFinding,
  subjectYearLines,
  type MoocFunnel
} from "../../src/components/moocFunnel.js";

const {document} = new JSDOM("<!doctype html><body></body>", {url: "http://localhost/"}).window;
const svgOf = (node: Element) => (node.tagName.toLowerCase() === "svg" ? node : node.querySelector(":scope > svg"))!;
const marks = (node: Element, aria: string) => [...svgOf(node).querySelectorAll(`g[aria-label="${aria}"]`)];

describe("spreadLabels(values, gap, min, max)", () => {
  it("leaves labels that are far enough apart where they are", () => expect(spreadLabels([10, 20, 30], 2, 0, 100)).toEqual([10, 20, 30]));
  it("centres a crowded pair on its mean", () => expect(spreadLabels([10, 10.5, 30], 2, 0, 100)).toEqual([9.25, 11.25, 30]));
  it("spreads a crowd of three and keeps the input order of the results", () => {
    const placed = spreadLabels([5, 5, 5], 1, 0, 100);
    expect(placed).toEqual([4, 5, 6]);
  });
  it("joins a cluster that a spread runs into", () => {
    const placed = spreadLabels([10, 10, 11.5], 1, 0, 100);
    const sorted = [...placed].sort((a, b) => a - b);
    expect(sorted[1]! - sorted[0]!).toBeGreaterThanOrEqual(1 - 1e-9);
    expect(sorted[2]! - sorted[1]!).toBeGreaterThanOrEqual(1 - 1e-9);
  });
  it("pushes a stack back inside the range", () => {
    expect(spreadLabels([99.5, 99.5], 2, 0, 100)).toEqual([98, 100]);
    expect(spreadLabels([0, 0], 2, 0, 100)).toEqual([0, 2]);
  });
});

describe("ShareLineChart(points, options)", () => {
  const points = [
    {series: "All students", period: "2012", value: 0.1229},
    {series: "All students", period: "2016", value: 0.1465},
    {series: "Graduate", period: "2012", value: 0.2187},
    {series: "Graduate", period: "2016", value: 0.2743},
    {series: "Undergraduate", period: "2012", value: null},
    {series: "Undergraduate", period: "2016", value: 0.1245}
  ];
  it("finds each series' last value and its first-to-last change", () => {
    expect(seriesEnds(points).map((d) => [d.series, d.value])).toEqual([
      ["All students", 0.1465],
      ["Graduate", 0.2743],
      ["Undergraduate", 0.1245]
    ]);
    expect(seriesChanges(points).map((d) => d.series)).toEqual(["All students", "Graduate"]);
  });
  it("draws a line per series, a dot per value and an end label per series", () => {
    const chart = ShareLineChart(points, {measure: "Share online", document});
    expect(marks(chart, "line")[0]?.children).toHaveLength(3);
    expect(marks(chart, "dot")[0]?.children).toHaveLength(5);
    expect(svgOf(chart).textContent).toContain("Graduate 27.4%");
  });
});

const supply = (source: string, field: string, year: number, completions: number, award_level = "Certificate below the associate's level (< 2 academic years)"): FieldSupply => ({
  source,
  field_vocabulary: "ncses_broad_field",
  field_code: field.toLowerCase(),
  field,
  award_level,
  year,
  completions,
  unit: "awards"
});
const supplyRows: FieldSupply[] = [
  supply("ncses_shed10_certificates", "Health", 2012, 412_000),
  supply("ncses_shed10_certificates", "Health", 2021, 266_333),
  supply("ncses_shed10_certificates", "Business", 2012, 67_000),
  supply("ncses_shed10_certificates", "Business", 2021, 106_923),
  supply("ncses_shed10_certificates", "Biology", 2012, 200),
  supply("ncses_shed10_certificates", "Biology", 2021, 2_602),
  supply("ncses_shed10_certificates", "Teaching", 2012, 0),
  supply("ncses_shed10_certificates", "Teaching", 2021, 81),
  supply("ncses_shed11_associate_degrees", "Health", 2012, 180_000, "Associate's degree"),
  supply("ncses_shed11_associate_degrees", "Health", 2021, 187_273, "Associate's degree"),
  {...supply("ipeds_c2016", "All fields", 2016, 433_217, "Award of less than 1 academic year"), field_vocabulary: "all_fields", unit: "students"},
  {...supply("ipeds_c2016", "All fields", 2016, 4_384_797, "Bachelor's degree and the rest"), field_vocabulary: "all_fields", unit: "students"}
];

describe("certificate and completion trends", () => {
  it("lists the award series with a trend, shipped NCSES first", () => {
    const series = supplySeries(supplyRows);
    expect(series.map((s) => [s.slug, s.first_year, s.last_year])).toEqual([
      ["shed10-certificates", 2012, 2021],
      ["shed11-associate", 2012, 2021]
    ]);
    expect(series[0]!.label).toBe("Certificates below the associate's level, all institutions (NCSES SHED-10)");
  });
  it("keeps the top fields and sums the rest, year by year", () => {
    const lines = topFieldLines(seriesRows(supplyRows, supplySeries(supplyRows)[0]!.key), 2);
    expect(lines.filter((d) => d.period === "2021").map((d) => [d.series, d.value])).toEqual([
      ["Health", 266_333],
      ["Business", 106_923],
      ["All other fields (2)", 2_683]
    ]);
  });
  it("measures change in completions, with a percentage only when the first year had some", () => {
    const changes = fieldChanges(seriesRows(supplyRows, supplySeries(supplyRows)[0]!.key));
    expect(changes.find((d) => d.label === "Health")).toMatchObject({value: 266_333 - 412_000, first: 412_000, last: 266_333});
    expect(changes.find((d) => d.label === "Teaching")).toMatchObject({value: 81, change_pct: null});
    expect(changes.find((d) => d.label === "Biology")?.change_pct).toBeCloseTo((2_602 / 200 - 1) * 100, 10);
  });
  it("states the total, its change and how many fields grew; and who added and lost most", () => {
    const rows = seriesRows(supplyRows, supplySeries(supplyRows)[0]!.key);
    // 2012: 479,200; 2021: 375,939 → −21.5%
    expect(supplyFinding(rows, "Certificates")).toBe("Certificates: 375,939 in 2021, −21.5% since 2012; up in 3 of 4 fields");
    expect(changeRangeFinding(fieldChanges(rows), 2012, 2021)).toBe("From 2012 to 2021, Business added most (+39,923, +59.6%) and Health lost most (−145,667, −35.4%)");
    expect(signedCount(0)).toBe("±0");
  });
  it("reads the IPEDS award levels and the share of awards under a year", () => {
    const bars = awardLevelBars(supplyRows);
    expect(bars).toHaveLength(2);
    expect(shortAwardFinding(bars)).toBe("433,217 students completed an award of less than one academic year in 2015–16: 9.0% of all completers");
    expect(shortAwardFinding([])).toBe("Completers by award level");
  });
});

const distance = (year: number, level: string, control: string, status: string, students: number, total: number, over: Partial<DistanceEnrolment> = {}): DistanceEnrolment => ({
  source: "ipeds_ef_dist",
  year,
  student_level: level,
  institution_control: control,
  field: "All fields",
  distance_status: status,
  students,
  students_total: total,
  share: students / total,
  caution: false,
  ...over
});
const EXCL = "Exclusively distance education";
const distanceRows: DistanceEnrolment[] = [
  distance(2012, "All students", "All", EXCL, 2_638_406, 21_465_664),
  distance(2016, "All students", "All", EXCL, 3_006_722, 20_525_775),
  distance(2016, "Graduate", "All", EXCL, 827_708, 3_018_074),
  distance(2016, "All students", "Public", EXCL, 1_500_000, 14_300_000),
  distance(2016, "All students", "Public", "No distance education", 10_000_000, 14_300_000),
  distance(2016, "All students", "Private for-profit", EXCL, 600_000, 1_263_000),
  distance(2016, "All students", "Not in HD2015 directory", EXCL, 100, 200),
  {...distance(2012, "Certificate", "All", "Any class entirely online", 0, 1), source: "ncses_shed8_npsas", field: "Health and medicine", students: null, students_total: null, share: 0.146},
  {...distance(2016, "Certificate", "All", "Any class entirely online", 0, 1), source: "ncses_shed8_npsas", field: "Health and medicine", students: null, students_total: null, share: 0.245},
  {...distance(2016, "Certificate", "All", "Any class entirely online", 0, 1), source: "ncses_shed8_npsas", field: "Psychology", students: null, students_total: null, share: 0.355, caution: true}
];

describe("distance education", () => {
  it("follows the share studying exclusively online per level", () => {
    expect(exclusiveShareLines(distanceRows).map((d) => [d.series, d.period])).toEqual([
      ["All students", "2012"],
      ["All students", "2016"],
      ["Graduate", "2016"]
    ]);
    expect(exclusiveFinding(distanceRows)).toBe("Students studying entirely online rose from 12.3% (2.64 million) in fall 2012 to 14.6% (3.01 million) in fall 2016");
  });
  it("splits a year by institution control, leaving out institutions missing from the directory", () => {
    const split = controlShares(distanceRows, 2016);
    expect(split.map((d) => d.bar)).toEqual(["Public", "Public", "Private for-profit"]);
    expect(controlFinding(split, 2016)).toBe("47.5% of students at private for-profit institutions study entirely online, against 10.5% at public ones (fall 2016)");
    expect(latestYear(distanceRows)).toBe(2016);
  });
  it("pairs NPSAS years per level and field, skipping a cell missing in one year", () => {
    const result = onlineClassChanges(distanceRows);
    expect(result?.changes).toEqual([{label: "Health and medicine", group: "Certificate", from: 14.6, to: 24.5, caution: false}]);
    expect(academicYear(2016)).toBe("2015–16");
  });
  it("draws one stacked segment per control and status", () => {
    const chart = StackedShareChart(controlShares(distanceRows, 2016), {parts: [EXCL, "No distance education"], measure: "Share", document});
    expect(marks(chart, "bar")[0]?.children).toHaveLength(3);
    expect(svgOf(chart).textContent).toContain("48%");
  });
});

const mooc = (over: Partial<MoocFunnel>): MoocFunnel => ({
  source: "harvardx_mitx_course_report",
  funnel_level: "subject_year",
  unit_id: "x",
  institution: null,
  course_number: null,
  course_title: null,
  subject: "All subjects",
  academic_year: "All years",
  group_name: "All participants",
  course_runs: 290,
  enrolled: 4_449_857,
  engaged: 739_260,
  certified: 244_705,
  engaged_share: 739_260 / 4_449_857,
  certified_share: 244_705 / 4_449_857,
  certified_of_engaged: 244_705 / 739_260,
  ...over
});
const moocRows: MoocFunnel[] = [
  mooc({}),
  mooc({subject: "Computer Science", academic_year: "2012-13", certified_share: 0.0409}),
  mooc({subject: "Computer Science", academic_year: "2015-16", certified_share: 0.0296}),
  mooc({subject: "STEM", academic_year: "2012-13", certified_share: 0.0799}),
  mooc({subject: "STEM", academic_year: "2015-16", certified_share: 0.0324}),
  mooc({subject: "All subjects", academic_year: "2012-13", certified_share: 0.07}),
  mooc({source: "mooc_pivot", funnel_level: "year_group", subject: "All subjects", academic_year: "2017-18", group_name: "cohort: participants", certified_share: 0.0313, engaged: null}),
  mooc({source: "mooc_pivot", funnel_level: "year_group", subject: "All subjects", academic_year: "2017-18", group_name: "cohort: verified", certified_share: 0.46, engaged: null}),
  mooc({source: "mooc_pivot", funnel_level: "year_group", subject: "All subjects", academic_year: "2017-18", group_name: "cohort: intend_complete", certified_share: 0.1542, engaged: null}),
  ...[1_000, 2_000, 50_000, 100_000].map((enrolled, i) => mooc({funnel_level: "course", unit_id: `run-${i}`, subject: "STEM", academic_year: "2014-15", enrolled, certified_share: [0.2, 0.1, 0.04, 0.02][i]!}))
];

describe("the MOOC funnel", () => {
  it("turns the overall row into participants → explored → certified", () => {
    const row = overallRow(moocRows)!;
    expect(funnelStages(row).map((d) => d.count)).toEqual([4_449_857, 739_260, 244_705]);
    expect(overallFinding(row, ["2012-13", "2015-16"])).toBe(
      "5.5% of 4.45 million HarvardX/MITx participants earned a certificate in 290 course runs, 2012-13 to 2015-16; 16.6% explored more than half the course"
    );
    expect(overallFinding(undefined, [])).toBe("No HarvardX/MITx totals in the data");
  });
  it("counts the subjects whose certified share fell, leaving all subjects out", () => {
    const lines = subjectYearLines(moocRows, "certified_share");
    expect(lines.map((d) => d.series)).toContain("All subjects");
    expect(subjectFinding(lines, "certified_share")).toBe("The certified share fell in 2 of 2 subjects from 2012-13 to 2015-16");
  });
  it("compares paying learners with all participants", () => {
    const lines = cohortLines(moocRows);
    expect(cohortFinding(lines)).toBe("In 2017-18, 46.0% of learners who paid for a verified certificate earned one, against 3.1% of all participants and 15.4% of those who said they intended to complete");
    const multiples = cohortMultiples(lines);
    expect(multiples.paid).toBeCloseTo(0.46 / 0.0313, 12);
    expect(multiples.intend).toBeCloseTo(0.1542 / 0.0313, 12);
  });
  it("takes medians of course runs, overall and by size quarter", () => {
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(median([5])).toBe(5);
    expect(() => median([])).toThrow(/at least one value/);
    expect(courseFinding(courseRuns(moocRows))).toBe("The median course run certified 7.0% of participants; the largest quarter of runs 2.0%, the smallest quarter 20.0%");
  });
  it("draws one symbol per course run and the median rule", () => {
    const chart = CourseScatter(courseRuns(moocRows), {document});
    expect(marks(chart, "dot")[0]?.children).toHaveLength(4);
    expect(svgOf(chart).textContent).toContain("median 7.0%");
  });
});
