// Browser entry of the citation explorer (bundled by scripts/build-explore.mjs into dist/explore,
// served at /explore). Search a resolution, draw its lineage and a citation path, read why each
// edge exists in the side panel. The URL's query string holds the state (state.ts), so a view can
// be shared as a link; every control is reachable by keyboard, the graph's nodes through a list
// that mirrors them (a canvas cannot take focus).
//
// Test hook: `window.__explore` (ExploreHook, hook.ts) exposes the state, the nodes and edges drawn
// and where each is drawn, so browser tests read what the page holds instead of its pixels.

import { describeErrors, request, RequestFailed } from "./api.js";
import { append, h } from "./dom.js";
import { buildGraph, type GraphModel, STUB_COLOR } from "./graph-model.js";
import { GraphView } from "./graph-view.js";
import type { ExploreHook } from "./hook.js";
import { renderDetails, renderMessage } from "./panel.js";
import { CITATION_PATH, DETAILS, LINEAGE, SEARCH, type PathHop, type SearchResult } from "./queries.js";
import { clampDepth, DIRECTIONS, type Direction, type ExploreState, MAX_DEPTH, MIN_DEPTH, parseState, serializeState } from "./state.js";
import "./page.css";

declare global {
  interface Window {
    __explore?: ExploreHook;
  }
}

const root = document.getElementById("explore");
if (!root) throw new Error("resgraph explorer: missing #explore root element");
const endpoint = new URL(root.dataset.endpoint || "/graphql", window.location.href).href;

let state: ExploreState = parseState(window.location.search);
let model: GraphModel | null = null;
let status: ExploreHook["status"] = "empty";
let lastError: string | null = null;
let pending = 0;

// ---- page structure ----
const searchInput = h("input", {
  id: "search",
  type: "search",
  role: "combobox",
  "aria-autocomplete": "list",
  "aria-expanded": "false",
  "aria-controls": "search-results",
  autocomplete: "off",
  placeholder: "S/RES/687 (1991), HRC 36/32, or words",
});
const searchResults = h("ul", { id: "search-results", role: "listbox", "aria-label": "Search results", hidden: true });
const directionSelect = h(
  "select",
  { id: "direction" },
  DIRECTIONS.map((d) => h("option", { value: d }, { ancestors: "what it builds on (ancestors)", descendants: "what builds on it (descendants)", both: "both" }[d])),
);
const depthInput = h("input", { id: "depth", type: "number", min: String(MIN_DEPTH), max: String(MAX_DEPTH), step: "1", inputmode: "numeric" });
const pathInput = h("input", { id: "path-to", type: "text", placeholder: "another resolution", autocomplete: "off" });
const statusLine = h("p", { id: "status", role: "status", "aria-live": "polite" });
const legendList = h("ul", { id: "legend", class: "legend", "aria-label": "Legend" });
const nodeList = h("ul", { id: "node-list", class: "node-list", "aria-label": "Resolutions drawn" });
const graphBox = h("div", { id: "graph", class: "graph", role: "img", "aria-label": "Citation graph (its resolutions are listed under Resolutions drawn)" });
const panel = h("aside", { id: "panel", class: "panel", "aria-label": "Selected resolution", "aria-live": "polite" });

root.replaceChildren();
append(root, [
  h(
    "header",
    { class: "bar" },
    h("h1", {}, "resgraph ", h("span", {}, "citation explorer")),
    h("a", { href: "/graphql", class: "api-link" }, "GraphiQL"),
  ),
  h(
    "div",
    { class: "layout" },
    h(
      "section",
      { class: "controls", "aria-label": "Controls" },
      h(
        "form",
        { id: "search-form", role: "search", class: "search" },
        h("label", { for: "search" }, "Resolution (symbol or words)"),
        searchInput,
        searchResults,
      ),
      h("label", { for: "direction" }, "Lineage"),
      directionSelect,
      h("label", { for: "depth" }, `Depth (${MIN_DEPTH} to ${MAX_DEPTH})`),
      depthInput,
      h(
        "form",
        { id: "path-form", class: "path" },
        h("label", { for: "path-to" }, "Citation path to"),
        pathInput,
        h("div", { class: "buttons" }, h("button", { type: "submit" }, "Draw path"), h("button", { type: "button", id: "path-clear" }, "Clear")),
      ),
      statusLine,
      h("h2", { class: "small" }, "Legend"),
      legendList,
      h("p", { class: "legend-note" }, "Size: how many loaded texts cite it. Arrows point from the citing to the cited text; the orange line is the citation path; dashed grey nodes below are stubs (cited, not loaded)."),
      h("h2", { class: "small", id: "node-list-title" }, "Resolutions drawn"),
      nodeList,
    ),
    graphBox,
    panel,
  ),
]);
renderMessage(panel, "Select a resolution in the graph or in the list to read its citations.");

const view = new GraphView(graphBox, (id, citer) => void select(id, { focusPanel: false, ...(citer ? { citer } : {}) }));
window.addEventListener("resize", () => view.fit());

// ---- state and URL ----
function setState(next: Partial<ExploreState>): void {
  state = { ...state, ...next };
  const url = `${window.location.pathname}${serializeState(state)}`;
  window.history.replaceState(null, "", url);
  syncControls();
}

function syncControls(): void {
  if (document.activeElement !== searchInput && state.symbol && !searchInput.value) searchInput.value = state.symbol;
  directionSelect.value = state.direction;
  depthInput.value = String(state.depth);
  if (document.activeElement !== pathInput) pathInput.value = state.pathTo ?? "";
}

function say(message: string, error = false): void {
  statusLine.textContent = message;
  statusLine.classList.toggle("error", error);
  lastError = error ? message : null;
}

// ---- loading the graph ----
let generation = 0;

async function loadGraph(): Promise<void> {
  const mine = ++generation;
  if (!state.symbol) {
    model = null;
    view.clear();
    renderNodeList();
    status = "empty";
    say("Search for a resolution to draw what it builds on and what builds on it.");
    return;
  }
  status = "loading";
  pending += 1;
  say(`Loading ${state.symbol}…`);
  try {
    const answer = await request(endpoint, LINEAGE, {
      symbol: state.symbol,
      depth: state.depth,
      ancestors: state.direction !== "descendants",
      descendants: state.direction !== "ancestors",
    });
    if (mine !== generation) return;
    const r = answer.data?.resolution;
    if (!r) {
      model = null;
      view.clear();
      renderNodeList();
      status = "error";
      say(answer.errors.length ? describeErrors(answer.errors) : `No resolution ${state.symbol} in the store.`, true);
      return;
    }
    let path: PathHop[] | null = null;
    let pathNote = "";
    if (state.pathTo) {
      ({ path, note: pathNote } = await findPath(r.symbol, state.pathTo));
      if (mine !== generation) return;
    }
    model = buildGraph({ root: r, ancestors: r.ancestors ?? [], descendants: r.descendants ?? [], path });
    // The API's spelling is the one links keep ("S/RES/687(1991)" becomes "S/RES/687 (1991)").
    setState({ symbol: r.symbol });
    searchInput.value = r.symbol;
    view.render(model);
    renderNodeList();
    renderLegend();
    status = "ready";
    say(`${model.nodes.length} resolution${model.nodes.length === 1 ? "" : "s"}, ${model.edges.length} citation${model.edges.length === 1 ? "" : "s"}${pathNote}`, pathNote.startsWith(": no"));
    if (state.selected) await select(state.selected, { focusPanel: false });
    else view.select(null);
  } catch (error) {
    if (mine !== generation) return;
    status = "error";
    say(error instanceof RequestFailed ? error.message : `The explorer failed: ${String(error)}`, true);
  } finally {
    pending -= 1;
  }
}

/** The path runs from the later resolution back to the earlier: try the root as the later end, then as the earlier. */
async function findPath(symbol: string, other: string): Promise<{ path: PathHop[] | null; note: string }> {
  for (const [from, to] of [[symbol, other], [other, symbol]] as const) {
    const answer = await request(endpoint, CITATION_PATH, { from, to });
    if (answer.errors.length) return { path: null, note: `: no path (${describeErrors(answer.errors)})` };
    const hops = answer.data?.citationPath;
    if (hops && hops.length > 0) return { path: hops, note: `; path to ${other}: ${hops.length} hop${hops.length === 1 ? "" : "s"}` };
    if (hops && hops.length === 0) return { path: null, note: `: the path's ends are the same resolution` };
  }
  return { path: null, note: `: no citation path between ${symbol} and ${other} within ${MAX_DEPTH} hops` };
}

// ---- selection and the panel ----
let detailsGeneration = 0;

/** Shows `id` in the panel; `citer` (an edge was clicked) puts that citing resolution's paragraphs first. */
async function select(id: string, options: { focusPanel: boolean; citer?: string }): Promise<void> {
  const mine = ++detailsGeneration;
  setState({ selected: id });
  view.select(id);
  for (const button of nodeList.querySelectorAll<HTMLButtonElement>("button[data-id]")) {
    button.setAttribute("aria-pressed", String(button.dataset.id === id));
  }
  pending += 1;
  renderMessage(panel, `Loading ${id}…`);
  try {
    const answer = await request(endpoint, DETAILS, { symbol: id });
    if (mine !== detailsGeneration) return;
    const r = answer.data?.resolution;
    if (!r) {
      renderMessage(panel, answer.errors.length ? describeErrors(answer.errors) : `No resolution ${id} in the store.`);
      return;
    }
    const drawn = new Set(model?.nodes.map((n) => n.id) ?? []);
    const edge = model?.edges.find((e) => e.lineage && (e.target === r.symbol || e.source === r.symbol));
    const reachedFrom = options.citer ?? (edge ? (edge.target === r.symbol ? edge.source : edge.target) : null);
    renderDetails(panel, r, { drawn, reachedFrom, onSelect: (symbol) => void select(symbol, { focusPanel: true }) });
    if (options.focusPanel) panel.querySelector<HTMLElement>("#panel-title")?.focus();
  } catch (error) {
    if (mine !== detailsGeneration) return;
    renderMessage(panel, error instanceof RequestFailed ? error.message : `The explorer failed: ${String(error)}`);
  } finally {
    pending -= 1;
  }
}

function renderNodeList(): void {
  nodeList.replaceChildren();
  if (!model) return;
  // The root first, then nearest first (what it cites before what cites it), stubs after texts.
  const nodes = [...model.nodes].sort(
    (a, b) => Math.abs(a.depth) - Math.abs(b.depth) || a.depth - b.depth || Number(a.stub) - Number(b.stub) || a.id.localeCompare(b.id),
  );
  append(
    nodeList,
    nodes.map((n) => {
      const steps = (d: number) => `${d} step${d === 1 ? "" : "s"}`;
      const where = n.role === "root" ? "the resolution drawn" : n.depth < 0 ? `cited, ${steps(-n.depth)} back` : `citing, ${steps(n.depth)} on`;
      const button = h(
        "button",
        { type: "button", "data-id": n.id, "aria-pressed": String(state.selected === n.id), class: n.stub ? "stub" : undefined },
        h("span", { class: "swatch", "aria-hidden": "true" }),
        h("span", { class: "node-symbol" }, n.id),
        h("span", { class: "node-note" }, `${n.stub ? "stub" : n.body ?? ""}; cited ${n.citations}×; ${n.role === "path" ? "on the path" : where}`),
      );
      (button.firstChild as HTMLElement).style.backgroundColor = n.color;
      button.addEventListener("click", () => void select(n.id, { focusPanel: false }));
      button.addEventListener("keydown", (event) => moveFocus(event, button));
      return h("li", {}, button);
    }),
  );
}

/** Up and Down walk the list, Home and End jump to its ends. */
function moveFocus(event: KeyboardEvent, button: HTMLButtonElement): void {
  const buttons = [...nodeList.querySelectorAll<HTMLButtonElement>("button[data-id]")];
  const at = buttons.indexOf(button);
  const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
}

function renderLegend(): void {
  legendList.replaceChildren();
  if (!model) return;
  append(
    legendList,
    model.legend.map((entry) => {
      const swatch = h("span", { class: "swatch", "aria-hidden": "true" });
      swatch.style.backgroundColor = entry.color;
      if (entry.color === STUB_COLOR) swatch.classList.add("stub");
      return h("li", {}, swatch, entry.body);
    }),
  );
}

// ---- search ----
interface Option {
  symbol: string;
  label: string;
  note: string;
}
let options: Option[] = [];
let active = -1;
let searchTimer: number | undefined;
let searchGeneration = 0;

/** What a person types as a symbol: a slash or brackets around a year, with a digit. */
const looksLikeSymbol = (text: string) => /\d/.test(text) && (/\//.test(text) || /\(\d{4}\)/.test(text) || /^\s*(?:resolution\s+)?\d+\s*$/i.test(text));

async function runSearch(text: string): Promise<void> {
  const mine = ++searchGeneration;
  const words = text.replace(/[^\p{L}\p{N}\s"]/gu, " ").trim();
  const withSymbol = looksLikeSymbol(text);
  if (!words && !withSymbol) {
    showOptions([]);
    return;
  }
  let answer;
  try {
    answer = await request(endpoint, SEARCH, { text: words, symbol: text, withSymbol });
  } catch {
    return;
  }
  if (mine !== searchGeneration) return;
  showOptions(optionsFrom(answer.data, answer.errors.find((e) => e.extensions?.candidates)?.extensions?.candidates ?? []));
}

function optionsFrom(data: SearchResult | null, candidates: readonly string[]): Option[] {
  const out: Option[] = [];
  const seen = new Set<string>();
  const add = (o: Option) => {
    if (seen.has(o.symbol)) return;
    seen.add(o.symbol);
    out.push(o);
  };
  const s = data?.bySymbol;
  if (s) add({ symbol: s.symbol, label: s.symbol, note: s.stub ? "stub (cited, not loaded)" : [s.body, s.year].filter(Boolean).join(", ") });
  for (const c of candidates) add({ symbol: c, label: c, note: "one of several the symbol may mean" });
  for (const hit of data?.search.nodes ?? []) {
    add({ symbol: hit.resolution.symbol, label: hit.resolution.symbol, note: `${hit.paragraph.key}: ${hit.snippet.replace(/[«»]/g, "")}` });
  }
  return out.slice(0, 15);
}

function showOptions(next: Option[]): void {
  options = next;
  active = -1;
  searchResults.replaceChildren();
  append(
    searchResults,
    options.map((o, i) => {
      const li = h("li", { id: `search-option-${i}`, role: "option", "aria-selected": "false", "data-symbol": o.symbol }, h("span", { class: "option-symbol" }, o.label), h("span", { class: "option-note" }, o.note));
      // mousedown, not click: it comes before the input's blur, which closes the list.
      li.addEventListener("mousedown", (event) => {
        event.preventDefault();
        choose(o.symbol);
      });
      return li;
    }),
  );
  searchResults.hidden = options.length === 0;
  searchInput.setAttribute("aria-expanded", String(options.length > 0));
  searchInput.removeAttribute("aria-activedescendant");
}

function setActive(index: number): void {
  if (options.length === 0) return;
  active = (index + options.length) % options.length;
  searchResults.querySelectorAll("[role=option]").forEach((el, i) => el.setAttribute("aria-selected", String(i === active)));
  searchInput.setAttribute("aria-activedescendant", `search-option-${active}`);
  searchResults.querySelector(`#search-option-${active}`)?.scrollIntoView({ block: "nearest" });
}

function choose(symbol: string): void {
  showOptions([]);
  searchInput.value = symbol;
  setState({ symbol, selected: null, pathTo: null });
  void loadGraph();
}

searchInput.addEventListener("input", () => {
  window.clearTimeout(searchTimer);
  const text = searchInput.value.trim();
  searchTimer = window.setTimeout(() => void runSearch(text), 200);
});
searchInput.addEventListener("keydown", (event) => {
  if (event.key === "ArrowDown") {
    event.preventDefault();
    setActive(active + 1);
  } else if (event.key === "ArrowUp") {
    event.preventDefault();
    setActive(active - 1);
  } else if (event.key === "Escape") {
    showOptions([]);
  }
});
searchInput.addEventListener("blur", () => showOptions([]));
document.getElementById("search-form")?.addEventListener("submit", (event) => {
  event.preventDefault();
  window.clearTimeout(searchTimer);
  const text = searchInput.value.trim();
  // Enter takes the highlighted result; else a symbol as typed (the API reads loose spellings), or
  // the best hit for words.
  const option = options[active] ?? (looksLikeSymbol(text) ? undefined : options[0]);
  if (option) choose(option.symbol);
  else if (text) choose(text);
});

directionSelect.addEventListener("change", () => {
  setState({ direction: directionSelect.value as Direction });
  void loadGraph();
});
depthInput.addEventListener("change", () => {
  const depth = Number.parseInt(depthInput.value, 10);
  setState({ depth: Number.isFinite(depth) ? clampDepth(depth) : state.depth });
  void loadGraph();
});
document.getElementById("path-form")?.addEventListener("submit", (event) => {
  event.preventDefault();
  setState({ pathTo: pathInput.value.trim() || null });
  void loadGraph();
});
document.getElementById("path-clear")?.addEventListener("click", () => {
  pathInput.value = "";
  setState({ pathTo: null });
  void loadGraph();
});

// ---- the test hook ----
window.__explore = {
  get state() {
    return state;
  },
  get status() {
    return pending > 0 ? "loading" : status;
  },
  get error() {
    return lastError;
  },
  get selected() {
    return state.selected;
  },
  nodes: () =>
    (model?.nodes ?? []).map((n) => ({ id: n.id, body: n.body, stub: n.stub, size: n.size, citations: n.citations, depth: n.depth, role: n.role, onPath: n.onPath })),
  edges: () => (model?.edges ?? []).map((e) => ({ source: e.source, target: e.target, lineage: e.lineage, onPath: e.onPath })),
  legend: () => [...(model?.legend ?? [])],
  nodePosition: (id) => {
    const p = view.renderedPosition(id);
    if (!p) return null;
    const box = graphBox.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  },
};

syncControls();
void loadGraph();
