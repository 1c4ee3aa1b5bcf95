// The side panel: the selected resolution, the paragraphs by which the drawn resolutions cite it and
// it cites them (each citation marked), what its paragraphs name, its votes and its sponsors.

import { append, h } from "./dom.js";
import { markCitations } from "./highlight.js";
import type { CitingParagraph, DetailsResult, RecallEdge } from "./queries.js";

type Details = NonNullable<DetailsResult["resolution"]>;

export interface PanelContext {
  /** The symbols drawn in the graph: citations among them are shown first. */
  readonly drawn: ReadonlySet<string>;
  /** The resolution the selected one was reached from (its lineage edge's other end), shown first. */
  readonly reachedFrom: string | null;
  /** Select another resolution (a link in the panel). */
  readonly onSelect: (symbol: string) => void;
}

export function renderMessage(panel: HTMLElement, message: string): void {
  panel.replaceChildren(h("p", { class: "panel-message" }, message));
}

export function renderDetails(panel: HTMLElement, r: Details, context: PanelContext): void {
  const link = (symbol: string) =>
    context.drawn.has(symbol)
      ? h("button", { type: "button", class: "link", "data-symbol": symbol }, symbol)
      : h("span", { class: "symbol" }, symbol);
  const facts = [r.body, r.adoptedOn, r.meeting].filter((x): x is string => Boolean(x));
  const order = (edges: readonly RecallEdge[]) =>
    [...edges].sort((a, b) => rank(a) - rank(b) || a.node.symbol.localeCompare(b.node.symbol));
  const rank = (e: RecallEdge) => (e.node.symbol === context.reachedFrom ? 0 : context.drawn.has(e.node.symbol) ? 1 : 2);

  const citedBy = order(r.recalledBy.edges);
  const cites = order(r.recalls.edges);
  panel.replaceChildren();
  append(panel, [
    h("h2", { id: "panel-title", tabindex: "-1" }, r.symbol),
    r.title ? h("p", { class: "title" }, r.title) : null,
    facts.length ? h("p", { class: "facts" }, facts.join(" · ")) : null,
    r.stub ? h("p", { class: "stub-note" }, "Cited but not loaded (a stub): its text, and so its own paragraphs, are not in the store.") : null,
    section(
      `Cited by (${r.recalledBy.totalCount})`,
      "cited-by",
      citedBy.length === 0
        ? h("p", { class: "empty" }, "No loaded text cites it.")
        : citedBy.map((edge) => citingBlock(edge, [link(edge.node.symbol), " cites it in:"], edge.node.symbol, r.symbol)),
    ),
    section(
      `Cites (${r.recalls.totalCount})`,
      "cites",
      cites.length === 0
        ? h("p", { class: "empty" }, r.stub ? "Unknown: its text is not loaded." : "It cites no resolution.")
        : cites.map((edge) => citingBlock(edge, ["It cites ", link(edge.node.symbol), " in:"], r.symbol, edge.node.symbol)),
    ),
    section("Mentions", "mentions", mentions(r)),
    section("Votes", "votes", votes(r)),
    section(
      "Sponsors",
      "sponsors",
      r.sponsors.length ? h("ul", { class: "inline-list" }, r.sponsors.map((s) => h("li", {}, s.name))) : h("p", { class: "empty" }, "None recorded."),
    ),
  ]);
  for (const button of panel.querySelectorAll<HTMLButtonElement>("button.link[data-symbol]")) {
    button.addEventListener("click", () => context.onSelect(button.dataset.symbol ?? ""));
  }
}

function section(title: string, id: string, body: Node | Node[]): HTMLElement {
  return h("section", { class: `panel-section ${id}`, "aria-labelledby": `panel-${id}` }, h("h3", { id: `panel-${id}` }, title), body);
}

/** One citing resolution's paragraphs, the citation of `cited` marked in each. */
function citingBlock(edge: RecallEdge, caption: (Node | string)[], citer: string, cited: string): HTMLElement {
  return h(
    "div",
    { class: "citing", "data-citer": citer, "data-cited": cited },
    h("p", { class: "edge-caption" }, caption),
    edge.paragraphs.map((p) => paragraph(p, cited)),
  );
}

function paragraph(p: CitingParagraph, cited: string): HTMLElement {
  const parts = markCitations(p.text, [cited]).map((part) => (part.marked ? h("mark", {}, part.text) : part.text));
  return h("blockquote", { class: "paragraph", "data-key": p.key }, h("span", { class: "key" }, p.key), " ", ...parts);
}

function mentions(r: Details): Node {
  const byEntity = new Map<string, { name: string; kind: string; paragraphs: Set<string>; surfaces: Set<string> }>();
  for (const p of r.paragraphs) {
    for (const m of p.mentions) {
      const id = `${m.entity.kind}:${m.entity.key}`;
      const entry = byEntity.get(id) ?? { name: m.entity.name, kind: m.entity.kind, paragraphs: new Set(), surfaces: new Set() };
      entry.paragraphs.add(p.key);
      entry.surfaces.add(m.surface);
      byEntity.set(id, entry);
    }
  }
  if (byEntity.size === 0) return h("p", { class: "empty" }, r.stub ? "Unknown: its text is not loaded." : "It names no known entity.");
  const entries = [...byEntity.values()].sort((a, b) => b.paragraphs.size - a.paragraphs.size || a.name.localeCompare(b.name));
  return h(
    "ul",
    { class: "mention-list" },
    entries.map((e) => {
      const others = [...e.surfaces].filter((s) => s !== e.name);
      return h(
        "li",
        {},
        h("span", { class: "entity-kind" }, e.kind.toLowerCase()),
        " ",
        h("strong", {}, e.name),
        ` in ${e.paragraphs.size} paragraph${e.paragraphs.size === 1 ? "" : "s"}`,
        others.length ? ` (as ${others.join(", ")})` : "",
      );
    }),
  );
}

function votes(r: Details): Node[] {
  const out: Node[] = [];
  const method = r.voteMethod ? r.voteMethod.toLowerCase().replaceAll("_", " ") : null;
  const counts = r.voteCounts ? `${r.voteCounts.yes} in favour, ${r.voteCounts.no} against, ${r.voteCounts.abstain} abstaining` : null;
  if (method || counts) out.push(h("p", {}, [method, counts].filter(Boolean).join(": ")));
  for (const vote of ["YES", "NO", "ABSTAIN"] as const) {
    const states = r.votes.filter((v) => v.vote === vote).map((v) => v.country.name);
    if (states.length) out.push(h("p", { class: "vote-list" }, h("strong", {}, `${{ YES: "In favour", NO: "Against", ABSTAIN: "Abstaining" }[vote]} (${states.length}): `), states.join(", ")));
  }
  if (out.length === 0) out.push(h("p", { class: "empty" }, "None recorded."));
  return out;
}
