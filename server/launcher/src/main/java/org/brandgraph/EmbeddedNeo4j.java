// Starts Neo4j Community embedded, with Bolt on loopback, for the Node server that spawned it.
package org.brandgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Protocol with the parent process: one JSON object per line on stdout, prefixed with
 * {@code @@neo4j }. Events: {@code starting}, {@code ready} (with boltPort), {@code error}
 * (with cause and message), {@code stopped}. The parent stops the database by closing stdin
 * (which also happens when the parent dies) or by SIGTERM/SIGINT.
 *
 * <p>Configuration comes from the environment, so that the password never appears in a
 * process listing: NEO4J_EMBEDDED_HOME, NEO4J_EMBEDDED_BOLT_PORT, NEO4J_EMBEDDED_PASSWORD,
 * NEO4J_EMBEDDED_PAGECACHE (bytes), NEO4J_EMBEDDED_TX_TIMEOUT_MS (user transactions),
 * NEO4J_EMBEDDED_READY_TIMEOUT_MS (the whole start, bootstrap included); their defaults are
 * server/config.ts's (NEO4J_DEFAULTS, a unit test compares them). While bootstrapping
 * it may emit {@code retrying} (step, attempt, message) lines.
 */
public final class EmbeddedNeo4j {
  private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
  private static final AtomicBoolean STOPPING = new AtomicBoolean(false);

  private EmbeddedNeo4j() {}

  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    Path home = Path.of(required(env, "NEO4J_EMBEDDED_HOME")).toAbsolutePath();
    int port = Integer.parseInt(env.getOrDefault("NEO4J_EMBEDDED_BOLT_PORT", "7687"));
    String password = required(env, "NEO4J_EMBEDDED_PASSWORD");
    long pageCache = Long.parseLong(env.getOrDefault("NEO4J_EMBEDDED_PAGECACHE", "268435456"));
    long txTimeoutMs = Long.parseLong(env.getOrDefault("NEO4J_EMBEDDED_TX_TIMEOUT_MS", "15000"));
    long readyTimeoutMs =
        Long.parseLong(env.getOrDefault("NEO4J_EMBEDDED_READY_TIMEOUT_MS", "300000"));

    emit("starting", "\"home\":" + json(home.toString()));

    // 1. Pick the port: 0 means any free loopback port; a taken port is reported plainly.
    int boltPort;
    try {
      boltPort = reservePort(port);
    } catch (IOException e) {
      fail("port-in-use", "Bolt port " + port + " on 127.0.0.1 is already in use");
      return;
    }

    // 2. Start the DBMS with Bolt on loopback only, auth on, a transaction timeout.
    DatabaseManagementService dbms;
    try {
      dbms =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
              .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
              .setConfig(
                  BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
              .setConfig(GraphDatabaseSettings.auth_enabled, true)
              .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
              .setConfig(GraphDatabaseSettings.udc_enabled, false)
              .build();
    } catch (RuntimeException e) {
      fail(classify(e), rootMessage(e));
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runnable stop =
        () -> {
          if (STOPPING.compareAndSet(false, true)) {
            try {
              dbms.shutdown();
            } finally {
              emit("stopped", "");
              stopped.countDown();
            }
          }
        };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown"));

    // 3. Set this run's password for the neo4j user (the parent generated it): outside the
    // user-facing transaction timeout, once the system database is available, retrying
    // transient errors within the start budget (a busy machine makes this slower, not fail).
    Bootstrap bootstrap =
        new Bootstrap(
            readyTimeoutMs,
            (attempt, reason) ->
                emit(
                    "retrying",
                    "\"step\":\"password\",\"attempt\":" + attempt + ",\"message\":" + json(reason)));
    try {
      bootstrap.setPassword(dbms, password);
    } catch (Bootstrap.DeadlineException e) {
      fail(
          "ready-timeout",
          "the password could not be set within " + readyTimeoutMs + " ms: " + e.getMessage(),
          stop);
      return;
    } catch (RuntimeException e) {
      fail("auth-setup", rootMessage(e), stop);
      return;
    }

    // 4. Only now the user-facing transaction timeout: Neo4j's own start-up transactions (the
    // system database, security) and the password above must not run under it.
    try {
      ((GraphDatabaseAPI) dbms.database("system"))
          .getDependencyResolver()
          .resolveDependency(Config.class)
          .setDynamic(
              GraphDatabaseSettings.transaction_timeout, Duration.ofMillis(txTimeoutMs), "launcher");
    } catch (RuntimeException e) {
      fail("start-failed", "the transaction timeout could not be set: " + rootMessage(e), stop);
      return;
    }

    emit("ready", "\"boltPort\":" + boltPort);
    awaitParent(stop, stopped);
  }

  /** Waits for the parent: EOF on stdin means it is gone or asks us to stop. */
  private static void awaitParent(Runnable stop, CountDownLatch stopped) {
    Thread watcher =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) != -1) {
                  // Input is ignored; only its end matters.
                }
              } catch (IOException ignored) {
                // A broken pipe means the same as EOF.
              }
              stop.run();
              System.exit(0);
            },
            "parent-watch");
    watcher.setDaemon(true);
    watcher.start();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int reservePort(int port) throws IOException {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  private static String classify(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      String message = String.valueOf(t.getMessage());
      if (name.contains("FileLock") || message.contains("lock")) {
        return "store-locked";
      }
      if (name.contains("BindException") || message.contains("Address already in use")) {
        return "port-in-use";
      }
    }
    return "start-failed";
  }

  private static String rootMessage(Throwable e) {
    return Bootstrap.rootMessage(e);
  }

  private static String required(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isEmpty()) {
      fail("config", "environment variable " + name + " is not set");
      System.exit(2);
    }
    return value;
  }

  private static void fail(String cause, String message) {
    emit("error", "\"cause\":" + json(cause) + ",\"message\":" + json(message));
    System.exit(1);
  }

  /** Reports the error, shuts the started DBMS down, then exits. */
  private static void fail(String cause, String message, Runnable stop) {
    emit("error", "\"cause\":" + json(cause) + ",\"message\":" + json(message));
    stop.run();
    System.exit(1);
  }

  private static void emit(String event, String fields) {
    String body = "\"event\":" + json(event) + (fields.isEmpty() ? "" : "," + fields);
    OUT.println("@@neo4j {" + body + "}");
  }

  private static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
