package io.perennial.estimate;

/**
 * The regular distributions of one complete calendar year.
 *
 * @param year the calendar year
 * @param total the sum of its regular payments per share (specials excluded)
 * @param payments how many regular payments went ex that year
 */
public record AnnualDistribution(int year, double total, int payments) {}
