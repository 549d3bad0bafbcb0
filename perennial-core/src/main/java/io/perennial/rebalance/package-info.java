/** Rebalancing: target policies with tolerance bands, drift, and the trades that bring the household back (cash flows first, least tax). */
package io.perennial.rebalance;
