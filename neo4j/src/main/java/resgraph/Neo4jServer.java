package resgraph;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;
import sun.misc.Signal;

/**
 * A throwaway Neo4j 5 Community server for development and tests: the embedded DBMS with its Bolt
 * connector on 127.0.0.1 and auth on (user {@code neo4j}). When it accepts connections it prints one
 * line to stdout, {@code NEO4J_URI=bolt://127.0.0.1:<port> NEO4J_USER=neo4j NEO4J_PASSWORD=<password>},
 * and nothing else ever goes to stdout. Ctrl-C or SIGTERM shuts the DBMS down, removes a temporary
 * data folder and exits 0. Run through {@code npm run neo4j} (scripts/neo4j.mjs); see docs/neo4j.md.
 */
public final class Neo4jServer {
  private static final String USAGE = String.join("\n",
      "usage: neo4j-server [--port N] [--data DIR] [--password P] [--pagecache SIZE] [--verbose] [--stop-on-stdin-eof]",
      "  --port N          Bolt port on 127.0.0.1; 0 (the default) picks a free one",
      "  --data DIR        keep the database in DIR between runs (default: a temporary folder, removed at exit)",
      "  --password P      the password of user neo4j (default: a random one, printed)",
      "  --pagecache SIZE  page cache, e.g. 256m (the default) or 1g",
      "  --verbose         Neo4j's own log at INFO on stderr (default: warnings and errors only)",
      "  --stop-on-stdin-eof  stop when stdin closes (a parent process that dies takes the server with it)");

  /** Where stdout really goes; System.out is pointed at stderr so that no library can write there. */
  private static final PrintStream STDOUT = System.out;

  private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private Neo4jServer() {}

  public static void main(String[] args) {
    System.setOut(System.err);
    int port = 0;
    Path data = null;
    String password = null;
    long pagecache = 256L << 20;
    boolean verbose = false;
    boolean stopOnStdinEof = false;
    try {
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--port" -> port = parsePort(value(args, ++i, arg));
          case "--data" -> data = Path.of(value(args, ++i, arg)).toAbsolutePath().normalize();
          case "--password" -> password = value(args, ++i, arg);
          case "--pagecache" -> pagecache = parseSize(value(args, ++i, arg));
          case "--verbose" -> verbose = true;
          case "--stop-on-stdin-eof" -> stopOnStdinEof = true;
          case "--help", "-h" -> {
            System.err.println(USAGE);
            System.exit(0);
          }
          default -> throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      // The line printed is meant for `eval "export <line>"`: nothing a shell would interpret.
      if (password != null && !password.matches("[A-Za-z0-9._~@%+=:,/-]+")) {
        throw new IllegalArgumentException("--password: use letters, digits and . _ ~ @ % + = : , / - only");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("neo4j: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    if (password == null) password = randomPassword();
    if (stopOnStdinEof) {
      Thread watch = new Thread(() -> {
        try {
          while (System.in.read() != -1) {
            // discard
          }
        } catch (IOException ignored) {
          // closed
        }
        System.exit(0);
      }, "stdin-eof");
      watch.setDaemon(true);
      watch.start();
    }

    try {
      run(port, data, password, pagecache, verbose);
    } catch (Throwable e) {
      if (stopping) return; // stopped while starting: the shutdown hook cleans up, and exits 0
      System.err.println("neo4j: cannot start: " + (e instanceof IllegalStateException ? e.getMessage() : describe(e)));
      if (verbose) e.printStackTrace();
      System.exit(1); // the shutdown hook stops what started and removes a temporary folder
    }
  }

  // Set by run() and read by the shutdown hook, which a signal may run at any point of the start.
  private static volatile DatabaseManagementService dbms;
  private static volatile boolean stopping;
  private static final CountDownLatch SETTLED = new CountDownLatch(1); // the DBMS is built, or failed to

  private static void run(int requestedPort, Path data, String password, long pagecache, boolean verbose) throws Exception {
    boolean temporary = data == null;
    Path home = temporary ? Files.createTempDirectory("resgraph-neo4j-") : Files.createDirectories(data);
    Log4jLogProvider userLog = new Log4jLogProvider(System.err, verbose ? Level.INFO : Level.WARN);

    // Installed before anything starts, so that a stop asked for while starting still cleans up.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stopping = true;
      try {
        SETTLED.await(120, TimeUnit.SECONDS);
        if (dbms != null) dbms.shutdown();
      } catch (Throwable e) {
        System.err.println("neo4j: shutdown: " + describe(e));
      }
      userLog.close();
      if (temporary) deleteTree(home);
      System.err.println("neo4j: stopped");
    }, "neo4j-shutdown"));
    // SIGTERM and Ctrl-C end the JVM with status 143 or 130 by default; a stop asked for is a clean
    // exit, so exit 0 instead, which runs the shutdown hook just the same.
    for (String name : new String[] {"TERM", "INT", "HUP"}) {
      try {
        Signal.handle(new Signal(name), signal -> System.exit(0));
      } catch (IllegalArgumentException e) {
        // a signal this platform does not have (HUP on Windows)
      }
    }

    try {
      int port = requestedPort;
      // With --port 0 a free port is picked here, so that the advertised address (which neo4j://
      // routing hands back to drivers) is the real one; another process may take it before Neo4j
      // binds, so retry.
      for (int attempt = 1; dbms == null && !stopping; attempt++) {
        if (requestedPort == 0) port = freePort();
        try {
          dbms = builder(home, port, pagecache, userLog).build();
        } catch (RuntimeException e) {
          if (!causedBy(e, BindException.class)) throw e;
          if (requestedPort != 0 || attempt >= 5) {
            throw new IllegalStateException("127.0.0.1:" + port + " is in use (try another --port, or --port 0 for any free one)", e);
          }
        }
      }
    } finally {
      SETTLED.countDown();
    }
    if (stopping) return;

    setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    int bound = ((GraphDatabaseAPI) db).getDependencyResolver()
        .resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT)
        .getPort();
    db.executeTransactionally("RETURN 1"); // Cypher warmed up and the default database online

    System.err.println("neo4j: Neo4j " + org.neo4j.kernel.internal.Version.getNeo4jVersion() + " Community, "
        + (temporary ? "temporary database in " + home + " (removed at exit)" : "database in " + home)
        + "; Ctrl-C to stop");
    if (stopping) return;
    STDOUT.println("NEO4J_URI=bolt://127.0.0.1:" + bound + " NEO4J_USER=neo4j NEO4J_PASSWORD=" + password);
    STDOUT.flush();

    Thread.currentThread().join(); // until a signal runs the shutdown hook and the JVM exits 0
  }

  private static DatabaseManagementServiceBuilder builder(Path home, int port, long pagecache, Log4jLogProvider userLog) {
    SocketAddress bolt = new SocketAddress("127.0.0.1", port);
    return new DatabaseManagementServiceBuilder(home)
        .setUserLogProvider(userLog)
        .setConfig(Map.ofEntries(
            Map.entry(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1")),
            Map.entry(GraphDatabaseSettings.default_advertised_address, new SocketAddress("127.0.0.1")),
            Map.entry(BoltConnector.enabled, true),
            Map.entry(BoltConnector.listen_address, bolt),
            Map.entry(BoltConnector.advertised_address, bolt),
            Map.entry(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED),
            // Netty waits a quiet period of 5 s per event loop group at shutdown (10 s in all): none.
            Map.entry(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0),
            Map.entry(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5)),
            Map.entry(GraphDatabaseSettings.auth_enabled, true),
            // A development server: any non-empty password (the server's default minimum is 8).
            Map.entry(GraphDatabaseSettings.auth_minimum_password_length, 1),
            // No server-side routing connector (it would listen on a second port, 7688).
            Map.entry(GraphDatabaseSettings.routing_enabled, false),
            Map.entry(GraphDatabaseSettings.pagecache_memory, pagecache),
            Map.entry(GraphDatabaseSettings.debug_log_enabled, false),
            Map.entry(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF),
            Map.entry(GraphDatabaseSettings.udc_enabled, false),
            Map.entry(GraphDatabaseSettings.preallocate_logical_logs, false),
            Map.entry(GraphDatabaseSettings.keep_logical_logs, "keep_none"),
            Map.entry(GraphDatabaseSettings.check_point_interval_time, Duration.ofMinutes(5))));
  }

  /**
   * User neo4j starts with password "neo4j", to be changed at first login; set ours instead, with no
   * change required. Run through the embedded API, which needs no credentials, before the URI is
   * printed. With --data and the same --password as last time, Neo4j refuses to "change" it to itself.
   */
  private static void setPassword(GraphDatabaseService system, String password) {
    try {
      system.executeTransactionally("ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", password));
    } catch (RuntimeException e) {
      if (!messages(e).contains("cannot be the same")) throw e;
      system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
    return args[i];
  }

  private static int parsePort(String s) {
    try {
      int port = Integer.parseInt(s);
      if (port >= 0 && port <= 65535) return port;
    } catch (NumberFormatException ignored) {
      // below
    }
    throw new IllegalArgumentException("--port: not a port number: " + s);
  }

  private static long parseSize(String s) {
    var m = java.util.regex.Pattern.compile("(\\d+)([kmg]?)b?", java.util.regex.Pattern.CASE_INSENSITIVE).matcher(s.trim());
    if (!m.matches()) throw new IllegalArgumentException("--pagecache: not a size (e.g. 256m, 1g): " + s);
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "k" -> n << 10;
      case "m" -> n << 20;
      case "g" -> n << 30;
      default -> n;
    };
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder(20);
    for (int i = 0; i < 20; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    return sb.toString();
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) return true;
    }
    return false;
  }

  private static String messages(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) sb.append(t.getMessage()).append('\n');
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** The deepest message in the cause chain, which is where Neo4j says what went wrong. */
  private static String describe(Throwable e) {
    String message = e.toString();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null) message = t.getMessage();
    }
    return message;
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) return;
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      System.err.println("neo4j: could not remove " + root + ": " + e.getMessage());
    }
  }
}
