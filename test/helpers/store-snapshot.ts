// Everything a store holds, read through the port: to prove that a failed operation changed nothing.
import type { GraphStore } from "../../src/graph/port.js";

export async function snapshot(store: GraphStore) {
  const page = await store.listResolutions({ first: 10_000 });
  const symbols = page.items.map((r) => r.symbol);
  const paragraphs = (await store.paragraphsOfResolutions(symbols)).flat();
  const references = (await store.referencesFromParagraphs(paragraphs.map((p) => p.id))).flat();
  return { counts: await store.counts(), resolutions: page.items, paragraphs, references };
}
