// GraphML (Gephi, yEd, Cytoscape, NetworkX): one file, graph.graphml, written as the batches come.
// Its <key> declarations come from the model before any node: every property of every label and
// type once, typed (long, double, boolean, string; a list is its JSON text), with the model's
// description; a node's label is the attribute `nodeLabel`, a relationship's type `relationshipType`
// (not `label`, which Gephi shows as a node's caption). Node ids are `Label:key`, stable across
// exports; the graph is directed. Text is escaped, and characters XML 1.0 cannot carry (control
// characters, lone surrogates) become U+FFFD.

import { join } from "node:path";
import { NODE_LABELS, NODES, RELATIONSHIP_TYPES, RELATIONSHIPS, type PropertySpec, type PropertyType } from "../graph/model.js";
import type { ExportBatch, ExportNodeRef, ExportValue } from "../graph/port.js";
import { FileSink } from "./sink.js";
import type { ExportFile, ExportWriter } from "./writer.js";

export const GRAPHML_FILE = "graph.graphml";

const GRAPHML_TYPE: Record<PropertyType, string> = {
  STRING: "string",
  INTEGER: "long",
  FLOAT: "double",
  BOOLEAN: "boolean",
  "LIST<STRING>": "string",
};

const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const xmlText = (s: string): string =>
  s.replace(INVALID_XML, "\uFFFD").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

export const graphmlNodeId = (ref: ExportNodeRef): string => `${ref.label}:${ref.key}`;

interface Key {
  id: string;
  name: string;
  type: PropertyType;
  description: string;
}

/** One key per property name and domain; a name the model types two ways gets one key per type. */
function keysOf(domain: "n" | "e", specs: Array<[string, PropertySpec]>): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const [name, spec] of specs) {
    const existing = keys.get(name);
    if (existing && existing.type === spec.type) continue;
    const id = existing ? `${domain}_${name}_${spec.type.replace(/\W/g, "")}` : `${domain}_${name}`;
    keys.set(existing ? `${name}|${spec.type}` : name, { id, name, type: spec.type, description: spec.description });
  }
  return keys;
}

const NODE_KEYS = keysOf("n", NODE_LABELS.flatMap((l) => Object.entries(NODES[l].properties)));
const EDGE_KEYS = keysOf("e", RELATIONSHIP_TYPES.flatMap((t) => Object.entries(RELATIONSHIPS[t].properties)));

const keyFor = (keys: Map<string, Key>, name: string, type: PropertyType): Key | undefined => {
  const k = keys.get(name);
  return k && k.type === type ? k : keys.get(`${name}|${type}`);
};

function keyDeclaration(domain: "node" | "edge", k: Key): string {
  return `  <key id="${k.id}" for="${domain}" attr.name="${xmlText(k.name)}" attr.type="${GRAPHML_TYPE[k.type]}"><desc>${xmlText(
    k.type === "LIST<STRING>" ? `${k.description} (a JSON array)` : k.description,
  )}</desc></key>\n`;
}

function dataOf(keys: Map<string, Key>, specs: Readonly<Record<string, PropertySpec>>, properties: Record<string, ExportValue>): string {
  let out = "";
  for (const [name, spec] of Object.entries(specs)) {
    const value = properties[name];
    if (value === undefined) continue;
    const key = keyFor(keys, name, spec.type)!;
    out += `<data key="${key.id}">${xmlText(Array.isArray(value) ? JSON.stringify(value) : String(value))}</data>`;
  }
  return out;
}

export class GraphmlWriter implements ExportWriter {
  readonly #sink: FileSink;
  #started = false;
  #edges = 0;
  #records = 0;

  constructor(dir: string) {
    this.#sink = new FileSink(join(dir, GRAPHML_FILE));
  }

  async #start(): Promise<void> {
    this.#started = true;
    let head = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="n_nodeLabel" for="node" attr.name="nodeLabel" attr.type="string"><desc>the node's label in the resgraph model</desc></key>
  <key id="e_relationshipType" for="edge" attr.name="relationshipType" attr.type="string"><desc>the relationship's type in the resgraph model</desc></key>
`;
    for (const k of NODE_KEYS.values()) head += keyDeclaration("node", k);
    for (const k of EDGE_KEYS.values()) head += keyDeclaration("edge", k);
    head += `  <graph id="resgraph" edgedefault="directed">\n`;
    await this.#sink.write(head);
  }

  async write(batch: ExportBatch): Promise<void> {
    if (!this.#started) await this.#start();
    let text = "";
    if (batch.kind === "nodes") {
      const specs = NODES[batch.label].properties;
      for (const n of batch.records) {
        text += `    <node id="${xmlText(graphmlNodeId(n))}"><data key="n_nodeLabel">${batch.label}</data>${dataOf(NODE_KEYS, specs, n.properties)}</node>\n`;
      }
    } else {
      const specs = RELATIONSHIPS[batch.type].properties;
      for (const e of batch.records) {
        this.#edges += 1;
        text += `    <edge id="e${this.#edges}" source="${xmlText(graphmlNodeId(e.from))}" target="${xmlText(graphmlNodeId(e.to))}"><data key="e_relationshipType">${batch.type}</data>${dataOf(EDGE_KEYS, specs, e.properties)}</edge>\n`;
      }
    }
    this.#records += batch.records.length;
    await this.#sink.write(text);
  }

  async finish(): Promise<ExportFile[]> {
    if (!this.#started) await this.#start();
    await this.#sink.write("  </graph>\n</graphml>\n");
    await this.#sink.close();
    return [{ file: GRAPHML_FILE, records: this.#records, bytes: this.#sink.bytes }];
  }

  abort(): void {
    this.#sink.destroy();
  }
}
