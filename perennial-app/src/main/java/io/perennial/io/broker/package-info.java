/**
 * Broker exports read into transactions, positions and cash: Fidelity, Schwab, Vanguard, OFX/QFX,
 * Interactive Brokers Flex XML and a documented generic CSV, each told from its content; rows that
 * cannot be read are reported with their line and why, and the rest loads.
 */
package io.perennial.io.broker;
