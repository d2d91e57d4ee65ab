import type {ReadinessAnswers} from "../model/readiness/types.js";

export interface ReadinessNoticeOptions {
  /** Why a link's answers were not used (from `readinessFromSearch`), shown as an alert. */
  error?: string | null;
  document?: Document;
}

/**
 * Whose answers the page shows: the institution's name, "illustrative answers" for the shipped example with its
 * description, and, above it, the reason a bad or tampered link was not used. Text only, never markup.
 */
export function ReadinessNotice(answers: ReadinessAnswers, {error = null, document = globalThis.document}: ReadinessNoticeOptions = {}): HTMLElement {
  const box = document.createElement("div");
  box.className = "readiness-notice";
  if (error) {
    const alert = document.createElement("p");
    alert.className = "readiness-error";
    alert.setAttribute("role", "alert");
    alert.textContent = error;
    box.append(alert);
  }
  const who = document.createElement("p");
  who.className = "readiness-who";
  const name = document.createElement("strong");
  name.textContent = answers.institution;
  who.append("Showing: ", name, answers.example ? " — illustrative answers shipped with the workbench, not a real institution's." : ".");
  box.append(who);
  if (answers.example && answers.description) {
    const description = document.createElement("p");
    description.className = "readiness-description";
    description.textContent = answers.description;
    box.append(description);
  }
  return box;
}
