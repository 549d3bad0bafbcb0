package io.perennial.tax;

import java.math.BigDecimal;

/**
 * The part of an amount that falls in one bracket, and the tax on it.
 *
 * @param floor where the bracket starts (dollars)
 * @param ceiling where it ends (dollars), or null for the top bracket
 * @param rate the bracket's rate, a fraction
 * @param amount dollars of the taxed amount inside the bracket
 * @param tax {@code amount × rate}, dollars
 */
public record BracketSlice(BigDecimal floor, BigDecimal ceiling, BigDecimal rate, BigDecimal amount, BigDecimal tax) {}
