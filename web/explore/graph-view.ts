// The citation graph on a canvas (cytoscape.js, 2D canvas: no WebGL needed, so it draws in headless
// browsers too). It only draws a GraphModel and reports clicks; the places come from the model.

import cytoscape, { type Core, type StylesheetJson } from "cytoscape";
import type { GraphModel } from "./graph-model.js";

const STYLE: StylesheetJson = [
  {
    selector: "node",
    style: {
      "background-color": "data(color)",
      width: "data(size)",
      height: "data(size)",
      label: "data(label)",
      "font-size": 11,
      "font-family": "system-ui, sans-serif",
      color: "#222",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-background-color": "#fff",
      "text-background-opacity": 0.8,
      "text-background-padding": "1px",
      "border-width": 1,
      "border-color": "#555",
    },
  },
  { selector: "node[?stub]", style: { "border-style": "dashed", "border-width": 2, "border-color": "#666", "background-opacity": 0.7, color: "#555" } },
  { selector: 'node[role = "root"]', style: { "border-width": 4, "border-color": "#111", "font-weight": "bold" } },
  { selector: "node[?onPath]", style: { "border-color": "#e6550d", "border-width": 4 } },
  { selector: "node:selected", style: { "border-color": "#f5a623", "border-width": 6, "overlay-color": "#f5a623", "overlay-opacity": 0.15, "overlay-padding": 6 } },
  {
    selector: "edge",
    style: {
      width: 1,
      "curve-style": "bezier",
      "line-color": "#c4c4c4",
      "target-arrow-color": "#c4c4c4",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.8,
    },
  },
  { selector: "edge[?lineage]", style: { width: 2, "line-color": "#7a7a7a", "target-arrow-color": "#7a7a7a" } },
  { selector: "edge:selected", style: { "line-color": "#f5a623", "target-arrow-color": "#f5a623", width: 4 } },
  { selector: "edge[?onPath]", style: { width: 4, "line-color": "#e6550d", "target-arrow-color": "#e6550d", "z-index": 10 } },
];

/**
 * Cytoscape adds a <style> element for its container unless one with this id exists; the page's
 * CSP refuses inline styles, so a placeholder stands in and page.css gives the container the one
 * rule it wanted (position: relative).
 */
const CYTOSCAPE_STYLESHEET_ID = "__________cytoscape_stylesheet";

export class GraphView {
  private readonly cy: Core;

  /** `onSelect(id)` for a node clicked; `onSelect(target, source)` for an edge (source cites target). */
  constructor(container: HTMLElement, onSelect: (id: string, citer?: string) => void) {
    if (!document.getElementById(CYTOSCAPE_STYLESHEET_ID)) {
      const placeholder = document.createElement("meta");
      placeholder.id = CYTOSCAPE_STYLESHEET_ID;
      document.head.prepend(placeholder);
    }
    this.cy = cytoscape({
      container,
      style: STYLE,
      layout: { name: "preset" },
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autoungrabify: true,
      selectionType: "single",
    });
    this.cy.on("tap", "node", (event) => onSelect(String(event.target.id())));
    this.cy.on("tap", "edge", (event) => onSelect(String(event.target.data("target")), String(event.target.data("source"))));
  }

  render(model: GraphModel): void {
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add([
        ...model.nodes.map((n) => ({
          group: "nodes" as const,
          data: { id: n.id, label: n.label, color: n.color, size: n.size, stub: n.stub, role: n.role, onPath: n.onPath },
          position: { x: n.position.x, y: n.position.y },
        })),
        ...model.edges.map((e) => ({
          group: "edges" as const,
          data: { id: e.id, source: e.source, target: e.target, lineage: e.lineage, onPath: e.onPath },
        })),
      ]);
    });
    this.fit();
  }

  clear(): void {
    this.cy.elements().remove();
  }

  select(id: string | null): void {
    this.cy.nodes().unselect();
    if (id === null) return;
    const node = this.cy.getElementById(id);
    if (node.nonempty()) node.select();
  }

  fit(): void {
    this.cy.resize();
    this.cy.fit(undefined, 40);
  }

  /** Where a node is drawn, in CSS pixels from the container's top left (for tests and tooling). */
  renderedPosition(id: string): { x: number; y: number } | null {
    const node = this.cy.getElementById(id);
    if (node.empty()) return null;
    const p = node.renderedPosition();
    return { x: p.x, y: p.y };
  }
}
