package io.perennial.rebalance;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.AssetClass;
import io.perennial.domain.Holding;
import io.perennial.rebalance.RebalanceRequest.GainRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * How long the rebalancer's mixed-integer model ({@link TradeCountModel}) takes as the household
 * grows, to choose the size above which only the greedy method runs ({@code MAX_BINARIES}). Not JMH:
 * one solve takes milliseconds to seconds, so each size is timed directly, after a warm-up, as the
 * median of several seeded households.
 *
 * <p>Households: 2 accounts (an IRA and a taxable account with one lot per holding at 70 % of the
 * price), h funds held in each, spread over 4 classes, a policy by class with a cash target, holdings
 * drawn at random so that several classes drift. Binaries = 2 accounts × 4 purchasable targets + 2h
 * holdings. Usage: {@code java -cp perennial-bench/target/perennial-benchmarks.jar
 * io.perennial.rebalance.TradeCountModelScaling [households per size]}.
 */
public final class TradeCountModelScaling {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private static final AssetId CASH = AssetId.of("CASH");
  private static final List<AssetClass> CLASSES = List.of(AssetClass.US_STOCKS, AssetClass.INTERMEDIATE_TREASURIES,
      AssetClass.REITS, AssetClass.INTL_DIVIDEND_STOCKS);

  private TradeCountModelScaling() {}

  public static void main(String[] args) {
    int households = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    for (int warm = 0; warm < 20; warm++) {
      time(request(3, warm), 1_000);
    }
    System.out.println("held/account binaries  model-ms(median)  model-ms(max)  model-trades  greedy-trades  (medians)");
    for (int held = 2; held <= 30; held += 2) {
      double[] ms = new double[households];
      int[] trades = new int[households];
      int[] greedy = new int[households];
      for (int i = 0; i < households; i++) {
        RebalanceRequest request = request(held, 1_000 + i);
        Book start = new Book(request);
        Goals goals = new Goals(start);
        Book g = Greedy.run(start, goals);
        long t0 = System.nanoTime();
        int count = TradeCountModel.solve(start, goals, g, false, 1_000).map(Book::tradeCount).orElse(-1);
        ms[i] = (System.nanoTime() - t0) / 1e6;
        trades[i] = count;
        greedy[i] = g.tradeCount();
      }
      System.out.printf(Locale.ROOT, "%13d %8d %17.1f %14.1f %13d %14d%n", held, 8 + 2 * held, median(ms), max(ms),
          (int) median(toDouble(trades)), (int) median(toDouble(greedy)));
    }
  }

  private static void time(RebalanceRequest request, int limit) {
    Book start = new Book(request);
    Goals goals = new Goals(start);
    TradeCountModel.solve(start, goals, Greedy.run(start, goals), false, limit);
  }

  static RebalanceRequest request(int held, long seed) {
    Random random = new Random(seed);
    Map<AssetId, Money> prices = new HashMap<>();
    Map<AssetId, AssetClass> classes = new HashMap<>();
    prices.put(CASH, Money.usd("1"));
    classes.put(CASH, AssetClass.CASH);
    List<Account> accounts = new ArrayList<>();
    AccountType[] types = {AccountType.TAX_DEFERRED, AccountType.TAXABLE};
    for (int a = 0; a < 2; a++) {
      List<Holding> holdings = new ArrayList<>();
      for (int f = 0; f < held; f++) {
        AssetId id = AssetId.of("F" + a + "_" + f);
        Money price = Money.usd(BigDecimal.valueOf(20 + random.nextInt(280)));
        prices.put(id, price);
        classes.put(id, CLASSES.get(f % CLASSES.size()));
        BigDecimal units = BigDecimal.valueOf(50 + random.nextInt(2_000));
        holdings.add(types[a] == AccountType.TAXABLE
            ? Holding.ofLots(id, List.of(new io.perennial.domain.Lot(LocalDate.of(2022, 3, 1), units,
                price.times(new BigDecimal("0.7")).times(units))))
            : Holding.of(id, units));
      }
      holdings.add(Holding.of(CASH, BigDecimal.valueOf(random.nextInt(50_000))));
      accounts.add(new Account("a" + a, "a" + a, types[a], holdings));
    }
    List<Target> targets = List.of(Target.ofClass(AssetClass.US_STOCKS, 0.35), Target.ofClass(AssetClass.INTERMEDIATE_TREASURIES, 0.30),
        Target.ofClass(AssetClass.REITS, 0.10), Target.ofClass(AssetClass.INTL_DIVIDEND_STOCKS, 0.20), Target.ofClass(AssetClass.CASH, 0.05));
    return new RebalanceRequest(TODAY, accounts, prices, classes, CASH, new TargetPolicy(targets), Map.of(), RebalanceMode.HYBRID,
        Map.of(), Set.of(), new GainRates(0.15, 0.24), Money.ZERO_USD);
  }

  private static double[] toDouble(int[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double max(double[] values) {
    return java.util.Arrays.stream(values).max().orElse(0);
  }
}
