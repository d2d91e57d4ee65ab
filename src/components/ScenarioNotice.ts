/**
 * A notice at the top of the scenario page: why a shared link could not be used (and that the defaults are shown
 * instead), or that the draft has problems (and that the results shown are those of the last valid scenario).
 * Every message is set as text: a tampered link can put anything in it, and none of it may run.
 */
export function ScenarioNotice(
  notice: {title: string; message: string; details?: readonly string[]; tone?: "problem" | "info"} | null,
  {document = globalThis.document}: {document?: Document} = {}
): HTMLElement {
  const root = document.createElement("div");
  if (!notice) {
    root.hidden = true;
    return root;
  }
  root.className = `scenario-notice scenario-notice-${notice.tone ?? "problem"}`;
  root.setAttribute("role", notice.tone === "info" ? "status" : "alert");
  const title = document.createElement("strong");
  title.textContent = notice.title;
  const message = document.createElement("p");
  message.textContent = notice.message;
  root.append(title, message);
  if (notice.details && notice.details.length > 0) {
    const list = document.createElement("ul");
    for (const detail of notice.details) {
      const item = document.createElement("li");
      item.textContent = detail;
      list.append(item);
    }
    root.append(list);
  }
  return root;
}
