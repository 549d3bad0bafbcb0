package io.perennial.storage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The repository tests on SQLite. */
class SqliteStoreTest extends StoreContract {

  @Override
  String newLocation() {
    return TestStores.sqlite(dir);
  }

  @Test
  void aMissingStoreIsNotCreatedByReadingCommands() {
    assertThatThrownBy(() -> Store.open(dir.resolve("none.db").toString(), false))
        .hasMessageContaining("no store here yet").hasMessageContaining("perennial import FILE --store");
  }
}
