import { loadConfig, type ConfigFlags } from "../config/config.js";
import { openStore } from "../graph/open-store.js";
import type { CliIO } from "./io.js";
import { countsLine } from "./report.js";

export async function statsCommand(flags: ConfigFlags, options: { json?: boolean }, io: CliIO): Promise<number> {
  const config = loadConfig(io.env, flags, io.cwd);
  const store = await openStore(config);
  try {
    const counts = await store.counts();
    io.out(options.json ? JSON.stringify(counts) : `${store.description}: ${countsLine(counts)}`);
    return 0;
  } finally {
    await store.close();
  }
}
