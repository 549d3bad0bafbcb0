package io.perennial.realestate;

import io.perennial.basics.Checks;

/**
 * Who is alive in each year of a path, for streams paid for life: the holder's age now, and the
 * number of years (from year 0) in which the holder and the survivor are alive. Streams that do
 * not depend on lives (royalties) ignore it.
 *
 * @param age the holder's age in year 0, 0–120
 * @param holderYears the years 0 … holderYears − 1 in which the holder is alive, ≥ 0
 * @param survivorYears the years 0 … survivorYears − 1 in which the survivor (a spouse) is alive,
 *     0 when there is none
 */
public record Lives(int age, int holderYears, int survivorYears) {

  public Lives {
    Checks.check(age >= 0 && age <= 120, "age must lie between 0 and 120, got " + age);
    Checks.nonNegative(holderYears, "years the holder lives");
    Checks.nonNegative(survivorYears, "years the survivor lives");
  }

  /** A holder of {@code age} alive for {@code years} years, no survivor. */
  public static Lives single(int age, int years) {
    return new Lives(age, years, 0);
  }

  /** A holder of {@code age} alive for {@code holderYears} years and a survivor alive for {@code survivorYears}. */
  public static Lives couple(int age, int holderYears, int survivorYears) {
    return new Lives(age, holderYears, survivorYears);
  }

  /** For streams that do not depend on lives. */
  public static Lives none() {
    return new Lives(0, 0, 0);
  }
}
