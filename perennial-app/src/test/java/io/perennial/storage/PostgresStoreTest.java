package io.perennial.storage;

/** The repository tests on PostgreSQL (skipped when no test server answers; .ci/run starts one). */
class PostgresStoreTest extends StoreContract {

  @Override
  String newLocation() {
    return TestStores.postgres();
  }

  @Override
  void dispose(String where) {
    TestStores.dropPostgres(where);
  }
}
