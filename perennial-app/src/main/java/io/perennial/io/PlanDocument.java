package io.perennial.io;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.Household;
import io.perennial.market.CapitalMarketAssumptions;
import io.perennial.market.MarketSnapshot;
import io.perennial.market.UniverseAsset;
import io.perennial.plan.PlanSettings;
import io.perennial.plan.ResolvedPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a plan file says, as the engine's inputs: the household, the market without its
 * capital-market assumptions (which the command line chooses) and the plan settings. Checked on
 * construction as the engine checks a plan ({@link MarketSnapshot#check}, {@link ResolvedPlan#check}).
 *
 * @param household the profile and the accounts, each with its menu
 * @param valuationDate the date the holdings and prices describe
 * @param prices price per unit of each asset on the valuation date
 * @param candidates the candidate assets (the universe), cash included when it is held
 * @param settings the constraints, tax year, optimization and projection settings
 */
public record PlanDocument(
    Household household, LocalDate valuationDate, Map<AssetId, Money> prices, List<UniverseAsset> candidates,
    PlanSettings settings) {

  public PlanDocument {
    Objects.requireNonNull(household, "household");
    Objects.requireNonNull(valuationDate, "valuation date");
    Objects.requireNonNull(settings, "settings");
    candidates = List.copyOf(candidates);
    prices = MarketSnapshot.check(prices, candidates);
    ResolvedPlan.check(household, candidates.stream().map(c -> c.asset().id()).toList(), prices.keySet(),
        settings.constraints());
  }

  /** The market snapshot of this plan under {@code assumptions}. */
  public MarketSnapshot market(CapitalMarketAssumptions assumptions) {
    return new MarketSnapshot(valuationDate, prices, candidates, assumptions);
  }

  /** This document with other settings (the same household and market). */
  public PlanDocument withSettings(PlanSettings newSettings) {
    return new PlanDocument(household, valuationDate, prices, candidates, newSettings);
  }
}
