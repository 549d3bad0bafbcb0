package io.perennial.plan;

import io.perennial.market.UniverseAsset;
import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.Asset;
import io.perennial.domain.AssetClass;
import io.perennial.domain.FilingStatus;
import io.perennial.domain.Holding;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeGoal;
import io.perennial.domain.IncomeMix;
import io.perennial.domain.InvestorProfile;
import io.perennial.domain.Lot;
import io.perennial.domain.RiskTolerance;
import io.perennial.market.BuiltInAssumptions;
import io.perennial.market.OwnEstimates;
import io.perennial.market.ReturnAverage;
import io.perennial.plan.OptimizationSettings.PlanObjective;
import io.perennial.rebalance.TradePlanner;
import io.perennial.rebalance.Trades;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Trades reconcile on random small plans: in every account, current units + bought − sold = the
 * recommended units of every asset; cash after = cash before − purchases + sales, exactly; the
 * account's value at today's prices is unchanged to the cent (whole shares); no quantity or cash
 * goes below zero; trades are whole shares (or a whole fractional position sold). Checked on the
 * planner alone (random targets) and through the plan optimizer (random objectives, location on or
 * off, accounts of every type, lots).
 */
class TradePlannerPropertiesTest {

  private static final LocalDate VALUED = LocalDate.of(2026, 1, 2);
  private static final List<AssetClass> CLASSES = List.of(AssetClass.US_DIVIDEND_STOCKS, AssetClass.CORPORATE_BONDS,
      AssetClass.REITS, AssetClass.INTERMEDIATE_TREASURIES);

  /** A random small household: 2–3 assets (plus cash), 1–3 accounts. */
  record Household(List<Integer> prices, List<Integer> quantities, List<AccountType> types, List<Integer> cash,
      List<Double> targets, PlanObjective objective, int flags) {
    /** Location on (flags 0–2, 3–5: off). */
    boolean location() {
      return flags < 3;
    }

    /** Whole shares, except one case in three. */
    boolean wholeShares() {
      return flags % 3 != 2;
    }

    /** 1 or 2: the first holding has half a share; 1: no lots. */
    int fractional() {
      return flags % 3;
    }
  }

  @Provide
  Arbitrary<Household> households() {
    Arbitrary<List<Integer>> prices = Arbitraries.integers().between(500, 30_000).list().ofMinSize(2).ofMaxSize(3);
    Arbitrary<List<Integer>> quantities = Arbitraries.integers().between(0, 3_000).list().ofSize(9);
    Arbitrary<List<AccountType>> types = Arbitraries.of(AccountType.class).list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<List<Integer>> cash = Arbitraries.integers().between(0, 5_000_000).list().ofSize(3);
    Arbitrary<List<Double>> targets = Arbitraries.doubles().between(0, 1).list().ofSize(12);
    return Combinators.combine(prices, quantities, types, cash, targets, Arbitraries.of(PlanObjective.class),
        Arbitraries.integers().between(0, 5)).as(Household::new);
  }

  @Property(tries = 150)
  void thePlannerReconcilesEveryAccount(@ForAll("households") Household h) {
    ResolvedPlan input = plan(h);
    // Random targets: per account, random weights of its value over the assets and cash.
    Map<String, Map<AssetId, Double>> targets = new LinkedHashMap<>();
    int k = 0;
    for (Account account : input.accounts()) {
      double value = value(input, account).doubleValue();
      Map<AssetId, Double> weights = new LinkedHashMap<>();
      double sum = 0;
      List<AssetId> ids = new ArrayList<>(input.market().prices().keySet());
      for (AssetId id : ids) {
        double w = h.targets().get(k++ % h.targets().size());
        weights.put(id, w);
        sum += w;
      }
      Map<AssetId, Double> t = new LinkedHashMap<>();
      for (AssetId id : ids) {
        t.put(id, sum == 0 ? 0 : weights.get(id) / sum * value);
      }
      targets.put(account.id(), t);
    }
    TradePlanner.Result result = TradePlanner.plan(input.accounts(), input.market(), targets, Set.of(), h.wholeShares());
    assertReconciles(input, result.trades(), result.accounts(), h.wholeShares());
  }

  @Property(tries = 100)
  void thePlanOptimizersTradesReconcile(@ForAll("households") Household h) {
    ResolvedPlan input = plan(h).withSettings(PlanSettings.DEFAULTS.withOptimization(OptimizationSettings.DEFAULT.withObjective(h.objective())
        .withLocation(h.location()).withWholeShares(h.wholeShares()).withGuards(false, false).withDefaultCaps(1.0, 1.0)));
    PlanOptimization o = PlanOptimizer.optimize(input);
    Statistics.collect(o.status(), o.conflicts().stream().map(PlanOptimization.Rule::name).toList().toString());
    if (!o.hasRecommendation()) {
      return;
    }
    // Current + bought − sold = recommended, per account and asset; values preserved per account.
    Map<String, BigDecimal> before = new HashMap<>();
    Map<String, BigDecimal> after = new HashMap<>();
    for (PlanOptimization.Placement p : o.location().placements()) {
      BigDecimal change = BigDecimal.ZERO;
      for (Trades.AccountTrades account : o.trades().accounts()) {
        for (Trades.Trade t : account.trades()) {
          if (t.account().equals(p.account()) && t.asset().equals(p.asset())) {
            change = t.action() == Trades.Action.BUY ? change.add(t.quantity()) : change.subtract(t.quantity());
          }
        }
      }
      if (!p.asset().equals(AssetId.CASH)) {
        assertThat(p.currentQuantity().add(change)).as(p.account() + " " + p.asset()).isEqualByComparingTo(p.recommendedQuantity());
      }
      before.merge(p.account(), p.currentValue().amount(), BigDecimal::add);
      after.merge(p.account(), p.recommendedValue().amount(), BigDecimal::add);
    }
    for (Trades.AccountTrades account : o.trades().accounts()) {
      assertThat(account.cashAfter()).isEqualTo(account.cashBefore().minus(account.purchases()).plus(account.sales()));
      assertThat(account.cashAfter().isNegative()).isFalse();
      if (h.wholeShares() && h.fractional() == 0) {
        assertThat(after.getOrDefault(account.account(), BigDecimal.ZERO))
            .as("value of " + account.account()).isEqualByComparingTo(before.getOrDefault(account.account(), BigDecimal.ZERO));
      }
    }
    if (h.wholeShares() && h.fractional() == 0) {
      // whole shares of holdings worth whole cents: the household's value is unchanged
      assertThat(o.allocation().byAsset().stream().mapToDouble(PlanOptimization.AssetAllocation::recommendedWeight).sum())
          .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }
  }

  static void assertReconciles(ResolvedPlan input, Trades trades, List<Account> after, boolean wholeShares) {
    for (int a = 0; a < input.accounts().size(); a++) {
      Account now = input.accounts().get(a);
      Account next = after.get(a);
      Trades.AccountTrades t = trades.accounts().get(a);
      assertThat(t.cashAfter()).isEqualTo(t.cashBefore().minus(t.purchases()).plus(t.sales()));
      assertThat(t.cashAfter().isNegative()).isFalse();
      Map<AssetId, BigDecimal> units = new LinkedHashMap<>();
      now.holdings().forEach(x -> units.put(x.assetId(), x.quantity()));
      Money bought = Money.ZERO_USD;
      Money sold = Money.ZERO_USD;
      for (Trades.Trade trade : t.trades()) {
        BigDecimal held = units.getOrDefault(trade.asset(), BigDecimal.ZERO);
        if (trade.action() == Trades.Action.BUY) {
          units.put(trade.asset(), held.add(trade.quantity()));
          bought = bought.plus(trade.amount());
        } else {
          assertThat(trade.quantity()).isLessThanOrEqualTo(held);
          units.put(trade.asset(), held.subtract(trade.quantity()));
          sold = sold.plus(trade.amount());
        }
        boolean whole = trade.quantity().stripTrailingZeros().scale() <= 0;
        boolean wholePosition = trade.action() == Trades.Action.SELL && trade.quantity().compareTo(held) == 0;
        if (wholeShares && !input.asset(trade.asset()).isCash()) {
          assertThat(whole || wholePosition).as("whole shares: " + trade).isTrue();
        }
        assertThat(trade.amount()).isEqualTo(trade.price().times(trade.quantity()));
      }
      assertThat(bought).isEqualTo(t.purchases());
      assertThat(sold).isEqualTo(t.sales());
      units.put(AssetId.CASH, t.cashAfter().amount());
      for (Holding holding : next.holdings()) {
        assertThat(holding.quantity()).as(now.id() + " " + holding.assetId())
            .isEqualByComparingTo(units.getOrDefault(holding.assetId(), BigDecimal.ZERO));
        assertThat(holding.quantity().signum()).isGreaterThanOrEqualTo(0);
      }
      for (Map.Entry<AssetId, BigDecimal> e : units.entrySet()) {
        if (e.getValue().signum() > 0) {
          assertThat(next.holding(e.getKey())).as(now.id() + " keeps " + e.getKey()).isPresent();
        }
      }
      if (wholeShares && inCents(value(input, now))) {
        assertThat(value(input, next)).as("value of " + now.id()).isEqualByComparingTo(value(input, now));
      }
    }
  }

  private static boolean inCents(BigDecimal amount) {
    return amount.stripTrailingZeros().scale() <= 2;
  }

  private static BigDecimal value(ResolvedPlan input, Account account) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Holding h : account.holdings()) {
      sum = sum.add(h.quantity().multiply(input.price(h.assetId()).amount()));
    }
    return sum;
  }

  /** The household as a plan: assets A, B (C) of random classes and prices in cents, cash, lots in taxable accounts. */
  static ResolvedPlan plan(Household h) {
    List<UniverseAsset> universe = new ArrayList<>();
    Map<AssetId, Money> prices = new LinkedHashMap<>();
    for (int i = 0; i < h.prices().size(); i++) {
      AssetClass assetClass = CLASSES.get(i % CLASSES.size());
      AssetId id = AssetId.of(String.valueOf((char) ('A' + i)));
      IncomeMix mix = IncomeMix.of(i % 2 == 0 ? IncomeCharacter.QUALIFIED_DIVIDEND : IncomeCharacter.TAXABLE_INTEREST);
      universe.add(new UniverseAsset(new Asset(id, id.value(), assetClass, "", "", mix), new OwnEstimates(
          OptionalDouble.of(0.01 + 0.01 * i), OptionalDouble.of(0.02 + 0.01 * i), OptionalDouble.of(0.05 + 0.01 * i),
          ReturnAverage.ARITHMETIC, OptionalDouble.of(0.05 + 0.04 * i))));
      prices.put(id, Money.usd(BigDecimal.valueOf(h.prices().get(i), 2)));
    }
    universe.add(new UniverseAsset(new Asset(AssetId.CASH, "Cash", AssetClass.CASH, "", "",
        BuiltInAssumptions.SET.of(AssetClass.CASH).incomeMix()), OwnEstimates.NONE));
    prices.put(AssetId.CASH, Money.usd("1"));
    List<Account> accounts = new ArrayList<>();
    int q = 0;
    for (int a = 0; a < h.types().size(); a++) {
      List<Holding> holdings = new ArrayList<>();
      for (int i = 0; i < h.prices().size(); i++) {
        int quantity = h.quantities().get(q++ % h.quantities().size());
        if (quantity == 0) {
          continue;
        }
        AssetId id = AssetId.of(String.valueOf((char) ('A' + i)));
        BigDecimal units = BigDecimal.valueOf(quantity);
        if (a == 0 && i == 0 && h.fractional() > 0) {
          units = units.add(new BigDecimal("0.5"));
        }
        if (h.types().get(a) == AccountType.TAXABLE && quantity > 1 && h.fractional() != 1) {
          BigDecimal first = BigDecimal.valueOf(quantity / 2);
          holdings.add(new Holding(id, units, List.of(
              new Lot(LocalDate.of(2020, 3, 2), first, Money.usd(BigDecimal.valueOf(h.prices().get(i) * (quantity / 2), 2))),
              new Lot(LocalDate.of(2025, 11, 3), units.subtract(first), Money.usd(BigDecimal.valueOf(h.prices().get(i), 2)
                  .multiply(units.subtract(first)).multiply(new BigDecimal("1.2")))))));
        } else {
          holdings.add(Holding.of(id, units));
        }
      }
      int cash = h.cash().get(a);
      if (cash > 0) {
        holdings.add(Holding.of(AssetId.CASH, BigDecimal.valueOf(cash, 2)));
      }
      accounts.add(new Account("acct" + a, "acct" + a, h.types().get(a), holdings));
    }
    InvestorProfile profile = new InvestorProfile("", new IncomeGoal(Money.usd("40000"), 30, 0), RiskTolerance.AGGRESSIVE,
        FilingStatus.SINGLE, 0.05, 0.025, Money.usd("20000"), Money.ZERO_USD, 66, 0, Money.usd("20000"), Money.ZERO_USD, false);
    return ResolvedPlan.of(new io.perennial.domain.Household(profile, accounts),
        new io.perennial.market.MarketSnapshot(VALUED, prices, universe, BuiltInAssumptions.SET), PlanSettings.DEFAULTS);
  }
}
