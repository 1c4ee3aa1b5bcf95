// A throwaway Neo4j 5 Community server without Docker, from Java and Maven: builds the launcher in
// neo4j/ once (Maven downloads Neo4j into ~/.m2 on the first run), then starts it. Used by
// `npm run neo4j` (scripts/neo4j.mjs) and, programmatically, by tests:
//
//   import { startNeo4j, javaAvailable } from "../scripts/neo4j-server.mjs";
//   const server = await startNeo4j({ quiet: true });   // { uri, user, password, dataDir, stop() }
//   ...
//   await server.stop();
//
// Plain ESM JavaScript, so that it runs with no build step. See docs/neo4j.md.

import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const LAUNCHER_DIR = join(ROOT, "neo4j");
const POM = join(LAUNCHER_DIR, "pom.xml");
const SOURCES = join(LAUNCHER_DIR, "src");
const TARGET = join(LAUNCHER_DIR, "target");
const JAR = join(TARGET, "neo4j-launcher.jar");
const CLASSPATH = join(TARGET, "classpath.txt");
const BUILD_STAMP = join(TARGET, "build.stamp");
const CDS_ARCHIVE = join(TARGET, "neo4j.jsa");
const CDS_STAMP = join(TARGET, "neo4j.jsa.stamp");
const MAIN_CLASS = "resgraph.Neo4jServer";

/** The Neo4j version the launcher pins (neo4j/pom.xml). */
export const NEO4J_VERSION = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM, "utf8"))?.[1] ?? "unknown";

/** The line the server prints once it accepts connections. */
const READY = /^NEO4J_URI=(\S+) NEO4J_USER=(\S+) NEO4J_PASSWORD=(\S+)$/m;
const DATA_DIR = /^neo4j: Neo4j \S+ Community, (temporary database|database) in (.+?)(?: \(removed at exit\))?; Ctrl-C to stop$/m;

/**
 * JVM options, after Neo4j's own launcher (the --add-opens it needs on Java 17+) and kept modest.
 * C1 only (TieredStopAtLevel=1): on 2 cores it starts in about 6 s instead of 8 with half the CPU,
 * and a test-sized workload (20,000 MERGEs, 300 full-text queries) runs faster too, with no C2
 * compiler threads competing; C2 pays off only over hours of load. Unified JVM logging writes its
 * warnings to stdout by default: send them to stderr, so that stdout carries the one line and
 * nothing else. RESGRAPH_NEO4J_JAVA_OPTS adds options after these (e.g. -XX:TieredStopAtLevel=4).
 */
const JVM_OPTIONS = [
  "-XX:TieredStopAtLevel=1",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
  "-XX:-OmitStackTraceInFastThrow",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "-Xlog:disable",
  "-Xlog:all=warning:stderr",
];

export const DEFAULT_HEAP = "1g";

const say = (message) => process.stderr.write(`neo4j: ${message}\n`);

// ---------------------------------------------------------------------------------------------
// Tools

function javaCommand() {
  const home = process.env.JAVA_HOME;
  const candidate = home ? join(home, "bin", process.platform === "win32" ? "java.exe" : "java") : undefined;
  return candidate && existsSync(candidate) ? candidate : "java";
}

let javaInfo; // memoized: { command, major, identity } or { error }

/** The Java that runs the server (JAVA_HOME's, else the one on PATH), with its major version. */
function java() {
  if (javaInfo) return javaInfo;
  const command = javaCommand();
  const result = spawnSync(command, ["-version"], { encoding: "utf8" });
  if (result.error || result.status !== 0) {
    javaInfo = { error: "java not found: install a JDK 17 or 21 (Neo4j 5.26 runs on either), or set JAVA_HOME" };
    return javaInfo;
  }
  const text = `${result.stderr}${result.stdout}`;
  const version = /version "(\d+)(?:\.(\d+))?/.exec(text);
  const major = version ? (version[1] === "1" ? Number(version[2]) : Number(version[1])) : 0;
  if (major < 17) {
    javaInfo = { error: `Java ${major || "of unknown version"} found; Neo4j 5.26 needs Java 17 or 21 (set JAVA_HOME)` };
    return javaInfo;
  }
  let path = command;
  try {
    const which = spawnSync(command, ["-XshowSettings:properties", "-version"], { encoding: "utf8" });
    path = /java\.home = (.+)/.exec(which.stderr)?.[1]?.trim() ?? command;
  } catch {
    // keep the command
  }
  javaInfo = { command, major, identity: `${path}\n${text.trim()}` };
  return javaInfo;
}

function mavenAvailable() {
  const result = spawnSync("mvn", ["-v"], { encoding: "utf8", shell: process.platform === "win32" });
  return !result.error && result.status === 0;
}

/**
 * Why the server cannot be started here, or null if it can: Java 17+ is needed always, Maven only
 * while the launcher is not built yet (the first run, or after neo4j/pom.xml or its source changed).
 */
export function missingTools() {
  const j = java();
  if (j.error) return j.error;
  if (!upToDate() && !mavenAvailable()) {
    return "mvn not found: install Maven 3.8+ (it downloads Neo4j from Maven Central and builds neo4j/ once)";
  }
  return null;
}

/** True when a server can be started here (Java 17+, and Maven unless the launcher is built). */
export function javaAvailable() {
  return missingTools() === null;
}

// ---------------------------------------------------------------------------------------------
// Build

const mtime = (path) => statSync(path).mtimeMs;

function newestSource() {
  let newest = mtime(POM);
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, mtime(path));
    }
  };
  walk(SOURCES);
  return newest;
}

function classpathEntries() {
  return readFileSync(CLASSPATH, "utf8").trim().split(delimiter).filter(Boolean);
}

/** The launcher is built, no newer than its build, and every dependency is still in the Maven cache. */
function upToDate() {
  if (![BUILD_STAMP, JAR, CLASSPATH].every(existsSync)) return false;
  if (mtime(BUILD_STAMP) < newestSource()) return false;
  return classpathEntries().every(existsSync);
}

function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], shell: process.platform === "win32", ...options });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

let building; // one build at a time per process

/**
 * Builds neo4j/ with Maven unless it is up to date: offline when Neo4j is already in ~/.m2, online
 * (and saying so) the first time. Then, once per Java installation, a class-data-sharing archive of
 * the server's classes, which cuts later starts by about a third.
 */
export function ensureBuilt() {
  building ??= build().finally(() => (building = undefined));
  return building;
}

async function build() {
  const j = java();
  if (j.error) throw new Error(j.error);
  if (!upToDate()) {
    if (!mavenAvailable()) throw new Error(missingTools() ?? "mvn not found");
    const cached = existsSync(join(homedir(), ".m2", "repository", "org", "neo4j", "neo4j", NEO4J_VERSION));
    const maven = ["-q", "-B", "-Dstyle.color=never", "-f", POM, "package"];
    const started = Date.now();
    let result;
    if (cached) {
      say("building the launcher (neo4j/, Maven offline)");
      result = await run("mvn", ["-o", ...maven]);
    }
    if (!cached || result.code !== 0) {
      say(
        cached
          ? "building the launcher (neo4j/, Maven online: something was missing from ~/.m2)"
          : `first run: downloading Neo4j ${NEO4J_VERSION} from Maven Central into ~/.m2 (about 170 MB) and building neo4j/; later starts are offline`,
      );
      result = await run("mvn", maven);
    }
    if (result.code !== 0) {
      throw new Error(`building neo4j/ with Maven failed (exit ${result.code}):\n${result.output.trim()}`);
    }
    writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
    rmSync(CDS_STAMP, { force: true });
    say(`launcher built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  await ensureCdsArchive(j);
}

function cdsKey(j) {
  return createHash("sha256").update(j.identity).update("\n").update(readFileSync(CLASSPATH)).digest("hex");
}

/** The archive is made by one start and stop of the server with -XX:ArchiveClassesAtExit. */
async function ensureCdsArchive(j) {
  if (process.env.RESGRAPH_NEO4J_CDS === "0") return;
  const key = cdsKey(j);
  if (existsSync(CDS_STAMP) && readFileSync(CDS_STAMP, "utf8").startsWith(key)) return;
  rmSync(CDS_ARCHIVE, { force: true });
  say("preparing a class-data archive for faster starts (once, about 20 s)");
  const tmp = `${CDS_ARCHIVE}.${process.pid}.tmp`;
  let ok = false;
  try {
    const server = await launch({ quiet: true, jvm: [`-XX:ArchiveClassesAtExit=${tmp}`], useArchive: false });
    await server.stop(60_000);
    ok = existsSync(tmp);
    if (ok) renameSync(tmp, CDS_ARCHIVE);
  } catch (error) {
    say(`no class-data archive (${error instanceof Error ? error.message.split("\n")[0] : error}); starts will be slower`);
  } finally {
    rmSync(tmp, { force: true });
  }
  // Written on failure too, so that a JVM that cannot archive is not asked again at every start.
  writeFileSync(CDS_STAMP, `${key}\n${ok ? "ok" : "failed"}\n`);
}

// ---------------------------------------------------------------------------------------------
// Run

/** The java command line: JVM options, class path, main class, server flags. */
export function javaArgs({ heap = DEFAULT_HEAP, jvm = [], useArchive = true, args = [] } = {}) {
  const archive = useArchive && existsSync(CDS_ARCHIVE) ? [`-XX:SharedArchiveFile=${CDS_ARCHIVE}`] : [];
  return [
    `-Xmx${heap}`,
    ...JVM_OPTIONS,
    ...archive,
    ...(process.env.RESGRAPH_NEO4J_JAVA_OPTS?.split(/\s+/).filter(Boolean) ?? []),
    ...jvm,
    "-cp",
    [JAR, ...classpathEntries()].join(delimiter),
    MAIN_CLASS,
    ...args,
  ];
}

export function javaExecutable() {
  const j = java();
  if (j.error) throw new Error(j.error);
  return j.command;
}

/**
 * Starts a server and resolves once it accepts Bolt connections.
 *
 * @param {object} [options]
 * @param {number} [options.port] Bolt port on 127.0.0.1; 0 (the default) picks a free one
 * @param {string} [options.data] keep the database in this folder (default: a temporary one, removed at stop)
 * @param {string} [options.password] password of user neo4j (default: random)
 * @param {string} [options.pagecache] page cache, e.g. "256m" (the default)
 * @param {string} [options.heap] JVM heap, e.g. "1g" (the default)
 * @param {string[]} [options.jvm] more JVM options, after the launcher's (the last of a repeated option wins)
 * @param {boolean} [options.quiet] do not pass the server's stderr through (it is kept for errors)
 * @param {number} [options.timeoutMs] give up starting after this long (default 180 s; the build is not counted)
 * @returns {Promise<{ uri: string, user: string, password: string, dataDir: string | undefined,
 *   temporary: boolean, pid: number | undefined, exited: Promise<{ code: number | null, signal: string | null }>,
 *   stop(): Promise<void> }>}
 */
export async function startNeo4j(options = {}) {
  await ensureBuilt();
  return launch(options);
}

async function launch({ port, data, password, pagecache, heap, quiet = false, timeoutMs = 180_000, jvm = [], useArchive = true } = {}) {
  const args = ["--stop-on-stdin-eof"];
  if (port !== undefined) args.push("--port", String(port));
  if (data !== undefined) args.push("--data", data);
  if (password !== undefined) args.push("--password", password);
  if (pagecache !== undefined) args.push("--pagecache", pagecache);

  // stdin is a pipe that only this process holds: if it dies, the server sees EOF and stops.
  const child = spawn(javaExecutable(), javaArgs({ heap, jvm, useArchive, args }), { stdio: ["pipe", "pipe", "pipe"] });
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  let stdout = "";
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stdout.setEncoding("utf8");
  child.stderr.on("data", (chunk) => {
    stderr = (stderr + chunk).slice(-20_000);
    if (!quiet) process.stderr.write(chunk);
  });

  const ready = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`Neo4j did not start within ${timeoutMs / 1000} s${stderr ? `:\n${stderr.trim()}` : ""}`));
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      const match = READY.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited before accepting connections (${signal ?? `exit ${code}`})${stderr ? `:\n${stderr.trim()}` : ""}`));
    });
  });

  // The "database in" line comes before the ready line, on the other stream: give it a moment.
  for (let i = 0; i < 20 && !DATA_DIR.test(stderr); i++) await new Promise((r) => setTimeout(r, 25));
  const where = DATA_DIR.exec(stderr);

  // A server someone forgot to stop does not keep the parent alive; the stdin pipe stops it when
  // the parent exits.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) stream.unref?.();

  let stopping;
  /** SIGTERM, then SIGKILL if the server is not gone after graceMs. */
  const stop = (graceMs = 30_000) => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
        await exited;
        clearTimeout(timer);
      }
      child.stdin.destroy();
      const temporaryDir = where?.[1] === "temporary database" ? where[2] : undefined;
      if (temporaryDir) rmSync(temporaryDir, { recursive: true, force: true }); // after a SIGKILL
    })();
    return stopping;
  };

  return {
    uri: ready[1],
    user: ready[2],
    password: ready[3],
    dataDir: where?.[2],
    temporary: where?.[1] === "temporary database",
    pid: child.pid,
    exited,
    stop: (graceMs) => stop(graceMs),
  };
}
