package io.perennial.optimize;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.AccountType;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.tax.AccountTaxRates;
import io.perennial.tax.IncomeKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Test fixtures for asset location: tax rates, accounts, random households. */
final class LocationFixtures {

  private LocationFixtures() {}

  /**
   * Rates by kind: ordinary income (wages, interest, non-qualified and REIT dividends, rental,
   * royalties, short-term gains) at {@code ordinary}, qualified dividends and long-term gains at
   * {@code qualified}, muni interest at {@code muni}; withdrawal at {@code ordinary}.
   */
  static AccountTaxRates rates(double ordinary, double qualified, double muni) {
    Map<IncomeKind, Double> byKind = new EnumMap<>(IncomeKind.class);
    for (IncomeKind kind : IncomeKind.values()) {
      byKind.put(kind, ordinary);
    }
    byKind.put(IncomeKind.QUALIFIED_DIVIDENDS, qualified);
    byKind.put(IncomeKind.LONG_TERM_GAINS, qualified);
    byKind.put(IncomeKind.MUNI_INTEREST, muni);
    return AccountTaxRates.byKind(byKind);
  }

  static LocationAccount account(String id, AccountType type, double dollars) {
    return LocationAccount.of(id, type, Money.usd(dollars));
  }

  static Map<AssetId, Double> map(Object... idAndWeight) {
    Map<AssetId, Double> map = new LinkedHashMap<>();
    for (int k = 0; k < idAndWeight.length; k += 2) {
      map.put(AssetId.of((String) idAndWeight[k]), ((Number) idAndWeight[k + 1]).doubleValue());
    }
    return map;
  }

  /** The income characters random assets draw from, by kind of asset. */
  private static final IncomeCharacter[][] MIXES = {
      {IncomeCharacter.QUALIFIED_DIVIDEND, IncomeCharacter.ORDINARY_DIVIDEND},
      {IncomeCharacter.TAXABLE_INTEREST, IncomeCharacter.TREASURY_INTEREST},
      {IncomeCharacter.REIT_DIVIDEND, IncomeCharacter.RETURN_OF_CAPITAL, IncomeCharacter.CAPITAL_GAIN_DISTRIBUTION},
      {IncomeCharacter.MUNI_INTEREST},
      {IncomeCharacter.QUALIFIED_DIVIDEND, IncomeCharacter.RETURN_OF_CAPITAL},
  };

  /** A random income mix: one of the kinds above with random shares. */
  static IncomeMix randomMix(Random random) {
    IncomeCharacter[] characters = MIXES[random.nextInt(MIXES.length)];
    Map<IncomeCharacter, Double> shares = new EnumMap<>(IncomeCharacter.class);
    double left = 1.0;
    for (int c = 0; c < characters.length; c++) {
      double share = c + 1 == characters.length ? left : left * random.nextDouble();
      shares.merge(characters[c], share, Double::sum);
      left -= share;
    }
    return new IncomeMix(shares);
  }

  /** Random marginal rates: ordinary 10–45 %, qualified 0–28 %, muni (state) 0–10 %; withdrawal 10–40 %. */
  static AccountTaxRates randomRates(Random random) {
    double ordinary = 0.10 + 0.35 * random.nextDouble();
    double qualified = 0.28 * random.nextDouble();
    double muni = 0.10 * random.nextDouble();
    Map<IncomeKind, Double> byKind = new EnumMap<>(IncomeKind.class);
    for (IncomeKind kind : IncomeKind.values()) {
      byKind.put(kind, ordinary * (0.85 + 0.15 * random.nextDouble()));
    }
    byKind.put(IncomeKind.QUALIFIED_DIVIDENDS, qualified);
    byKind.put(IncomeKind.LONG_TERM_GAINS, qualified);
    byKind.put(IncomeKind.MUNI_INTEREST, muni);
    byKind.put(IncomeKind.TREASURY_INTEREST, ordinary * (0.7 + 0.3 * random.nextDouble()));
    return AccountTaxRates.byKind(byKind).withWithdrawalRate(0.10 + 0.30 * random.nextDouble());
  }

  /**
   * Random accounts: one to four, each type at random (the first taxable, so there is always room
   * for everything), balances $10k–$1M, about one in three non-taxable accounts with a menu of
   * two to four assets.
   */
  static List<LocationAccount> randomAccounts(Random random, List<CandidateAsset> assets) {
    int count = 1 + random.nextInt(4);
    List<LocationAccount> accounts = new ArrayList<>();
    for (int a = 0; a < count; a++) {
      AccountType type = a == 0 ? AccountType.TAXABLE : AccountType.values()[random.nextInt(3)];
      LocationAccount account = account("acct" + a, type, 10_000 + 990_000 * random.nextDouble());
      if (a > 0 && type != AccountType.TAXABLE && random.nextInt(3) == 0) {
        List<AssetId> menu = new ArrayList<>();
        int size = Math.min(assets.size(), 2 + random.nextInt(3));
        while (menu.size() < size) {
          AssetId id = assets.get(random.nextInt(assets.size())).id();
          if (!menu.contains(id)) {
            menu.add(id);
          }
        }
        account = account.withMenu(menu);
      }
      accounts.add(account);
    }
    return accounts;
  }

  /** Random pre-tax household assets (after-tax factor 1) of {@link Fixtures#random}. */
  static AllocationProblem.Builder randomHousehold(Random random, int n) {
    AllocationProblem base = Fixtures.random(random, n).build();
    List<CandidateAsset> assets = new ArrayList<>();
    for (CandidateAsset asset : base.assets()) {
      IncomeProfile p = asset.income();
      assets.add(asset.withIncome(new IncomeProfile(p.yield(), 1.0, p.expectedCut(), p.yieldTrap(), p.incomeGrowth())));
    }
    return AllocationProblem.builder(assets, base.expectedReturns(), base.covariance());
  }
}
