// Types for scripts/neo4j-server.mjs (plain JavaScript, so that `npm run neo4j` needs no build).

export interface StartNeo4jOptions {
  /** Bolt port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Keep the database in this folder between runs (default: a temporary folder, removed at stop). */
  data?: string;
  /** Password of user neo4j (default: a random one). Letters, digits and . _ ~ @ % + = : , / - only. */
  password?: string;
  /** Page cache, e.g. "256m" (the default). */
  pagecache?: string;
  /** JVM heap (-Xmx), e.g. "1g" (the default). */
  heap?: string;
  /** More JVM options, after the launcher's own (the last of a repeated option wins), e.g. "-XX:TieredStopAtLevel=4". */
  jvm?: string[];
  /** Do not pass the server's stderr through (it is kept for error messages). */
  quiet?: boolean;
  /** Give up starting after this long, in ms (default 180 s; building is not counted). */
  timeoutMs?: number;
}

export interface Neo4jServer {
  /** bolt://127.0.0.1:<port> */
  uri: string;
  user: string;
  password: string;
  /** The server's home folder (the database is under data/ in it). */
  dataDir: string | undefined;
  /** True when dataDir is a temporary folder that stopping removes. */
  temporary: boolean;
  pid: number | undefined;
  /** Settles when the JVM has exited (code 0 after a clean stop). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL after graceMs (default 30 s); resolves once the JVM has exited. */
  stop(graceMs?: number): Promise<void>;
}

/** The Neo4j version the launcher pins (neo4j/pom.xml). */
export const NEO4J_VERSION: string;
export const LAUNCHER_DIR: string;
export const DEFAULT_HEAP: string;

/** Why a server cannot be started here (no Java 17+, or no Maven while the launcher is unbuilt), or null. */
export function missingTools(): string | null;
/** True when a server can be started here. */
export function javaAvailable(): boolean;
/** Builds neo4j/ with Maven unless up to date (the first run downloads Neo4j into ~/.m2). */
export function ensureBuilt(): Promise<void>;
/** Builds if needed, starts a server and resolves once it accepts Bolt connections. */
export function startNeo4j(options?: StartNeo4jOptions): Promise<Neo4jServer>;
/** The java executable (JAVA_HOME's, else the one on PATH). */
export function javaExecutable(): string;
/** The java command line for the launcher. */
export function javaArgs(options?: { heap?: string; jvm?: string[]; useArchive?: boolean; args?: string[] }): string[];
