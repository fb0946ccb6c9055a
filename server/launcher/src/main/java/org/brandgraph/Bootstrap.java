// The launcher's start-up work (the password), done so that a busy machine only makes it slower.
package org.brandgraph;

import java.time.Duration;
import java.util.Map;
import java.util.function.BiConsumer;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.TransientFailureException;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * Bootstrap steps run inside one overall deadline (NEO4J_EMBEDDED_READY_TIMEOUT_MS, which the
 * parent sets from NEO4J_READY_TIMEOUT_MS), never under the user-facing transaction timeout:
 * each transaction gets the time that is left. The system database must be available first;
 * transient errors (Neo4j's TransientError classification, terminated or timed-out
 * transactions) are retried with backoff (250 ms doubling to 5 s).
 */
final class Bootstrap {
  /** Thrown when the deadline passed; the message says what was being waited for. */
  static final class DeadlineException extends RuntimeException {
    DeadlineException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final long deadlineNanos;
  private final BiConsumer<Integer, String> onRetry;

  /**
   * @param timeoutMs the overall budget in milliseconds, from now
   * @param onRetry told (attempt, reason) before each wait, for the parent's log
   */
  Bootstrap(long timeoutMs, BiConsumer<Integer, String> onRetry) {
    this.deadlineNanos = System.nanoTime() + timeoutMs * 1_000_000L;
    this.onRetry = onRetry;
  }

  /**
   * Sets the neo4j user's password. Returns normally when set or already equal (a fixed
   * password from an earlier start); throws a non-transient error at once, or
   * DeadlineException when the budget is spent.
   */
  void setPassword(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database("system");
    long backoffMs = 250;
    RuntimeException last = null;
    for (int attempt = 1; ; attempt++) {
      long remaining = remainingMs();
      if (remaining <= 0) {
        throw new DeadlineException(
            last == null
                ? "the system database did not become available in time"
                : "setting the password kept failing: " + rootMessage(last),
            last);
      }
      try {
        if (!system.isAvailable(Math.min(remaining, 5000))) {
          last = new IllegalStateException("the system database is not available yet");
          onRetry.accept(attempt, last.getMessage());
          continue;
        }
        system.executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
            Map.of("password", password),
            result -> null,
            Duration.ofMillis(Math.max(1000, remainingMs())));
        return;
      } catch (RuntimeException e) {
        if (rootMessage(e).contains("Old password and new password cannot be the same")) {
          return;
        }
        if (!isTransient(e)) {
          throw e;
        }
        last = e;
        onRetry.accept(attempt, rootMessage(e));
        sleep(Math.min(backoffMs, Math.max(0, remainingMs())));
        backoffMs = Math.min(backoffMs * 2, 5000);
      }
    }
  }

  private long remainingMs() {
    return (deadlineNanos - System.nanoTime()) / 1_000_000L;
  }

  /** Worth retrying: Neo4j says transient, or the transaction was terminated or timed out. */
  static boolean isTransient(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TransientFailureException) {
        return true;
      }
      if (t instanceof Status.HasStatus has) {
        Status.Code code = has.status().code();
        if (code.classification() == Status.Classification.TransientError) {
          return true;
        }
        String name = code.serialize();
        if (name.contains("Terminated") || name.contains("TimedOut")) {
          return true;
        }
      }
      String type = t.getClass().getSimpleName();
      if (type.contains("DatabaseShutdown") || type.contains("Unavailable")) {
        return true;
      }
    }
    return false;
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
