import * as Plot from "@observablehq/plot";

export interface OccupationOpenings {
  soc_code: string;
  occupation: string;
  major_group: string;
  annual_openings: number;
  employment_change_pct: number;
  median_wage_usd: number | null;
  typical_education: string | null;
}

export interface OpeningsBarChartOptions {
  width?: number;
  /** How many occupations to show, largest first. */
  top?: number;
  document?: Document;
}

/** The `top` occupations by annual openings, largest first; ties broken by SOC code so the order is stable. */
export function topByOpenings<T extends Pick<OccupationOpenings, "annual_openings" | "soc_code">>(rows: readonly T[], top: number): T[] {
  return [...rows].sort((a, b) => b.annual_openings - a.annual_openings || a.soc_code.localeCompare(b.soc_code)).slice(0, top);
}

/** Horizontal bars of average annual openings 2024–34 for the occupations with the most openings. */
export function OpeningsBarChart(rows: readonly OccupationOpenings[], {width = 800, top = 20, document}: OpeningsBarChartOptions = {}) {
  const shown = topByOpenings(rows, top);
  return Plot.plot({
    width,
    height: 28 * shown.length + 40,
    marginLeft: Math.min(320, width * 0.42),
    ariaLabel: `Bar chart: the ${shown.length} occupations with the most openings per year, 2024–34`,
    x: {label: "Openings per year (average, 2024–34) →", grid: true, tickFormat: "~s"},
    y: {label: null, tickFormat: (d: string) => truncate(d, 48)},
    marks: [
      Plot.barX(shown, {
        y: "occupation",
        x: "annual_openings",
        sort: {y: "-x"},
        fill: "var(--okabe-blue, #0072b2)",
        tip: {
          channels: {
            "Major group": "major_group",
            "Growth 2024–34 (%)": "employment_change_pct",
            "Median wage (USD)": "median_wage_usd",
            Education: "typical_education"
          },
          format: {x: ",.0f", y: true}
        }
      }),
      Plot.ruleX([0])
    ],
    ...(document ? {document} : {})
  });
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
