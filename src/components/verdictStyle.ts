import {VERDICTS, VERDICT_LABELS, type Verdict} from "../model/verdict/verdictRules.js";

/**
 * How each verdict looks wherever it is drawn: an Okabe–Ito colour (colour-blind-safe) and, so colour is never
 * the only cue, a Plot symbol and a text glyph. Same hex values as the `--okabe-*` variables of style.css.
 */
export const VERDICT_STYLE: Readonly<Record<Verdict, {color: string; symbol: string; glyph: string}>> = {
  go: {color: "#009e73", symbol: "circle", glyph: "●"},
  "pathway-only": {color: "#0072b2", symbol: "diamond", glyph: "◆"},
  "consortium-only": {color: "#e69f00", symbol: "triangle", glyph: "▲"},
  "no-go": {color: "#d55e00", symbol: "square", glyph: "■"}
};

/** Verdict labels in display order (go first), for legends and scales. */
export const VERDICT_DOMAIN: readonly string[] = VERDICTS.map((v) => VERDICT_LABELS[v]);
export const VERDICT_COLORS: readonly string[] = VERDICTS.map((v) => VERDICT_STYLE[v].color);
export const VERDICT_SYMBOLS: readonly string[] = VERDICTS.map((v) => VERDICT_STYLE[v].symbol);
