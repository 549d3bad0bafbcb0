package io.perennial.storage;

import io.perennial.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Where the store lives and how to reach it: a SQLite file (the default, {@code perennial.db}) or a
 * PostgreSQL database named by a JDBC URL ({@code jdbc:postgresql://127.0.0.1/perennial}; the user
 * and password come from the URL or else from {@code PGUSER} and {@code PGPASSWORD}). Opening a
 * store brings its schema up to date with the numbered Flyway migrations in
 * {@code db/migration}.
 */
public final class Store {

  /** The file name of the default store. */
  public static final String DEFAULT_FILE = "perennial.db";

  /** Flyway logs through java.util.logging; only its warnings are shown (a strong reference keeps the level). */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(Level.WARNING);
  }

  private final String location;
  private final String url;
  private final Properties properties;
  private final Dialect dialect;

  private Store(String location, String url, Properties properties, Dialect dialect) {
    this.location = location;
    this.url = url;
    this.properties = properties;
    this.dialect = dialect;
  }

  /** The default store of a plan file: {@code perennial.db} in the plan's folder. */
  public static Path besidePlan(Path planFile) {
    Path parent = planFile.toAbsolutePath().getParent();
    return parent == null ? Path.of(DEFAULT_FILE) : parent.resolve(DEFAULT_FILE);
  }

  /**
   * Opens the store at {@code location} (a path, a {@code jdbc:sqlite:} URL or a
   * {@code jdbc:postgresql:} URL) and migrates its schema.
   *
   * @param create whether a missing SQLite file may be created (imports); reading commands pass
   *     false and get an error that says to import first
   */
  public static Store open(String location, boolean create) {
    Store store = locate(location, create);
    store.migrate();
    return store;
  }

  private static Store locate(String location, boolean create) {
    if (location == null || location.isBlank()) {
      location = DEFAULT_FILE;
    }
    if (location.startsWith("jdbc:postgresql:")) {
      Properties properties = new Properties();
      if (!location.contains("user=") && System.getenv("PGUSER") != null) {
        properties.setProperty("user", System.getenv("PGUSER"));
      }
      if (!location.contains("password=") && System.getenv("PGPASSWORD") != null) {
        properties.setProperty("password", System.getenv("PGPASSWORD"));
      }
      properties.setProperty("reWriteBatchedInserts", "true");
      return new Store(location, location, properties, Dialect.POSTGRESQL);
    }
    if (location.startsWith("jdbc:") && !location.startsWith("jdbc:sqlite:")) {
      throw new InputException("--store " + location, "unknown kind of database",
          "give a file path (SQLite) or a jdbc:postgresql://HOST/DATABASE URL");
    }
    Path file = Path.of(location.startsWith("jdbc:sqlite:") ? location.substring("jdbc:sqlite:".length()) : location);
    if (Files.isDirectory(file)) {
      throw new InputException(file.toString(), "is a folder, not a store", "name a file, e.g. " + file.resolve(DEFAULT_FILE));
    }
    if (!Files.exists(file)) {
      if (!create) {
        throw new InputException(file.toString(), "no store here yet",
            "import a broker file first: perennial import FILE --store " + file);
      }
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new InputException(file.toString(), "the folder " + parent + " does not exist", "create it or name another path");
      }
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(30_000);
    config.setCacheSize(-65_536); // 64 MiB of page cache: the hash index of a large import stays in memory
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    return new Store(file.toString(), "jdbc:sqlite:" + file, config.toProperties(), Dialect.SQLITE);
  }

  /** Where the store is, for messages: the file, or the URL without a password. */
  public String location() {
    return location.replaceAll("password=[^&]*", "password=***");
  }

  /** True for PostgreSQL. */
  public boolean isPostgres() {
    return dialect == Dialect.POSTGRESQL;
  }

  Dialect dialect() {
    return dialect;
  }

  /** A new connection (the caller closes it). */
  public Connection connect() {
    try {
      return DriverManager.getConnection(url, properties);
    } catch (SQLException e) {
      throw unreachable(e);
    }
  }

  private InputException unreachable(Exception e) {
    return new InputException("--store " + location(), "cannot open the store: " + firstLine(e.getMessage()),
        dialect == Dialect.POSTGRESQL
            ? "check that the server runs and the URL, user (PGUSER) and password (PGPASSWORD) are right"
            : "check that the file is a Perennial store and that you may write to it", e);
  }

  private void migrate() {
    try {
      Flyway.configure()
          .dataSource(dataSource())
          .locations("classpath:db/migration")
          .placeholders(dialect.placeholders())
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw unreachable(e);
    }
  }

  private DataSource dataSource() {
    if (dialect == Dialect.SQLITE) {
      SQLiteConfig config = new SQLiteConfig(properties);
      SQLiteDataSource source = new SQLiteDataSource(config);
      source.setUrl(url);
      return source;
    }
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setURL(url);
    if (properties.getProperty("user") != null) {
      source.setUser(properties.getProperty("user"));
    }
    if (properties.getProperty("password") != null) {
      source.setPassword(properties.getProperty("password"));
    }
    return source;
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unknown error";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
