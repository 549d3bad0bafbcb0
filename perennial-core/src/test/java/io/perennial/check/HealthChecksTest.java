package io.perennial.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.check.CheckInput.Distribution;
import io.perennial.check.CheckInput.Income;
import io.perennial.check.CheckInput.Position;
import io.perennial.check.CheckInput.ReceivedYear;
import io.perennial.check.Figures.HarvestableLossFigures;
import io.perennial.domain.AccountType;
import io.perennial.domain.Asset;
import io.perennial.domain.AssetClass;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.domain.Lot;
import io.perennial.estimate.DividendSafety;
import io.perennial.rebalance.Drift;
import io.perennial.rebalance.Target;
import io.perennial.rebalance.TargetPolicy;
import io.perennial.tax.WashSaleRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each check tripped by a household just past its threshold, and quiet on one just short of it. */
class HealthChecksTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private static final Income NO_SHORTFALL = new Income(Money.usd("60000"), Money.ZERO_USD, Money.usd("60000"), true, 0.03, 0.025);

  private final List<Position> positions = new ArrayList<>();
  private Optional<Drift> drift = Optional.empty();
  private Map<AssetId, DividendSafety> safety = Map.of();
  private Income income = NO_SHORTFALL;
  private List<ReceivedYear> received = List.of();
  private List<Distribution> distributions = List.of();
  private List<WashSaleRule.Purchase> purchases = List.of();

  private static Asset asset(String id, AssetClass assetClass, String sector, String issuer) {
    return new Asset(AssetId.of(id), id, assetClass, sector, issuer, IncomeMix.of(IncomeCharacter.QUALIFIED_DIVIDEND));
  }

  /** A fund (or a stock when {@code stock}) worth {@code value} at $1 a unit, in an IRA. */
  private HealthChecksTest hold(String id, AssetClass assetClass, String value, boolean stock) {
    positions.add(new Position("ira", AccountType.TAX_DEFERRED, asset(id, assetClass, "", stock ? id + " Inc" : ""), stock,
        new BigDecimal(value), Money.usd("1"), Money.usd(value), List.of()));
    return this;
  }

  private List<HealthIssue> issues() {
    CheckInput input = new CheckInput(TODAY, positions, drift, safety, Optional.of(income), received, distributions, purchases,
        Map.of(AssetId.of("VTI"), AssetId.of("ITOT")), WashSaleRule.SubstantiallyIdentical.sameAssetOnly(), 0.15, 0.24);
    return HealthChecks.run(input, CheckSettings.DEFAULTS);
  }

  private List<HealthIssue> issues(IssueCode code) {
    return issues().stream().filter(i -> i.code() == code).toList();
  }

  /** A household of many small funds: nothing concentrated. */
  private HealthChecksTest diversified(int funds, String each) {
    AssetClass[] classes = {AssetClass.US_STOCKS, AssetClass.INTERMEDIATE_TREASURIES, AssetClass.REITS, AssetClass.TIPS,
        AssetClass.CORPORATE_BONDS};
    for (int i = 0; i < funds; i++) {
      hold("F" + i, classes[i % classes.length], each, false);
    }
    return this;
  }

  /** 50/50 policy, ±5 points: stocks at 55.01 % and bonds at 44.99 % both drift, at 55.00 / 45.00 % they do not. */
  @Test
  void drift() {
    TargetPolicy policy = new TargetPolicy(List.of(Target.ofClass(AssetClass.US_STOCKS, 0.5),
        Target.ofClass(AssetClass.INTERMEDIATE_TREASURIES, 0.5)));
    hold("S", AssetClass.US_STOCKS, "55010", false).hold("B", AssetClass.INTERMEDIATE_TREASURIES, "44990", false);
    drift = Optional.of(Drift.of(policy, toRebalance()));
    List<HealthIssue> tripped = issues(IssueCode.DRIFT);
    assertThat(tripped).extracting(i -> i.subject().id()).containsExactly("us-stocks", "intermediate-treasuries");
    assertThat(tripped.get(0).fix().amount()).isEqualTo(Money.usd("10.00")); // 55,010 − 55 % × 100,000
    assertThat(((Figures.DriftFigures) tripped.get(0).figures()).toBandEdge()).isEqualTo(Money.usd("-10.00"));

    positions.clear();
    hold("S", AssetClass.US_STOCKS, "55000", false).hold("B", AssetClass.INTERMEDIATE_TREASURIES, "45000", false);
    drift = Optional.of(Drift.of(policy, toRebalance()));
    assertThat(issues(IssueCode.DRIFT)).isEmpty();
  }

  private List<io.perennial.rebalance.Position> toRebalance() {
    return positions.stream().map(p -> new io.perennial.rebalance.Position(p.account(), p.asset().id(), p.asset().assetClass(),
        p.value())).toList();
  }

  /** A fund at 25.01 % of the household trips the 25 % cap; at 25 % it does not. A stock above 10 % (twice its 5 % cap) is critical. */
  @Test
  void concentration() {
    diversified(15, "5000").hold("BIG", AssetClass.US_STOCKS, "25010", false); // 75,000 + 25,010 → 25.007 %
    assertThat(issues(IssueCode.CONCENTRATION)).extracting(i -> i.subject().id()).contains("BIG");

    positions.clear();
    diversified(15, "5000").hold("BIG", AssetClass.US_STOCKS, "25000", false); // 25.000 %
    assertThat(issues(IssueCode.CONCENTRATION)).extracting(i -> i.subject().id()).doesNotContain("BIG");

    positions.clear();
    diversified(18, "5000").hold("ONE", AssetClass.US_STOCKS, "10100", true); // 10,100 / 100,100 = 10.09 %
    HealthIssue stock = issues(IssueCode.CONCENTRATION).stream().filter(i -> i.subject().id().equals("ONE")).findFirst().orElseThrow();
    assertThat(stock.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(((Figures.ConcentrationFigures) stock.figures()).scope()).isEqualTo(Figures.ConcentrationFigures.Scope.STOCK);
  }

  /** A held asset scored at risk (49) is flagged; one on watch (50) is not; a suspended dividend is critical. */
  @Test
  void dividendSafety() {
    diversified(10, "10000");
    safety = Map.of(AssetId.of("F0"), score(49), AssetId.of("F1"), score(50));
    assertThat(issues(IssueCode.DIVIDEND_SAFETY)).extracting(i -> i.subject().id()).containsExactly("F0");

    safety = Map.of(AssetId.of("F2"), new DividendSafety(AssetId.of("F2"), TODAY, 0, DividendSafety.Rating.SUSPENDED, inputs(),
        List.of()));
    assertThat(issues(IssueCode.DIVIDEND_SAFETY).get(0).severity()).isEqualTo(Severity.CRITICAL);
  }

  private static DividendSafety score(int score) {
    return new DividendSafety(AssetId.of("X"), TODAY, score, score >= 50 ? DividendSafety.Rating.WATCH : DividendSafety.Rating.AT_RISK,
        inputs(), List.of());
  }

  private static DividendSafety.Inputs inputs() {
    return new DividendSafety.Inputs(0.05, 0.04, 0.03, 0.06, 1.25, 0.2, 0, 0, 10, 10, 0, 0.03, 2007, 0, 4, 30);
  }

  /** $50,000 after tax + $9,999.99 other income against $60,000 of spending: short by a cent; + $10,000 it is not. */
  @Test
  void incomeShortfall() {
    diversified(10, "10000");
    income = new Income(Money.usd("50000"), Money.usd("9999.99"), Money.usd("60000"), true, 0.03, 0.025);
    assertThat(issues(IssueCode.INCOME_SHORTFALL)).singleElement()
        .satisfies(i -> assertThat(i.fix().amount()).isEqualTo(Money.usd("0.01")));

    income = new Income(Money.usd("50000"), Money.usd("10000"), Money.usd("60000"), true, 0.03, 0.025);
    assertThat(issues(IssueCode.INCOME_SHORTFALL)).isEmpty();
  }

  /**
   * Received 2022–2025: $40,000 → $43,000 while prices rose 100 → 108: real income (43,000/108) /
   * (40,000/100) − 1 = −0.46 % over 3 years → erosion; $43,200 is exactly flat in real terms → none.
   * Without a ledger, income growth of 2 % against 2.5 % inflation erodes; 2.5 % does not.
   */
  @Test
  void inflationErosion() {
    diversified(10, "10000");
    received = List.of(year(2022, "40000", 100), year(2023, "41000", 104), year(2024, "42000", 106), year(2025, "43000", 108));
    assertThat(issues(IssueCode.INFLATION_EROSION)).singleElement()
        .satisfies(i -> assertThat(((Figures.InflationErosionFigures) i.figures()).source())
            .isEqualTo(Figures.InflationErosionFigures.Source.RECEIVED));
    received = List.of(year(2022, "40000", 100), year(2023, "41000", 104), year(2024, "42000", 106), year(2025, "43200", 108));
    assertThat(issues(IssueCode.INFLATION_EROSION)).isEmpty();

    received = List.of();
    income = new Income(Money.usd("60000"), Money.ZERO_USD, Money.usd("60000"), true, 0.02, 0.025);
    assertThat(issues(IssueCode.INFLATION_EROSION)).hasSize(1);
    income = new Income(Money.usd("60000"), Money.ZERO_USD, Money.usd("60000"), true, 0.025, 0.025);
    assertThat(issues(IssueCode.INFLATION_EROSION)).isEmpty();
  }

  private static ReceivedYear year(int year, String income, double level) {
    return new ReceivedYear(year, Money.usd(income), level);
  }

  /** Drawing $60,000 a year allows 24 months = $120,000 of cash: $120,000.01 drags, $120,000 does not. */
  @Test
  void cashDrag() {
    diversified(10, "50000").hold("CASH", AssetClass.CASH, "120000.01", false);
    assertThat(issues(IssueCode.CASH_DRAG)).singleElement()
        .satisfies(i -> assertThat(i.fix().amount()).isEqualTo(Money.usd("0.01")));
    positions.clear();
    diversified(10, "50000").hold("CASH", AssetClass.CASH, "120000", false);
    assertThat(issues(IssueCode.CASH_DRAG)).isEmpty();
  }

  /**
   * A taxable lot of 100 VTI that cost $20,000, now $189.99 ($18,999): a loss of $1,001 (5.0 % of cost)
   * is worth harvesting (at least $1,000 and 5 %); at $190.01 ($999 of loss) it is not. A purchase of
   * VTI in the IRA 10 days ago would wash it; sold today it may be bought back from 2026-07-02.
   */
  @Test
  void harvestableLoss() {
    diversified(10, "10000");
    positions.add(taxableVti("189.99"));
    purchases = List.of(new WashSaleRule.Purchase("ira", AccountType.TAX_DEFERRED, AssetId.of("VTI"), TODAY.minusDays(10),
        BigDecimal.TEN));
    HealthIssue issue = issues(IssueCode.HARVESTABLE_LOSS).get(0);
    HarvestableLossFigures figures = (HarvestableLossFigures) issue.figures();
    assertThat(figures.loss()).isEqualTo(Money.usd("1001.00"));
    assertThat(figures.washSale()).isTrue();
    assertThat(figures.doNotBuyUntil()).isEqualTo(LocalDate.of(2026, 7, 2));
    assertThat(figures.partner()).contains(AssetId.of("ITOT"));
    assertThat(figures.taxSaved()).isEqualTo(Money.usd("150.15")); // long-term: 1,001 × 15 %

    purchases = List.of();
    assertThat(((HarvestableLossFigures) issues(IssueCode.HARVESTABLE_LOSS).get(0).figures()).washSale()).isFalse();

    positions.remove(positions.size() - 1);
    positions.add(taxableVti("190.01"));
    assertThat(issues(IssueCode.HARVESTABLE_LOSS)).isEmpty();
  }

  private static Position taxableVti(String price) {
    Money p = Money.usd(price);
    return new Position("joint", AccountType.TAXABLE, asset("VTI", AssetClass.US_STOCKS, "", ""), false, new BigDecimal("100"), p,
        p.times(new BigDecimal("100")), List.of(new Lot(LocalDate.of(2024, 1, 5), new BigDecimal("100"), Money.usd("20000"))));
  }

  /** $50,000 required, $49,999.99 taken: a cent is still due (critical); all of it taken: nothing. */
  @Test
  void rmdDue() {
    diversified(10, "10000");
    distributions = List.of(new Distribution("ira", 76, 23.7, Money.usd("1185000"), Money.usd("50000"), Money.usd("49999.99"),
        LocalDate.of(2026, 12, 31)));
    assertThat(issues(IssueCode.RMD_DUE)).singleElement().satisfies(i -> {
      assertThat(i.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(i.fix().amount()).isEqualTo(Money.usd("0.01"));
    });
    distributions = List.of(new Distribution("ira", 76, 23.7, Money.usd("1185000"), Money.usd("50000"), Money.usd("50000"),
        LocalDate.of(2026, 12, 31)));
    assertThat(issues(IssueCode.RMD_DUE)).isEmpty();
  }
}
