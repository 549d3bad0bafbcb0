/**
 * The store: accounts, assets, transactions, reported positions and cash, prices, lots and declared
 * dividends in SQLite (a file, the default) or PostgreSQL (a JDBC URL), schema by numbered Flyway
 * migrations, money as exact decimals. See docs/store.md.
 */
package io.perennial.storage;
