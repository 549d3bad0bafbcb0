package io.perennial.optimize;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.tax.AccountTaxRates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Allocation and location decided together (DESIGN §3), immutable: the household's
 * {@link AllocationProblem} (candidate assets with their pre-tax income, μ, Σ, the objective and the
 * named household-level constraints), how each asset's distributions split by income character,
 * the household's accounts (tax type, fixed balance, menu) and the tax rates by character and
 * account type.
 *
 * <p>The decision is one weight x(i, a) per asset i and account a that may hold it (the variable
 * {@code SCHD@roth}), a fraction of the household's value; the household's weight of an asset is
 * its total over the accounts, wᵢ = Σₐ x(i, a). Rules:
 * <ul>
 *   <li>each account holds exactly its share of the household: Σᵢ x(i, a) = sₐ
 *       ({@code balance:ACCOUNT}), sₐ = balanceₐ·fₐ / Σ_b balance_b·f_b, where fₐ is
 *       {@link AccountTaxRates#valueFactor} (1, or 1 − withdrawal rate for tax-deferred accounts at
 *       after-tax value);
 *   <li>x(i, a) exists only when account a's menu offers asset i, and x ≥ 0 (no short positions
 *       in accounts);
 *   <li>the household constraints apply to the totals w (class caps, a volatility cap on the
 *       household portfolio, …), with the same names; rules on income and return read the
 *       after-tax figures below; minimum positions and a maximum number of holdings count
 *       positions (asset × account).
 * </ul>
 *
 * <p>After-tax figures per unit of x(i, a), with yᵢ the pre-tax yield, cᵢ the expected cut and
 * dᵢₐ = Σ_c mixᵢ(c)·rate(c, type of a) the tax drag ({@link AccountTaxRates#drag}):
 * <pre>
 *   after-tax income  incᵢₐ = yᵢ (1 − cᵢ)(1 − dᵢₐ)
 *   after-tax return  μᵢₐ   = μᵢ − yᵢ (1 − cᵢ) dᵢₐ        (the return less the tax on its income)
 * </pre>
 * The objective is the household problem's, read in these after-tax terms (max income is max
 * Σ x·inc; the blend is e·Σ x·inc + (1 − e)(Σ x·μ − π); volatility is √(wᵀΣw)).
 *
 * <p>With a {@link Builder#fixedAllocation fixed allocation} the totals w are given and only the
 * location is decided: maximise after-tax income subject to Σₐ x(i, a) = wᵢ for every asset.
 */
public final class LocationProblem {

  private final AllocationProblem household;
  private final List<IncomeMix> mixes;
  private final List<LocationAccount> accounts;
  private final AccountTaxRates taxRates;
  private final double[] fixedTotals;
  private final double[][] current;
  private final double[][] minimum;
  private final double[] shares;
  private final Money householdValue;
  private final boolean[][] allowed;
  private final double[][] drag;

  private LocationProblem(Builder b, List<IncomeMix> mixes, double[] shares, Money householdValue) {
    this.household = b.household;
    this.mixes = List.copyOf(mixes);
    this.accounts = List.copyOf(b.accounts);
    this.taxRates = b.taxRates;
    this.fixedTotals = b.fixedTotals == null ? null : b.fixedTotals.clone();
    this.current = b.current == null ? null : copy(b.current);
    this.minimum = b.minimum == null ? null : copy(b.minimum);
    this.shares = shares;
    this.householdValue = householdValue;
    int n = household.size();
    int m = accounts.size();
    this.allowed = new boolean[n][m];
    this.drag = new double[n][m];
    for (int i = 0; i < n; i++) {
      AssetId id = household.assets().get(i).id();
      for (int a = 0; a < m; a++) {
        allowed[i][a] = accounts.get(a).allows(id);
        drag[i][a] = taxRates.drag(mixes.get(i), accounts.get(a).type());
      }
    }
  }

  /**
   * A builder over the household problem (its assets must carry <em>pre-tax</em> income profiles:
   * after-tax factor 1; the location charges the taxes by account), the accounts and the tax rates.
   */
  public static Builder builder(AllocationProblem household, List<LocationAccount> accounts, AccountTaxRates taxRates) {
    return new Builder(household, accounts, taxRates);
  }

  /** A builder holding everything of this problem, to change a part. */
  public Builder toBuilder() {
    Builder b = new Builder(household, accounts, taxRates);
    for (int i = 0; i < mixes.size(); i++) {
      b.mixes.put(household.assets().get(i).id(), mixes.get(i));
    }
    b.fixedTotals = fixedTotals == null ? null : fixedTotals.clone();
    b.current = current == null ? null : copy(current);
    b.minimum = minimum == null ? null : copy(minimum);
    return b;
  }

  private static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  /** The same problem with other tax rates (e.g. marginal rates recomputed at an answer's income). */
  public LocationProblem withTaxRates(AccountTaxRates rates) {
    return toBuilder().taxRates(rates).build();
  }

  /**
   * The same problem (accounts, rates, mixes, current and minimum placements) over another
   * household problem of the same assets in the same order: another objective or other rules,
   * e.g. a frontier point's volatility cap.
   */
  public LocationProblem withHousehold(AllocationProblem other) {
    Checks.notNull(other, "household problem");
    Checks.check(other.ids().equals(household.ids()), "the household problem must have the same assets in the same order");
    Builder b = new Builder(other, accounts, taxRates);
    Builder mine = toBuilder();
    b.mixes.putAll(mine.mixes);
    b.fixedTotals = mine.fixedTotals;
    b.current = mine.current;
    b.minimum = mine.minimum;
    return b.build();
  }

  /** The same problem with the household allocation fixed: only the location is decided. */
  public LocationProblem withFixedAllocation(Map<AssetId, Double> totals) {
    return toBuilder().fixedAllocation(totals).build();
  }

  /** The same problem with allocation and location decided together. */
  public LocationProblem withJointAllocation() {
    Builder b = toBuilder();
    b.fixedTotals = null;
    return b.build();
  }

  /** The household problem: assets (pre-tax income), μ, Σ, objective and household constraints. */
  public AllocationProblem household() {
    return household;
  }

  /** The number of candidate assets. */
  public int assetCount() {
    return household.size();
  }

  /** The candidate assets, in order. */
  public List<CandidateAsset> assets() {
    return household.assets();
  }

  /** The income mix of asset i. */
  public IncomeMix incomeMix(int i) {
    return mixes.get(i);
  }

  public List<LocationAccount> accounts() {
    return accounts;
  }

  public int accountCount() {
    return accounts.size();
  }

  /** The position of account {@code id}, or −1. */
  public int accountIndex(String id) {
    for (int a = 0; a < accounts.size(); a++) {
      if (accounts.get(a).id().equals(id)) {
        return a;
      }
    }
    return -1;
  }

  public AccountTaxRates taxRates() {
    return taxRates;
  }

  /** Whether the allocation is fixed (only the location is decided). */
  public boolean isFixedAllocation() {
    return fixedTotals != null;
  }

  /** The fixed household weights by asset, if the allocation is fixed. */
  public Optional<Map<AssetId, Double>> fixedAllocation() {
    if (fixedTotals == null) {
      return Optional.empty();
    }
    Map<AssetId, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < fixedTotals.length; i++) {
      map.put(household.assets().get(i).id(), fixedTotals[i]);
    }
    return Optional.of(Collections.unmodifiableMap(map));
  }

  /**
   * The current placement x₀(i, a) (fractions of the household, in the valuation basis), if given:
   * what a turnover limit is measured against.
   */
  public Optional<double[][]> currentPlacement() {
    return current == null ? Optional.empty() : Optional.of(copy(current));
  }

  /** The current weight of asset i in account a (0 without a current placement). */
  double current(int i, int a) {
    return current == null ? 0.0 : current[i][a];
  }

  /** The least weight of asset i that account a must keep (0 without a minimum placement). */
  public double minimum(int i, int a) {
    return minimum == null ? 0.0 : minimum[i][a];
  }

  /** The same problem with every cell kept at or above {@code byAccount} (see {@link Builder#minimumPlacement}). */
  public LocationProblem withMinimumPlacement(Map<String, Map<AssetId, Double>> byAccount) {
    return toBuilder().minimumPlacement(byAccount).build();
  }

  /** The fixed weight of asset i (the allocation must be fixed). */
  double fixedTotal(int i) {
    return fixedTotals[i];
  }

  /** Account a's share sₐ of the household (valuation basis of {@link AccountTaxRates#valueFactor}). */
  public double share(int a) {
    return shares[a];
  }

  /**
   * The household's value in the valuation basis: Σ balanceₐ·fₐ (the market value, unless
   * tax-deferred accounts are counted at after-tax value). Weights are fractions of it.
   */
  public Money householdValue() {
    return householdValue;
  }

  /** Whether account a may hold asset i. */
  public boolean allows(int i, int a) {
    return allowed[i][a];
  }

  /** The tax drag dᵢₐ: the share of asset i's distributions lost to tax in account a. */
  public double taxDrag(int i, int a) {
    return drag[i][a];
  }

  /** The expected pre-tax income per unit of weight of asset i: yᵢ(1 − cᵢ). */
  public double preTaxIncome(int i) {
    IncomeProfile p = household.assets().get(i).income();
    return p.yield() * (1.0 - p.expectedCut());
  }

  /** The after-tax income per unit of x(i, a): yᵢ(1 − cᵢ)(1 − dᵢₐ). */
  public double afterTaxIncome(int i, int a) {
    return preTaxIncome(i) * (1.0 - drag[i][a]);
  }

  /** The after-tax expected return per unit of x(i, a): μᵢ − yᵢ(1 − cᵢ)dᵢₐ. */
  public double afterTaxReturn(int i, int a) {
    return household.expectedReturn(i) - preTaxIncome(i) * drag[i][a];
  }

  /** The solver variable's name: {@code ASSET@ACCOUNT}. */
  public String variableName(int i, int a) {
    return household.assets().get(i).id().value() + "@" + accounts.get(a).id();
  }

  /** Builds a {@link LocationProblem}; not thread-safe. */
  public static final class Builder {
    private final AllocationProblem household;
    private final List<LocationAccount> accounts;
    private AccountTaxRates taxRates;
    private final Map<AssetId, IncomeMix> mixes = new HashMap<>();
    private double[] fixedTotals;
    private double[][] current;
    private double[][] minimum;

    private Builder(AllocationProblem household, List<LocationAccount> accounts, AccountTaxRates taxRates) {
      this.household = Checks.notNull(household, "household problem");
      this.accounts = List.copyOf(Checks.notNull(accounts, "accounts"));
      this.taxRates = Checks.notNull(taxRates, "tax rates");
    }

    /** How asset {@code id}'s distributions split by income character. */
    public Builder incomeMix(AssetId id, IncomeMix mix) {
      Checks.notNull(id, "asset id");
      Checks.check(household.indexOf(id) >= 0, "income mix given for " + id + ", which is not a candidate asset");
      mixes.put(id, Checks.notNull(mix, "income mix of " + id));
      return this;
    }

    /** The income mixes of several assets. */
    public Builder incomeMixes(Map<AssetId, IncomeMix> byAsset) {
      Checks.notNull(byAsset, "income mixes");
      byAsset.forEach(this::incomeMix);
      return this;
    }

    public Builder taxRates(AccountTaxRates rates) {
      this.taxRates = Checks.notNull(rates, "tax rates");
      return this;
    }

    /**
     * Fixes the household's weight of every asset (absent assets 0): each in [0, 1] (rounding
     * within 1e-12 is clipped), summing to 1 within 1e-9. Only the location is then decided.
     */
    public Builder fixedAllocation(Map<AssetId, Double> totals) {
      Checks.notNull(totals, "fixed allocation");
      double[] t = new double[household.size()];
      double sum = 0.0;
      for (Map.Entry<AssetId, Double> entry : totals.entrySet()) {
        int i = household.indexOf(Checks.notNull(entry.getKey(), "asset of the fixed allocation"));
        Checks.check(i >= 0, "fixed allocation names " + entry.getKey() + ", which is not a candidate asset");
        double given = Checks.notNull(entry.getValue(), "fixed weight of " + entry.getKey());
        // Rounding of weights that came from an optimizer (1.0000000000000002, −1e-17) is clipped.
        t[i] = Math.min(1.0, Math.max(0.0, Checks.inRange(given, -1e-12, 1.0 + 1e-12, "fixed weight of " + entry.getKey())));
        sum += t[i];
      }
      Checks.check(Math.abs(sum - 1.0) <= 1e-9, "the fixed allocation's weights must sum to 1, they sum to " + sum);
      this.fixedTotals = t;
      return this;
    }

    /**
     * The current placement, by account id then asset (absent pairs 0): each holding's weight of
     * the household in the valuation basis (market value × the account's value factor ÷ the
     * household's value). Needed by a turnover limit ({@link AllocationConstraint.MaxTurnover}),
     * which is then Σ over the asset × account cells of |x(i, a) − x₀(i, a)|: moving an asset from
     * one account to another counts as a sale and a purchase.
     */
    public Builder currentPlacement(Map<String, Map<AssetId, Double>> byAccount) {
      this.current = cells(byAccount, "current placement", (asset, a, name, value) ->
          Checks.finite(value, "current weight of " + name));
      return this;
    }

    /**
     * The least weight each asset × account cell must keep, by account id then asset (absent
     * pairs 0), in the valuation basis: the rule {@code keep:ASSET@ACCOUNT} (x(i, a) ≥ the minimum).
     * A plan uses it to keep holdings whose sale would realize a taxable gain.
     */
    public Builder minimumPlacement(Map<String, Map<AssetId, Double>> byAccount) {
      this.minimum = cells(byAccount, "minimum placement", (asset, a, name, value) -> {
        Checks.check(accounts.get(a).allows(asset) || value <= 0,
            "minimum placement keeps " + asset + " in account " + accounts.get(a).id() + ", whose menu does not offer it");
        return Checks.inRange(value, 0.0, 1.0, "minimum weight of " + name);
      });
      return this;
    }

    /** Reads one value per asset × account cell: {@code name} is {@code ASSET@ACCOUNT}. */
    private interface CellValue {
      double read(AssetId asset, int account, String name, double value);
    }

    /** A matrix [asset][account] from weights keyed by account id then asset (absent pairs 0). */
    private double[][] cells(Map<String, Map<AssetId, Double>> byAccount, String what, CellValue reader) {
      Checks.notNull(byAccount, what);
      double[][] x = new double[household.size()][accounts.size()];
      for (Map.Entry<String, Map<AssetId, Double>> account : byAccount.entrySet()) {
        int a = -1;
        for (int k = 0; k < accounts.size(); k++) {
          if (accounts.get(k).id().equals(account.getKey())) {
            a = k;
          }
        }
        Checks.check(a >= 0, what + " names account " + account.getKey() + ", which is not an account of the problem");
        for (Map.Entry<AssetId, Double> entry : account.getValue().entrySet()) {
          int i = household.indexOf(entry.getKey());
          Checks.check(i >= 0, what + " names " + entry.getKey() + ", which is not a candidate asset");
          Double value = Checks.notNull(entry.getValue(), "weight of " + entry.getKey() + "@" + account.getKey());
          x[i][a] = reader.read(entry.getKey(), a, entry.getKey() + "@" + account.getKey(), value);
        }
      }
      return x;
    }

    /** Checks everything and builds the problem. */
    public LocationProblem build() {
      Checks.check(!accounts.isEmpty(), "asset location needs at least one account");
      Set<String> ids = new HashSet<>();
      java.util.Currency currency = accounts.get(0).balance().currency();
      BigDecimal total = BigDecimal.ZERO;
      double[] valued = new double[accounts.size()];
      double valuedTotal = 0.0;
      for (int a = 0; a < accounts.size(); a++) {
        LocationAccount account = accounts.get(a);
        Checks.check(ids.add(account.id()), "account id " + account.id() + " is used twice");
        Checks.check(account.balance().currency().equals(currency), "account " + account.id() + " is in "
            + account.balance().currency() + ", the others in " + currency + "; convert first");
        for (AssetId asset : account.menu()) {
          Checks.check(household.indexOf(asset) >= 0,
              "the menu of account " + account.id() + " offers " + asset + ", which is not a candidate asset");
        }
        double factor = taxRates.valueFactor(account.type());
        total = total.add(account.balance().amount().multiply(BigDecimal.valueOf(factor)));
        valued[a] = account.balance().toDouble() * factor;
        valuedTotal += valued[a];
      }
      Checks.check(valuedTotal > 0.0, "the accounts hold nothing: give at least one account a balance above zero");
      double[] shares = new double[accounts.size()];
      for (int a = 0; a < shares.length; a++) {
        shares[a] = valued[a] / valuedTotal;
      }

      Checks.check(household.l2Gamma() == 0.0,
          "asset location has no L2 regularisation; build the household problem with l2Gamma 0");
      for (AllocationConstraint c : household.constraints()) {
        String name = c.name();
        Checks.check(!name.equals("long-only") && !name.equals("fixed-allocation") && !name.startsWith("balance:")
            && !name.startsWith("allocation:") && !(name.contains(":") && household.constraints().stream()
                .anyMatch(w -> w instanceof AllocationConstraint.WeightBounds && name.startsWith(w.name() + ":"))),
            "constraint name " + name + " is reserved by asset location (long-only, fixed-allocation, balance:ACCOUNT,"
                + " allocation:ASSET, WEIGHT-BOUNDS:ASSET); rename it");
        if (c instanceof AllocationConstraint.MaxTurnover) {
          Checks.check(current != null, c.name() + ": a turnover limit with asset location needs the current holdings"
              + " of every account (currentPlacement); give them or drop the limit");
        }
        if (c instanceof AllocationConstraint.Budget b) {
          Checks.check(b.total() == 1.0, c.name() + ": asset location needs a fully invested household (weights sum"
              + " to 1, the account balances), got " + b.total());
        }
        if (c instanceof AllocationConstraint.WeightBounds w) {
          Checks.check(w.lower() >= 0.0, c.name() + ": asset location is long only (no account can hold a short"
              + " position); give lower bounds of 0 or more, got " + w.lower());
        }
      }
      List<IncomeMix> ordered = new ArrayList<>();
      for (CandidateAsset asset : household.assets()) {
        IncomeProfile income = asset.income();
        Checks.check(income.afterTaxFactor() == 1.0, "the income profile of " + asset.id() + " has after-tax factor "
            + income.afterTaxFactor() + "; asset location needs pre-tax income (factor 1) because it charges the"
            + " taxes by account");
        IncomeMix mix = mixes.get(asset.id());
        if (mix == null) {
          Checks.check(income.yield() == 0.0, "no income mix for " + asset.id()
              + ", which pays a yield of " + income.yield() + "; give how its distributions split by character");
          mix = IncomeMix.of(IncomeCharacter.RETURN_OF_CAPITAL);
        }
        ordered.add(mix);
      }
      Money value = new Money(total, currency);
      return new LocationProblem(this, ordered, shares, value);
    }
  }

  @Override
  public String toString() {
    return "LocationProblem[" + household.size() + " assets × " + accounts.size() + " accounts, "
        + (fixedTotals == null ? "joint" : "fixed allocation") + ", shares " + Arrays.toString(shares) + "]";
  }
}
