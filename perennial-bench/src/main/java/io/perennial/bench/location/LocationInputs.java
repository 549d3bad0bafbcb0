package io.perennial.bench.location;

import com.fasterxml.jackson.databind.JsonNode;
import io.perennial.basics.AssetId;
import io.perennial.bench.InputFiles;
import io.perennial.basics.Money;
import io.perennial.domain.AccountType;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.optimize.AllocationConstraint;
import io.perennial.optimize.AllocationProblem;
import io.perennial.optimize.CandidateAsset;
import io.perennial.optimize.GroupKind;
import io.perennial.optimize.IncomeProfile;
import io.perennial.optimize.LocationAccount;
import io.perennial.optimize.LocationProblem;
import io.perennial.optimize.Objective;
import io.perennial.tax.AccountTaxRates;
import io.perennial.tax.DeferredValuation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The location benchmark problems read from {@code location-inputs-N.json} (written by
 * {@code perennial-bench/peers/location_inputs.py}, read by the CVXOPT peer too). The folder is the
 * system property {@code perennial.bench.location.inputs}, else the environment variable
 * {@code PERENNIAL_LOCATION_INPUTS}, else {@code perennial-bench/target/location-inputs}.
 */
final class LocationInputs {

  final int size;
  /** Max after-tax income at the volatility cap, allocation and location together. */
  final LocationProblem maxIncome;
  /** The income/growth blend at the volatility cap, allocation and location together. */
  final LocationProblem incomeAndGrowth;

  private LocationInputs(int size, LocationProblem maxIncome, LocationProblem incomeAndGrowth) {
    this.size = size;
    this.maxIncome = maxIncome;
    this.incomeAndGrowth = incomeAndGrowth;
  }

  static Path folder() {
    return InputFiles.folder("perennial.bench.location.inputs", "PERENNIAL_LOCATION_INPUTS", "perennial-bench/target/location-inputs");
  }

  static LocationInputs load(int n) throws IOException {
    JsonNode doc = InputFiles.read(folder(), "location-inputs-" + n + ".json",
        "perennial-bench/compare-location.sh (or peers/location_inputs.py DATA_DIR " + folder() + " " + n + ")");
    List<CandidateAsset> assets = new ArrayList<>();
    Map<AssetId, IncomeMix> mixes = new LinkedHashMap<>();
    Set<String> classes = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      AssetId id = AssetId.of(doc.get("tickers").get(i).asText());
      String assetClass = doc.get("classes").get(i).asText();
      classes.add(assetClass);
      assets.add(new CandidateAsset(id, assetClass, "", "", IncomeProfile.of(doc.get("yields").get(i).asDouble(), 0.0)));
      Map<IncomeCharacter, Double> shares = new EnumMap<>(IncomeCharacter.class);
      Iterator<Map.Entry<String, JsonNode>> fields = doc.get("mixes").get(i).fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        shares.put(IncomeCharacter.parse(field.getKey()), field.getValue().asDouble());
      }
      mixes.put(id, new IncomeMix(shares));
    }
    double[] mu = new double[n];
    double[][] sigma = new double[n][n];
    for (int i = 0; i < n; i++) {
      mu[i] = doc.get("expectedReturns").get(i).asDouble();
      JsonNode row = doc.get("covariance").get(i);
      for (int j = 0; j < n; j++) {
        sigma[i][j] = row.get(j).asDouble();
      }
    }
    AllocationProblem.Builder household = AllocationProblem.builder(assets, mu, sigma)
        .objective(new Objective.MaxIncome())
        .weightBounds(0.0, doc.get("assetCap").asDouble())
        .constraint(AllocationConstraint.maxVolatility(doc.get("volatilityCap").asDouble()));
    for (String assetClass : classes) {
      household.constraint(AllocationConstraint.maxGroup(GroupKind.ASSET_CLASS, assetClass, doc.get("classCap").asDouble()));
    }
    AllocationProblem income = household.build();
    AllocationProblem blend = income.withObjective(new Objective.IncomeAndGrowth(doc.get("incomeEmphasis").asDouble(),
        doc.get("inflation").asDouble()));

    List<LocationAccount> accounts = new ArrayList<>();
    for (JsonNode account : doc.get("accounts")) {
      accounts.add(LocationAccount.of(account.get("id").asText(), AccountType.parse(account.get("type").asText()),
          Money.usd(account.get("balance").asDouble())));
    }
    Map<IncomeCharacter, Double> taxable = new EnumMap<>(IncomeCharacter.class);
    Iterator<Map.Entry<String, JsonNode>> rates = doc.get("rates").fields();
    while (rates.hasNext()) {
      Map.Entry<String, JsonNode> rate = rates.next();
      taxable.put(IncomeCharacter.parse(rate.getKey()), rate.getValue().asDouble());
    }
    AccountTaxRates taxRates = new AccountTaxRates(taxable, doc.get("withdrawal").asDouble(),
        DeferredValuation.TAXED_AT_WITHDRAWAL);
    return new LocationInputs(n,
        LocationProblem.builder(income, accounts, taxRates).incomeMixes(mixes).build(),
        LocationProblem.builder(blend, accounts, taxRates).incomeMixes(mixes).build());
  }
}
