/** Market data: price, dividend, return and inflation series, snapshots and capital-market assumptions. */
package io.perennial.market;
