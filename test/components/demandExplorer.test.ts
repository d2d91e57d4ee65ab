import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {
  CERTIFICATION_BANDS,
  DemandScatter,
  certificationBand,
  demandFinding,
  fieldPoint,
  occupationPoint,
  overallGrowthPct,
  plottable,
  titleCase,
  type DemandPoint,
  type FieldDemand,
  type OccupationDemand
} from "../../src/components/DemandScatter.js";
import {ShortageStateChart, areaRatingCounts, ratingIn, shortageFinding, type AuShortage, type Rating} from "../../src/components/ShortageStateChart.js";
import {
  ALL_GROUPS,
  asArea,
  australiaColumns,
  australiaTableRows,
  demandColumns,
  filterAustralia,
  filterPoints,
  groupLabel,
  groupOptions,
  matchesQuery
} from "../../src/components/demandExplorer.js";

const occupation = (soc_code: string, occupationTitle: string, over: Partial<OccupationDemand> = {}): OccupationDemand => ({
  soc_code,
  occupation: occupationTitle,
  major_group: "Healthcare practitioners and technical occupations",
  employment_2024: 1_000,
  employment_2034: 1_050,
  employment_change_pct: 5,
  annual_openings: 10_000,
  median_wage_usd: 60_000,
  certification_relevance_pct: 30,
  shortage_rating: null,
  shortage_rating_country: null,
  shortage_rating_period: null,
  ...over
});
const occupations: OccupationDemand[] = [
  occupation("29-1141", "Registered nurses", {annual_openings: 189_100, employment_change_pct: 4.9, certification_relevance_pct: 20, shortage_rating: "shortage", shortage_rating_country: "AU", shortage_rating_period: "2022"}),
  occupation("29-2072", "Medical records specialists", {annual_openings: 14_200, employment_change_pct: 7.1, certification_relevance_pct: 55, shortage_rating: "no shortage", shortage_rating_country: "AU", shortage_rating_period: "2022"}),
  occupation("15-1212", "Information security analysts", {major_group: "Computer and mathematical occupations", annual_openings: 16_000, employment_change_pct: 28.5, certification_relevance_pct: 29.7}),
  occupation("35-3023", "Fast food and counter workers", {major_group: "Food preparation and serving related occupations", annual_openings: 904_300, employment_change_pct: 6.1, certification_relevance_pct: null, employment_2024: 3_000, employment_2034: 2_950})
];
const field = (cip_code: string, over: Partial<FieldDemand> = {}): FieldDemand => ({
  cip_code,
  cip_title: `Field ${cip_code}`,
  cip_family: cip_code.slice(0, 2),
  cip_family_title: "HEALTH PROFESSIONS AND RELATED PROGRAMS",
  annual_openings: 1_000,
  employment_growth_pct: 3,
  median_wage_usd: 50_000,
  certification_relevance_pct: 12,
  shortage_rated_occupations: 0,
  shortage_occupations: 0,
  ...over
});

describe("certificationBand(pct)", () => {
  it("puts a share in its band, boundaries in the upper band", () => {
    expect([0, 9.99, 10, 24.9, 25, 49.9, 50, 87.3].map(certificationBand)).toEqual(["under 10%", "under 10%", "10–25%", "10–25%", "25–50%", "25–50%", "50% or more", "50% or more"]);
  });
  it("calls a missing share not rated, never under 10%", () => {
    expect(certificationBand(null)).toBe("not rated");
    expect(certificationBand(Number.NaN)).toBe("not rated");
    expect(CERTIFICATION_BANDS.at(-1)).toBe("not rated");
  });
});

describe("occupationPoint(row) and fieldPoint(row)", () => {
  it("carries an occupation's rating with its country and period, and keeps the mart row", () => {
    const point = occupationPoint(occupations[0]!);
    expect(point).toMatchObject({id: "29-1141", label: "Registered nurses", annual_openings: 189_100, growth_pct: 4.9, shortage: "shortage (AU 2022)", in_shortage: true});
    expect(point.row).toBe(occupations[0]);
    expect(occupationPoint(occupations[1]!).in_shortage).toBe(false);
    expect(occupationPoint(occupations[2]!)).toMatchObject({shortage: null, in_shortage: null});
  });
  it("counts a field's linked occupations in shortage, and leaves an unrated field missing", () => {
    expect(fieldPoint(field("51.3801", {shortage_rated_occupations: 3, shortage_occupations: 2}))).toMatchObject({shortage: "2 of 3 rated linked occupations in shortage", in_shortage: true, group: "51 Health professions and related programs"});
    expect(fieldPoint(field("51.3801", {shortage_rated_occupations: 2, shortage_occupations: 0})).in_shortage).toBe(false);
    expect(fieldPoint(field("28.0101", {annual_openings: null}))).toMatchObject({shortage: null, in_shortage: null, annual_openings: null});
  });
  it("writes CIP family titles in sentence case", () => expect(titleCase("COMPUTER AND INFORMATION SCIENCES")).toBe("Computer and information sciences"));
});

describe("overallGrowthPct(rows)", () => {
  it("weights growth by employment: (1050·3 + 2950) / (1000·3 + 3000) − 1", () => {
    expect(overallGrowthPct(occupations)).toBeCloseTo(((1_050 * 3 + 2_950) / (1_000 * 3 + 3_000) - 1) * 100, 12);
  });
  it("throws without employment to divide by", () => expect(() => overallGrowthPct([])).toThrow(/no 2024 employment/));
});

describe("demandFinding(points, referenceGrowthPct, noun)", () => {
  const points = occupations.map(occupationPoint);
  it("counts points growing faster than the reference with certificate relevance of 25% or more, and names the leader", () => {
    // 29-2072 (7.1%, 55%) and 15-1212 (28.5%, 29.7%) qualify; nurses are below 25%, fast food is not rated
    expect(demandFinding(points, 5, "occupations")).toBe(
      "2 of 4 occupations grow faster than all occupations (5.0%) and need a certificate for at least 25% of workers; Fast food and counter workers has the most openings (904,300 a year)"
    );
  });
  it("says when nothing matches", () => expect(demandFinding([], 3, "fields of study")).toBe("No fields of study match the filters"));
});

describe("filterPoints(points, filters) and matchesQuery(texts, query)", () => {
  const points = occupations.map(occupationPoint);
  const filters = {query: "", group: ALL_GROUPS, shortageOnly: false};
  it("needs every word of the query, in any of the texts, case-insensitively", () => {
    expect(matchesQuery(["Registered nurses", "29-1141"], "NURSE 29-")).toBe(true);
    expect(matchesQuery(["Registered nurses", "29-1141"], "nurse 15-")).toBe(false);
    expect(matchesQuery(["x", null], "  ")).toBe(true);
  });
  it("filters by search, group and shortage rating together", () => {
    expect(filterPoints(points, {...filters, query: "analyst"}).map((d) => d.id)).toEqual(["15-1212"]);
    expect(filterPoints(points, {...filters, group: "Healthcare practitioners and technical occupations"}).map((d) => d.id)).toEqual(["29-1141", "29-2072"]);
    expect(filterPoints(points, {...filters, shortageOnly: true}).map((d) => d.id)).toEqual(["29-1141"]);
    expect(filterPoints(points, filters)).toHaveLength(4);
  });
  it("finds by code prefix", () => expect(filterPoints(points, {...filters, query: "29-"}).map((d) => d.id)).toEqual(["29-1141", "29-2072"]));
});

describe("groupOptions(view, data) and groupLabel(view, option)", () => {
  const fields = [field("51.3801"), field("11.0101", {cip_family_title: "COMPUTER AND INFORMATION SCIENCES"})].map(fieldPoint);
  it("lists All and then each group once, in order", () => {
    expect(groupOptions("occupations", occupations.map(occupationPoint))).toEqual([ALL_GROUPS, "Computer and mathematical occupations", "Food preparation and serving related occupations", "Healthcare practitioners and technical occupations"]);
    expect(groupOptions("fields", fields)).toEqual([ALL_GROUPS, "11 Computer and information sciences", "51 Health professions and related programs"]);
  });
  it("offers the nation and the eight states and territories for Australia, by name", () => {
    expect(groupOptions("australia", [])).toHaveLength(9);
    expect(groupLabel("australia", "nsw")).toBe("New South Wales");
    expect(groupLabel("occupations", ALL_GROUPS)).toBe("All major groups");
    expect(asArea("All")).toBe("national");
  });
});

const au = (anzsco_code: string, occupationTitle: string, national: Rating, states: Partial<Record<string, Rating>> = {}): AuShortage => ({
  anzsco_code,
  occupation: occupationTitle,
  national_rating: national,
  national_rating_label: {S: "shortage", NS: "no shortage", R: "regional shortage", M: "metropolitan shortage"}[national],
  future_demand: "Strong",
  states_in_shortage: Object.values(states).filter((r) => r !== "NS").length,
  nsw_rating: states.nsw ?? national,
  vic_rating: states.vic ?? national,
  qld_rating: states.qld ?? national,
  sa_rating: states.sa ?? national,
  wa_rating: states.wa ?? national,
  tas_rating: states.tas ?? national,
  nt_rating: states.nt ?? national,
  act_rating: states.act ?? national,
  mapped_soc_codes: null
});
const australia = [
  au("254499", "Registered Nurses nec", "S"),
  au("224113", "Statistician", "NS"),
  au("241311", "Middle School Teacher", "NS", {nt: "S"}),
  au("133611", "Supply and Distribution Manager", "NS", {wa: "R"})
];

describe("Australian shortage ratings", () => {
  it("reads an occupation's rating in an area", () => {
    expect(ratingIn(australia[2]!, "nt")).toBe("S");
    expect(ratingIn(australia[2]!, "national")).toBe("NS");
  });
  it("counts every rating in every area, so each area's counts add up to the rows", () => {
    const counts = areaRatingCounts(australia);
    expect(counts).toHaveLength(9 * 4);
    const nt = counts.filter((d) => d.area === "nt");
    expect(nt.reduce((s, d) => s + d.occupations, 0)).toBe(4);
    expect(nt.find((d) => d.rating === "S")).toMatchObject({occupations: 2, share: 0.5});
    expect(counts.find((d) => d.area === "wa" && d.rating === "R")?.occupations).toBe(1);
  });
  it("states how many are in shortage in the area and which state rates the most (regional counts as shortage)", () => {
    expect(shortageFinding(australia, "nt")).toBe("2 of 4 occupations shown are in shortage in Northern Territory; 2 states and territories tie for the most (2)");
    expect(shortageFinding(australia.slice(0, 3), "national")).toBe("1 of 3 occupations shown are in shortage in Australia (national); Northern Territory rates the most in shortage (2)");
    expect(shortageFinding([], "nsw")).toBe("No occupations match the filters");
  });
  it("filters by title, code or mapped SOC code, and by shortage in the chosen area", () => {
    const filters = {query: "", group: "nt", shortageOnly: true};
    expect(filterAustralia(australia, filters).map((d) => d.anzsco_code)).toEqual(["254499", "241311"]);
    expect(filterAustralia(australia, {...filters, group: "national"}).map((d) => d.anzsco_code)).toEqual(["254499"]);
    expect(filterAustralia(australia, {query: "2241", group: "national", shortageOnly: false}).map((d) => d.occupation)).toEqual(["Statistician"]);
  });
  it("spells out the chosen area's rating in the table and names its column", () => {
    expect(australiaTableRows([australia[3]!], "wa")[0]).toMatchObject({area_rating: "regional shortage", national_rating: "no shortage"});
    expect(australiaColumns("wa").map((c) => c.label)).toContain("Rating in Western Australia");
    expect(australiaColumns("national").map((c) => c.label)).not.toContain("National rating ");
  });
});

describe("DemandScatter(points, options)", () => {
  const {document} = new JSDOM("<!doctype html><body></body>").window;
  const points: DemandPoint[] = [...occupations.map(occupationPoint), fieldPoint(field("28.0101", {annual_openings: null}))];
  const svgOf = (node: Element) => (node.tagName.toLowerCase() === "svg" ? node : node.querySelector(":scope > svg"))!;

  it("draws one dot per plottable point: filled when rated, hollow when not", () => {
    const chart = DemandScatter(points, {referenceGrowthPct: 3, document});
    const dots = svgOf(chart).querySelectorAll('g[aria-label="dot"] circle');
    expect(plottable(points)).toHaveLength(4);
    expect(dots).toHaveLength(4);
    expect(svgOf(chart).querySelector('g[aria-label="rule"]')).not.toBeNull();
  });
  it("draws every point faintly behind a filtered selection", () => {
    const chart = DemandScatter(points, {selected: points.slice(0, 2), document});
    const layers = [...svgOf(chart).querySelectorAll('g[aria-label="dot"]')].map((g) => g.querySelectorAll("circle").length);
    expect(layers).toEqual([4, 2]); // the hollow layer of unrated points is empty here, so Plot draws no group for it
  });
  it("labels the largest selected points and the chart for screen readers", () => {
    const chart = DemandScatter(points, {labelTop: 1, noun: "occupations", document});
    expect(svgOf(chart).querySelector('g[aria-label="text"]')?.textContent).toContain("Fast food and counter workers");
    expect(svgOf(chart).getAttribute("aria-label")).toMatch(/growth 2024–34 against annual openings for 4 occupations/);
  });
  it("shows the certification bands in its legend", () => {
    const chart = DemandScatter(points, {document});
    expect(chart.textContent).toContain("50% or more");
    expect(chart.textContent).toContain("not rated");
  });
  it("has the table columns of each view", () => {
    expect(demandColumns("occupations").map((c) => c.label)).toEqual(["SOC", "Occupation", "Major group", "Openings a year", "Growth 2024–34", "Median wage", "Shortage rating", "Certificate relevance"]);
    expect(demandColumns("fields")[0]!.label).toBe("CIP");
  });
});

describe("ShortageStateChart(rows, options)", () => {
  const {document} = new JSDOM("<!doctype html><body></body>").window;
  it("draws one bar segment per area and rating with occupations, and marks the chosen area", () => {
    const chart = ShortageStateChart(australia, {area: "nt", document});
    const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector(":scope > svg")!;
    const [segments, outline] = [...svg.querySelectorAll('g[aria-label="bar"]')];
    expect(segments?.querySelectorAll("rect").length).toBe(areaRatingCounts(australia).length);
    expect(outline?.querySelectorAll("rect").length).toBe(1);
    expect(svg.textContent).toContain("▶ Northern Territory");
    expect(svg.textContent).toContain("2 in shortage");
  });
});
