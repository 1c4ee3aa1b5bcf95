import { loadConfig, type ConfigFlags } from "../config/config.js";
import { openStore } from "../graph/open-store.js";
import type { CliIO } from "./io.js";
import { countsLine, countsTable } from "./report.js";

export async function statsCommand(flags: ConfigFlags, options: { json?: boolean }, io: CliIO): Promise<number> {
  const config = loadConfig(io.env, flags, io.cwd);
  const store = await openStore(config);
  try {
    const counts = await store.counts();
    const graph = await store.graphCounts();
    if (options.json) {
      io.out(JSON.stringify({ ...counts, nodes: graph.nodes, relationships: graph.relationships }));
      return 0;
    }
    io.out(`${store.description}: ${countsLine(counts)}`);
    io.out(countsTable("nodes", graph.nodes));
    io.out(countsTable("relationships", graph.relationships));
    return 0;
  } finally {
    await store.close();
  }
}
