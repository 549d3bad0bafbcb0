package io.perennial.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ShareAllocatorTest {

  private static final ShareAllocator ALLOCATOR = new ShareAllocator();
  private static final AssetId A = AssetId.of("A");
  private static final AssetId B = AssetId.of("B");
  private static final AssetId C = AssetId.of("C");

  private static Map<AssetId, Double> weights(double a, double b, double c) {
    Map<AssetId, Double> w = new LinkedHashMap<>();
    w.put(A, a);
    w.put(B, b);
    w.put(C, c);
    return w;
  }

  private static Map<AssetId, Money> prices(String a, String b, String c) {
    return Map.of(A, Money.usd(a), B, Money.usd(b), C, Money.usd(c));
  }

  @Test
  void greedyBuysWholeSharesThenTopsUpTheLargestDeficit() {
    // $1,010 at 50/30/20 %, prices 100/30/7: first round 5 A ($500), 10 B ($300), 28 C ($196),
    // $14 left; C is furthest below target (196/996 = 19.7 % < 20 %) and affordable: 29 C, $7 left;
    // then A and B are below target but cost more than $7: stop.
    ShareAllocation result = ALLOCATOR.greedy(weights(0.5, 0.3, 0.2), prices("100", "30", "7"), Money.usd("1010"));
    assertThat(result.shares(A)).isEqualTo(5);
    assertThat(result.shares(B)).isEqualTo(10);
    assertThat(result.shares(C)).isEqualTo(29);
    assertThat(result.leftover()).isEqualTo(Money.usd("7.00"));
    assertThat(result.method()).isEqualTo(ShareAllocation.Method.GREEDY);
  }

  @Test
  void greedyStopsWhenNothingBelowTargetIsAffordable() {
    // $1,000: 5 A, 10 B, 28 C cost $996; C would be below target but costs $7 > $4.
    ShareAllocation result = ALLOCATOR.greedy(weights(0.5, 0.3, 0.2), prices("100", "30", "7"), Money.usd("1000"));
    assertThat(result.shares(C)).isEqualTo(28);
    assertThat(result.leftover()).isEqualTo(Money.usd("4.00"));
  }

  @Test
  void negativeWeightsAreRefused() {
    assertThatThrownBy(() -> ALLOCATOR.greedy(weights(0.7, 0.5, -0.2), prices("1", "1", "1"), Money.usd("100")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("long-only");
  }

  @Test
  void missingPriceIsNamed() {
    assertThatThrownBy(() -> ALLOCATOR.greedy(weights(0.5, 0.5, 0.0), Map.of(A, Money.usd("1")), Money.usd("100")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no price for B");
  }

  /** Σ|wᵢ·T − xᵢ·pᵢ| + leftover: the integer method's objective, recomputed here. */
  private static double objective(Map<AssetId, Double> w, Map<AssetId, Money> p, double total, long[] x) {
    AssetId[] ids = {A, B, C};
    double spent = 0;
    double error = 0;
    for (int i = 0; i < 3; i++) {
      double cost = x[i] * p.get(ids[i]).toDouble();
      spent += cost;
      error += Math.abs(w.get(ids[i]) * total - cost);
    }
    return error + (total - spent);
  }

  @Property(tries = 25)
  void integerMethodMatchesExhaustiveSearch(@ForAll long seed) {
    Random random = new Random(seed);
    double a = random.nextDouble();
    double b = random.nextDouble() * (1 - a);
    Map<AssetId, Double> w = weights(a, b, 1 - a - b);
    Map<AssetId, Money> p = prices(String.valueOf(10 + random.nextInt(90)), String.valueOf(5 + random.nextInt(60)),
        String.valueOf(1 + random.nextInt(40)));
    double total = 300 + random.nextInt(300);
    ShareAllocation result = ALLOCATOR.integer(w, p, Money.usd(String.valueOf((int) total)));
    long[] ours = {result.shares(A), result.shares(B), result.shares(C)};
    double best = Double.POSITIVE_INFINITY;
    for (long x = 0; x * p.get(A).toDouble() <= total; x++) {
      for (long y = 0; x * p.get(A).toDouble() + y * p.get(B).toDouble() <= total; y++) {
        for (long z = 0; x * p.get(A).toDouble() + y * p.get(B).toDouble() + z * p.get(C).toDouble() <= total; z++) {
          best = Math.min(best, objective(w, p, total, new long[] {x, y, z}));
        }
      }
    }
    assertThat(objective(w, p, total, ours)).isCloseTo(best, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(result.leftover().isNegative()).isFalse();
  }

  @Property(tries = 50)
  void leftoverIsExactAndNeverNegative(@ForAll long seed) {
    Random random = new Random(seed);
    double a = random.nextDouble();
    double b = random.nextDouble() * (1 - a);
    Map<AssetId, Double> w = weights(a, b, 1 - a - b);
    Map<AssetId, Money> p = prices(random.nextInt(50000) / 100.0 + 1 + "", random.nextInt(20000) / 100.0 + 1 + "",
        random.nextInt(9000) / 100.0 + 1 + "");
    Money total = Money.usd(BigDecimal.valueOf(1000 + random.nextInt(100000), 2));
    for (ShareAllocation result : new ShareAllocation[] {ALLOCATOR.greedy(w, p, total), ALLOCATOR.integer(w, p, total)}) {
      BigDecimal spent = BigDecimal.ZERO;
      for (AssetId id : new AssetId[] {A, B, C}) {
        spent = spent.add(p.get(id).amount().multiply(BigDecimal.valueOf(result.shares(id))));
      }
      assertThat(result.leftover().amount().add(spent)).isEqualByComparingTo(total.amount());
      assertThat(result.leftover().isNegative()).isFalse();
    }
  }
}
