// The command line: `resgraph serve | ingest | extract | stats`. Each command returns its exit
// code; errors we raise on purpose become one line on stderr, never a stack trace.

import { Command, CommanderError } from "commander";
import type { ConfigFlags } from "../config/config.js";
import { ConfigError, ResgraphError } from "../errors.js";
import { diffCommand } from "./diff-command.js";
import { exportCommand, type ExportCommandOptions } from "./export-command.js";
import { FILTER_HELP, EXPORT_FORMATS } from "../export/options.js";
import { extractCommand } from "./extract-command.js";
import { ingestCommand } from "./ingest-command.js";
import type { CliIO } from "./io.js";
import { serveCommand } from "./serve-command.js";
import { statsCommand } from "./stats-command.js";

const storeOptions = (cmd: Command): Command =>
  cmd
    .option("--db <path>", "SQLite database file (env RESGRAPH_DB)")
    .option("--store <kind>", "store to use: sqlite (the default) or neo4j, which reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE (env RESGRAPH_STORE)")
    .option("--log-level <level>", "log level (env LOG_LEVEL)");

/** `--symbol` names one resolution, so it goes with one file. */
function symbolForOneFile(io: CliIO): number {
  io.err("resgraph: --symbol names one resolution: give it one file");
  return 2;
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name("resgraph")
    .description("Trace how UN resolutions cite, recall and build on each other.")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  storeOptions(
    program
      .command("serve")
      .description("serve the GraphQL API (and GraphiQL) over the store")
      .option("--seed", "first ingest the bundled seeds/ (unchanged files are skipped)")
      .option("--port <port>", "port to listen on (env PORT)")
      .option("--host <host>", "interface to listen on (env HOST)")
      .option("--cors <origins>", "origins allowed by CORS, comma-separated, or * (env RESGRAPH_CORS_ORIGINS)"),
  ).action(async (opts) => {
    exitCode = await serveCommand(opts, io);
  });

  storeOptions(
    program
      .command("ingest")
      .description("parse resolution texts, PDFs, AKN4UN XML and metadata, and load them into the store")
      .argument("<paths...>", "files or directories (directories: every .txt .md .pdf .xml .json .jsonl file, recursively; others are listed as skipped)")
      .option("--symbol <symbol>", "the resolution a text without a masthead is (e.g. A/RES/217 A (III)); one file only"),
  ).action(async (paths: string[], opts: ConfigFlags & { symbol?: string }) => {
    exitCode = opts.symbol && paths.length > 1 ? symbolForOneFile(io) : await ingestCommand(paths, opts, io);
  });

  program
    .command("extract")
    .description("parse files and print what was found (no store involved)")
    .argument("<files...>", "resolution texts (.txt, .md), official PDFs, AKN4UN XML, metadata JSON lines or analysis pages")
    .option("--json", "print JSON Lines: one object per file, in input order, with its source (or an error)")
    .option("--symbol <symbol>", "the resolution a text without a masthead is (e.g. A/RES/217 A (III)); one file only")
    .action(async (files: string[], opts: { json?: boolean; symbol?: string }) => {
      exitCode = opts.symbol && files.length > 1 ? symbolForOneFile(io) : await extractCommand(files, opts, io);
    });

  storeOptions(program.command("stats").description("print what the store holds").option("--json", "as JSON")).action(
    async (opts) => {
      exitCode = await statsCommand(opts, opts, io);
    },
  );

  storeOptions(
    program
      .command("diff")
      .description("how resolution A's text differs from B's (default: A's predecessor in its series): paragraphs, words, verbs")
      .argument("<A>", "the later resolution (a symbol, e.g. A/RES/77/7)")
      .argument("[B]", "the earlier resolution to compare it with (default: A's predecessor)")
      .option("--json", "print the diff as one JSON object")
      .option("--no-color", "no colours (also NO_COLOR; colours only on a terminal)"),
  ).action(async (a: string, b: string | undefined, opts: ConfigFlags & { json?: boolean; color?: boolean }) => {
    exitCode = await diffCommand(a, b, opts, { json: opts.json, color: opts.color }, io);
  });

  storeOptions(
    program
      .command("export")
      .description(
        "write the graph (or the part a filter selects) as GraphML, CSV, JSON Lines or neo4j-admin import files; " +
          "one state of the graph: SQLite reads one snapshot, while on Neo4j (READ COMMITTED, no snapshot) an export that a write ran through fails and writes nothing",
      )
      .requiredOption("--format <format>", EXPORT_FORMATS.join(" | "))
      .option("--out <dir>", "folder to write (default resgraph-<format>); refused if it holds files, unless --force")
      .option("--filter <terms>", FILTER_HELP)
      .option("--force", "write into a folder that already holds files (files of the same names are replaced)")
      .option("--quiet", "no progress bar"),
  ).action(async (opts: ConfigFlags & ExportCommandOptions) => {
    exitCode = await exportCommand(opts, opts, io);
  });

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof ResgraphError) {
      io.err(`resgraph: ${error.message}`);
      return error instanceof ConfigError ? 2 : 1;
    }
    throw error;
  }
}
