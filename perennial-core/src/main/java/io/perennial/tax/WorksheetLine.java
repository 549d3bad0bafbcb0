package io.perennial.tax;

import java.math.BigDecimal;

/**
 * One line of a worksheet as the IRS numbers it.
 *
 * @param number the line number on the IRS worksheet
 * @param label what the line holds
 * @param amount its value in dollars, rounded to the cent
 */
public record WorksheetLine(int number, String label, BigDecimal amount) {}
