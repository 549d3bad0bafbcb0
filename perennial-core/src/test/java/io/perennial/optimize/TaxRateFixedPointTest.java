package io.perennial.optimize;

import static io.perennial.optimize.LocationFixtures.account;
import static io.perennial.optimize.LocationFixtures.map;
import static io.perennial.optimize.LocationFixtures.rates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import io.perennial.domain.AccountType;
import io.perennial.domain.FilingStatus;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.optimize.TaxRateFixedPoint.Ending;
import io.perennial.optimize.TaxRateFixedPoint.Outcome;
import io.perennial.tax.AccountTaxRates;
import io.perennial.tax.HouseholdIncome;
import io.perennial.tax.IncomeKind;
import io.perennial.tax.TaxFiler;
import io.perennial.tax.TaxRules;
import io.perennial.tax.TaxYearRules;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The rounds that make the taxable accounts' rates consistent with the answer, on the hand-worked
 * household of {@code LocationOptimizerTest}: single filer, 2025 rules, wages $40,000; taxable
 * $300,000 and Roth $200,000, fixed 50/50 BOND (interest, yield 4 %) / STOCK (qualified dividends,
 * 2 %). The Roth holds BOND at any rates that tax interest more than dividends, so the answer puts
 * interest $2,000 and dividends $5,000 in the taxable account: taxable income 40,000 − 15,750 +
 * 7,000 = 31,250, interest taxed 12 % and qualified dividends 0 %.
 */
class TaxRateFixedPointTest {

  private static final TaxFiler FILER = TaxFiler.of(FilingStatus.SINGLE);
  private static final TaxYearRules RULES = TaxRules.forYear(2025);
  private static final HouseholdIncome WAGES = HouseholdIncome.of(IncomeKind.ORDINARY, "40000");
  private static final LocationOptimizer OPTIMIZER = new LocationOptimizer();

  private static LocationProblem problemAt(AccountTaxRates rates) {
    List<CandidateAsset> assets = List.of(
        CandidateAsset.of("BOND", "bonds", IncomeProfile.of(0.04, 0.0)),
        CandidateAsset.of("STOCK", "stocks", IncomeProfile.of(0.02, 0.05)));
    AllocationProblem household = AllocationProblem.builder(assets, new double[] {0.04, 0.08}, Fixtures.diagonal(0.05, 0.15))
        .build();
    return LocationProblem.builder(household,
            List.of(account("taxable", AccountType.TAXABLE, 300_000), account("roth", AccountType.TAX_FREE, 200_000)), rates)
        .incomeMixes(Map.of(AssetId.of("BOND"), IncomeMix.of(IncomeCharacter.TAXABLE_INTEREST),
            AssetId.of("STOCK"), IncomeMix.of(IncomeCharacter.QUALIFIED_DIVIDEND)))
        .fixedAllocation(map("BOND", 0.5, "STOCK", 0.5))
        .build();
  }

  private static Outcome<LocationResult> solve(LocationProblem problem, AtomicInteger solves, int maxRounds) {
    Function<LocationProblem, LocationResult> counted = p -> {
      solves.incrementAndGet();
      return OPTIMIZER.optimize(p);
    };
    return TaxRateFixedPoint.solve(problem, counted, r -> r, LocationResult::hasAllocation, WAGES, FILER, RULES, maxRounds);
  }

  @Test
  void ratesAtTheAnswersIncomeAreConsistentInTheFirstRound() {
    AtomicInteger solves = new AtomicInteger();
    LocationProblem problem = problemAt(AccountTaxRates.at(WAGES, FILER, RULES));

    Outcome<LocationResult> outcome = solve(problem, solves, 4);

    assertThat(outcome.ending()).isEqualTo(Ending.CONSISTENT);
    assertThat(outcome.rounds()).isEqualTo(1);
    assertThat(solves).hasValue(1);
    assertThat(outcome.problem()).isSameAs(problem);
    assertThat(outcome.answer().weight("BOND", "roth")).isCloseTo(0.4, within(1e-9));
  }

  /** Solved first at 30 % / 20 %, the answer's income implies 12 % / 0 %: one more round, then consistent. */
  @Test
  void ratesThatDoNotFitTheAnswerAreRecomputedAndSolvedAgain() {
    AtomicInteger solves = new AtomicInteger();

    Outcome<LocationResult> outcome = solve(problemAt(rates(0.30, 0.20, 0.0)), solves, 4);

    assertThat(outcome.ending()).isEqualTo(Ending.CONSISTENT);
    assertThat(outcome.rounds()).isEqualTo(2);
    assertThat(solves).hasValue(2);
    assertThat(outcome.problem().taxRates().taxable().get(IncomeCharacter.TAXABLE_INTEREST)).isCloseTo(0.12, within(1e-12));
    assertThat(outcome.problem().taxRates().taxable().get(IncomeCharacter.QUALIFIED_DIVIDEND)).isCloseTo(0.0, within(1e-12));
  }

  /** With one round allowed, the rates that still moved are reported and the problem stays at its first rates. */
  @Test
  void theLastRoundsAnswerIsKeptWhenTheRatesStillMove() {
    AtomicInteger solves = new AtomicInteger();
    LocationProblem problem = problemAt(rates(0.30, 0.20, 0.0));

    Outcome<LocationResult> outcome = solve(problem, solves, 1);

    assertThat(outcome.ending()).isEqualTo(Ending.STILL_MOVING);
    assertThat(outcome.rounds()).isEqualTo(1);
    assertThat(solves).hasValue(1);
    assertThat(outcome.problem()).isSameAs(problem);
    assertThat(outcome.alternation()).isNull();
  }

  @Test
  void aSolveWithoutAnAnswerEndsTheRounds() {
    AtomicInteger solves = new AtomicInteger();
    Function<LocationProblem, LocationResult> counted = p -> {
      solves.incrementAndGet();
      return OPTIMIZER.optimize(p);
    };

    Outcome<LocationResult> outcome = TaxRateFixedPoint.solve(problemAt(rates(0.30, 0.20, 0.0)), counted, r -> r,
        r -> false, WAGES, FILER, RULES, 4);

    assertThat(outcome.ending()).isEqualTo(Ending.NO_ANSWER);
    assertThat(solves).hasValue(1);
  }
}
