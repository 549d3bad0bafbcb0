/**
 * The ledger of what an account did: holdings and lots rebuilt from transactions, their check
 * against a broker's positions, income received and the next twelve months of income forecast.
 * Pure engine code (no I/O, no clock: every date is an argument).
 */
package io.perennial.ledger;
