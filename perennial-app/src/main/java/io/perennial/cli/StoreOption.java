package io.perennial.cli;

import io.perennial.storage.Store;
import picocli.CommandLine.Option;

/**
 * The {@code --store} option of the store commands: a SQLite file or a {@code jdbc:postgresql://…}
 * URL; by default {@code $PERENNIAL_STORE}, else {@code perennial.db} in the current folder.
 */
final class StoreOption {

  @Option(names = "--store", paramLabel = "S",
      description = "The store: a SQLite file or a jdbc:postgresql://HOST/DB URL (default: $PERENNIAL_STORE, else ./perennial.db).")
  String store;

  /** The location given, or the default. */
  String location() {
    if (store != null && !store.isBlank()) {
      return store;
    }
    String fromEnvironment = System.getenv("PERENNIAL_STORE");
    return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : Store.DEFAULT_FILE;
  }

  Store open(boolean create) {
    return Store.open(location(), create);
  }
}
