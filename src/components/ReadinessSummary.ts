import type {ReadinessProfile} from "../model/readiness/readinessProfile.js";
import type {ReadinessCapability, ReadinessInstrument} from "../model/readiness/types.js";
import {formatReadinessScore, listNames} from "./ReadinessProfile.js";

/** The capabilities the summary lists, in order, with how a reader names them. */
export const SUMMARY_CAPABILITIES: readonly {capability: ReadinessCapability; label: string}[] = [
  {capability: "has_policy", label: "Approved micro-credential policy"},
  {capability: "has_validation_system", label: "Validation system in place"},
  {capability: "verifies_identity", label: "Identity-verified assessment"},
  {capability: "has_credential_repository", label: "Verifiable digital credentials"},
  {capability: "maps_to_framework", label: "Levels mapped to a qualifications framework"},
  {capability: "stacks_into_programmes", label: "Defined pathways into credit-bearing programmes"},
  {capability: "has_employer_partners", label: "Formal employer partnerships"},
  {capability: "in_consortium", label: "Cost-sharing consortium"},
  {capability: "develops_micro_credentials", label: "Developing or offering micro-credentials"}
];

export interface ReadinessSummaryOptions {
  document?: Document;
}

/**
 * The readiness result at a glance: the overall score with how many items it rests on, the weakest dimensions by
 * name, and each capability (yes / no / not answered) with the published benchmark beside it where one exists.
 * Everything is text content; nothing from the data is parsed as markup.
 */
export function ReadinessSummary(profile: ReadinessProfile, {document = globalThis.document}: ReadinessSummaryOptions = {}): HTMLElement {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const {score} = profile;
  const root = el("section", "readiness-summary");
  root.setAttribute("aria-label", "Readiness at a glance");

  const overall = el("div", "readiness-overall");
  overall.append(el("span", "readiness-overall-value", formatReadinessScore(score.overall)), el("span", "readiness-overall-unit", score.overall === null ? "" : " / 100"));
  const basis = el("p", "readiness-basis");
  const unanswered = score.items - score.answered;
  basis.textContent =
    score.answered === 0
      ? `No item answered yet (${score.items} items).`
      : `${score.answered} of ${score.items} items answered${unanswered > 0 ? `; ${unanswered} unanswered ${unanswered === 1 ? "is" : "are"} left out of the score, not counted as 0` : ""}.`;
  const card = el("div", "card readiness-card");
  card.append(el("h2", undefined, "Overall readiness"), overall, basis);

  const weakest = el("p", "readiness-weakest");
  weakest.dataset.weakest = score.weakest.map((d) => d.id).join(" ");
  weakest.textContent =
    score.weakest.length === 0
      ? score.overall === null
        ? "Answer items to see the weakest dimensions."
        : "No weak dimension: every answered dimension is at the top level."
      : `Weakest: ${listNames(score.weakest.map((d) => `${d.label} (${formatReadinessScore(d.score)})`))}.`;
  const unansweredDims = score.dimensions.filter((d) => d.score === null).map((d) => d.label);
  const weakCard = el("div", "card readiness-card");
  weakCard.append(el("h2", undefined, "Weakest dimensions"), weakest);
  if (unansweredDims.length > 0) weakCard.append(el("p", "readiness-basis", `Not answered at all: ${listNames(unansweredDims)}.`));

  const capCard = el("div", "card readiness-card readiness-capabilities");
  const list = el("ul");
  for (const {capability, label} of SUMMARY_CAPABILITIES) {
    const value = score.capabilities[capability];
    const li = el("li");
    li.dataset.capability = capability;
    li.dataset.value = value === null ? "unanswered" : value ? "yes" : "no";
    li.append(el("span", "readiness-flag", value === null ? "?" : value ? "✓" : "✗"), ` ${label}: `, el("strong", undefined, value === null ? "not answered" : value ? "yes" : "no"));
    const benchmark = profile.benchmarks.find((b) => b.capability === capability);
    if (benchmark) li.append(el("span", "readiness-benchmark-note", ` — ${benchmark.survey}${benchmark.year === null ? "" : ` ${benchmark.year}`}: ${benchmark.statement}`));
    list.append(li);
  }
  capCard.append(el("h2", undefined, "What the institution has"), list);

  root.append(card, weakCard, capCard);
  return root;
}

/**
 * The rule behind each capability, from the instrument: "Validation system in place: val1 at level 3 or above
 * (In place for every micro-credential)". Listed on the page so the flags and the verdicts can be traced.
 */
export function ReadinessCapabilityRules(instrument: ReadinessInstrument, {document = globalThis.document}: ReadinessSummaryOptions = {}): HTMLElement {
  const list = document.createElement("ul");
  list.className = "readiness-capability-rules";
  for (const {capability, label} of SUMMARY_CAPABILITIES) {
    const item = instrument.items.find((i) => i.capability === capability);
    if (!item || item.threshold === null) continue;
    const li = document.createElement("li");
    li.dataset.capability = capability;
    const strong = document.createElement("strong");
    strong.textContent = label;
    li.append(strong, `: item ${item.id} (“${item.question}”) at level ${item.threshold} or above (${item.levels[item.threshold]?.label ?? ""}).`);
    list.append(li);
  }
  return list;
}
