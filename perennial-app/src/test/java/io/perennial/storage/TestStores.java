package io.perennial.storage;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Stores for tests: a SQLite file in a temporary folder, or a fresh schema of the PostgreSQL test
 * database. The server is {@code PERENNIAL_TEST_PG} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/perennial_test?user=perennial&password=perennial}, which
 * {@code .ci/run} creates); PostgreSQL tests are skipped (a JUnit assumption) when it cannot be reached.
 */
public final class TestStores {

  /** The test server's URL. */
  public static final String POSTGRES_URL = System.getenv().getOrDefault("PERENNIAL_TEST_PG",
      "jdbc:postgresql://127.0.0.1:5432/perennial_test?user=perennial&password=perennial");

  private TestStores() {}

  /** A new SQLite store location in {@code dir}. */
  public static String sqlite(Path dir) {
    return dir.resolve("perennial-" + UUID.randomUUID() + ".db").toString();
  }

  /** True when the PostgreSQL test server answers. */
  public static boolean postgresReachable() {
    try (Connection connection = DriverManager.getConnection(POSTGRES_URL + "&connectTimeout=3")) {
      return connection.isValid(3);
    } catch (SQLException e) {
      return false;
    }
  }

  /** A URL of a new, empty schema of the test database; skips the test when the server is not there. */
  public static String postgres() {
    boolean reachable = postgresReachable();
    if (!reachable && "1".equals(System.getenv("PERENNIAL_REQUIRE_POSTGRES"))) {
      throw new AssertionError("no PostgreSQL test server at " + POSTGRES_URL + ", and PERENNIAL_REQUIRE_POSTGRES=1 (CI) requires one");
    }
    assumeTrue(reachable, "no PostgreSQL test server at " + POSTGRES_URL + " (.ci/run starts one)");
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection connection = DriverManager.getConnection(POSTGRES_URL); Statement s = connection.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema " + schema + ": " + e.getMessage(), e);
    }
    return POSTGRES_URL + "&currentSchema=" + schema;
  }

  /** Drops the schema of a URL made by {@link #postgres()} (nothing when the test was skipped before it had one). */
  public static void dropPostgres(String url) {
    if (url == null) {
      return;
    }
    int at = url.indexOf("&currentSchema=");
    if (at < 0) {
      return;
    }
    String schema = url.substring(at + "&currentSchema=".length());
    try (Connection connection = DriverManager.getConnection(POSTGRES_URL); Statement s = connection.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      // best effort: a left-over schema is harmless
    }
  }
}
