package io.perennial.rebalance;

import io.perennial.basics.AssetId;
import io.perennial.domain.AssetClass;
import java.util.ArrayList;
import java.util.List;

/**
 * What each target must reach, in dollars of the household after the cash flows: its center (the
 * target), and the interval the trades must bring it into — by mode: the target itself for
 * cash-flow purchases, the band for hybrid, for sell a fifth of the band around the target when it
 * drifted (else its band). What no target covers is held to zero (a target of zero, no band).
 */
final class Goals {

  /** In sell mode a drifted target goes back to within this share of its band. */
  static final double INNER_BAND = 0.2;

  private final List<Target> targets = new ArrayList<>();
  private final double[] center;
  private final double[] lower;
  private final double[] upper;
  private final int untargeted;

  Goals(Book book) {
    RebalanceRequest request = book.request();
    targets.addAll(request.policy().targets());
    double total = book.total();
    int n = targets.size() + 1;
    center = new double[n];
    lower = new double[n];
    upper = new double[n];
    for (int t = 0; t < targets.size(); t++) {
      Target target = targets.get(t);
      Band band = target.effectiveBand();
      double weight = total <= 0 ? 0 : book.covered(target) / total;
      boolean drifted = !band.contains(weight, target.weight());
      center[t] = target.weight() * total;
      double half = request.mode() == RebalanceMode.CASH_FLOW ? 0
          : request.mode() == RebalanceMode.SELL && drifted ? INNER_BAND * band.halfWidth() : band.halfWidth();
      lower[t] = Math.max(0, target.weight() - half) * total;
      upper[t] = Math.min(1, target.weight() + half) * total;
    }
    untargeted = targets.size();
  }

  /** The policy's targets, then one more index ({@link #untargeted()}) for what no target covers. */
  int size() {
    return center.length;
  }

  int untargeted() {
    return untargeted;
  }

  Target target(int t) {
    return targets.get(t);
  }

  /** The index of the target covering a position of {@code asset} in {@code account} ({@link #untargeted()} when none does). */
  int of(String account, AssetId asset, AssetClass assetClass) {
    for (int t = 0; t < targets.size(); t++) {
      if (targets.get(t).covers(account, asset, assetClass)) {
        return t;
      }
    }
    return untargeted;
  }

  double center(int t) {
    return center[t];
  }

  double lower(int t) {
    return lower[t];
  }

  double upper(int t) {
    return upper[t];
  }

  /** The value target {@code t} covers in {@code book} now. */
  double covered(Book book, int t) {
    if (t < targets.size()) {
      return book.covered(targets.get(t));
    }
    double total = book.total();
    for (Target target : targets) {
      total -= book.covered(target);
    }
    return total;
  }
}
