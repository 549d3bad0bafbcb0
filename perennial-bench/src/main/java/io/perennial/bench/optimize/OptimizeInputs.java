package io.perennial.bench.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import io.perennial.basics.AssetId;
import io.perennial.bench.InputFiles;
import io.perennial.optimize.AllocationConstraint;
import io.perennial.optimize.AllocationProblem;
import io.perennial.optimize.CandidateAsset;
import io.perennial.optimize.GroupKind;
import io.perennial.optimize.IncomeProfile;
import io.perennial.optimize.Objective;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmark problems read from {@code inputs-N.json} (written by
 * {@code perennial-bench/peers/optimize_inputs.py}, read by the CVXOPT peer too). The folder is
 * the system property {@code perennial.bench.optimize.inputs}, else the environment variable
 * {@code PERENNIAL_OPTIMIZE_INPUTS}, else {@code perennial-bench/target/optimize-inputs}.
 */
final class OptimizeInputs {

  final int size;
  final AllocationProblem minVolatility;
  final AllocationProblem maxIncome;
  final AllocationProblem incomeUncapped;
  final double volatilityCap;

  private OptimizeInputs(int size, AllocationProblem minVolatility, AllocationProblem maxIncome,
      AllocationProblem incomeUncapped, double volatilityCap) {
    this.size = size;
    this.minVolatility = minVolatility;
    this.maxIncome = maxIncome;
    this.incomeUncapped = incomeUncapped;
    this.volatilityCap = volatilityCap;
  }

  static Path folder() {
    return InputFiles.folder("perennial.bench.optimize.inputs", "PERENNIAL_OPTIMIZE_INPUTS", "perennial-bench/target/optimize-inputs");
  }

  static OptimizeInputs load(int n) throws IOException {
    JsonNode doc = InputFiles.read(folder(), "inputs-" + n + ".json",
        "perennial-bench/compare-optimize.sh (or peers/optimize_inputs.py DATA_DIR " + folder() + " " + n + ")");
    List<CandidateAsset> assets = new ArrayList<>();
    Set<String> sectors = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      String sector = doc.get("sectors").get(i).asText();
      sectors.add(sector);
      assets.add(new CandidateAsset(AssetId.of(doc.get("tickers").get(i).asText()), sector, sector, "",
          IncomeProfile.of(doc.get("yields").get(i).asDouble(), 0.0)));
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
    AllocationProblem minVolatility = AllocationProblem.builder(assets, mu, sigma).build();
    AllocationProblem.Builder income = minVolatility.toBuilder().objective(new Objective.MaxIncome())
        .weightBounds(0.0, doc.get("assetCap").asDouble());
    for (String sector : sectors) {
      income.constraint(AllocationConstraint.maxGroup(GroupKind.ASSET_CLASS, sector, doc.get("sectorCap").asDouble()));
    }
    AllocationProblem uncapped = income.build();
    double cap = doc.get("volatilityCap").asDouble();
    return new OptimizeInputs(n, minVolatility, uncapped.withConstraint(AllocationConstraint.maxVolatility(cap)), uncapped, cap);
  }
}
