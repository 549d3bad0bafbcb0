package io.perennial.tax;

import io.perennial.domain.Identified;
import io.perennial.domain.IncomeCharacter;
import java.util.Optional;

/**
 * A kind of household income for the tax calculator. The kinds are DISJOINT amounts: a dollar
 * belongs to exactly one kind. In particular {@link #ORDINARY_DIVIDENDS} are the non-qualified,
 * non-REIT dividends only (Form 1099-DIV box 1a less boxes 1b and 5), {@link #QUALIFIED_DIVIDENDS}
 * the qualified part (box 1b) and {@link #REIT_DIVIDENDS} the section 199A dividends (box 5).
 */
public enum IncomeKind implements Identified {
  /**
   * Wages, pensions and any other income taxed at ordinary rates and by the state (traditional
   * IRA/401(k) withdrawals may be given here or, when the state may exempt them, as
   * {@link #RETIREMENT_WITHDRAWALS}). Not Social Security benefits: give those as
   * {@link #SOCIAL_SECURITY}.
   */
  ORDINARY("ordinary", false),
  /**
   * Taxable withdrawals from traditional IRAs and employer retirement plans (401(k), 403(b)),
   * required minimum distributions included: ordinary income federally; exempt from state tax when
   * the state exempts them ({@link TaxFiler.StateExemptions#retirementWithdrawalsExempt()}).
   */
  RETIREMENT_WITHDRAWALS("retirement-withdrawals", false),
  /**
   * Social Security benefits, gross (Form SSA-1099 box 5): up to 85 % taxable by the Publication
   * 915 worksheet (IRC 86); in the state base only when the state taxes benefits.
   */
  SOCIAL_SECURITY("social-security", false),
  /** Interest taxed federally and by the state (bank, corporate bonds). */
  TAXABLE_INTEREST("taxable-interest", false),
  /** US Treasury interest: taxed federally, exempt from state tax. */
  TREASURY_INTEREST("treasury-interest", false),
  /** Municipal bond interest: exempt federally; taxed by the state unless in-state. */
  MUNI_INTEREST("muni-interest", false),
  /** Non-qualified ordinary dividends (excluding qualified and REIT dividends). */
  ORDINARY_DIVIDENDS("ordinary-dividends", false),
  /** Qualified dividends: taxed at the capital-gain rates. */
  QUALIFIED_DIVIDENDS("qualified-dividends", false),
  /** Qualified REIT (section 199A) dividends: ordinary rates less the 20 % deduction. */
  REIT_DIVIDENDS("reit-dividends", false),
  /** Net long-term capital gain (or loss, negative), capital-gain distributions included. */
  LONG_TERM_GAINS("long-term-gains", true),
  /** Net short-term capital gain (or loss, negative). */
  SHORT_TERM_GAINS("short-term-gains", true),
  /** Net rental income after expenses and depreciation (a loss is negative). */
  RENTAL("rental", true),
  /** Royalties (net). */
  ROYALTIES("royalties", false);

  private final String id;
  private final boolean mayBeNegative;

  IncomeKind(String id, boolean mayBeNegative) {
    this.id = id;
    this.mayBeNegative = mayBeNegative;
  }

  /** The id used on the command line ({@code qualified-dividends}). */
  @Override
  public String id() {
    return id;
  }

  /** True for net gains and rental income, which can be losses; every other kind is zero or more. */
  public boolean mayBeNegative() {
    return mayBeNegative;
  }

  public static IncomeKind parse(String text) {
    return Identified.parse(IncomeKind.class, text, "income kind");
  }

  /**
   * The kind an asset distribution of {@code character} is taxed as, or empty for return of
   * capital (not taxed when paid). Capital-gain distributions are long-term gains.
   */
  public static Optional<IncomeKind> of(IncomeCharacter character) {
    switch (character) {
      case QUALIFIED_DIVIDEND:
        return Optional.of(QUALIFIED_DIVIDENDS);
      case ORDINARY_DIVIDEND:
        return Optional.of(ORDINARY_DIVIDENDS);
      case REIT_DIVIDEND:
        return Optional.of(REIT_DIVIDENDS);
      case TAXABLE_INTEREST:
        return Optional.of(TAXABLE_INTEREST);
      case TREASURY_INTEREST:
        return Optional.of(TREASURY_INTEREST);
      case MUNI_INTEREST:
        return Optional.of(MUNI_INTEREST);
      case CAPITAL_GAIN_DISTRIBUTION:
        return Optional.of(LONG_TERM_GAINS);
      case RENTAL_NET_INCOME:
        return Optional.of(RENTAL);
      case ROYALTY:
        return Optional.of(ROYALTIES);
      case RETURN_OF_CAPITAL:
        return Optional.empty();
      default:
        throw new IllegalArgumentException("no income kind for " + character);
    }
  }
}
