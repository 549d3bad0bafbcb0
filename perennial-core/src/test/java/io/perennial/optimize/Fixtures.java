package io.perennial.optimize;

import io.perennial.basics.AssetId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Test fixtures: small hand-made universes and random problems. */
final class Fixtures {

  private Fixtures() {}

  /** Diagonal covariance from volatilities. */
  static double[][] diagonal(double... volatilities) {
    int n = volatilities.length;
    double[][] sigma = new double[n][n];
    for (int i = 0; i < n; i++) {
      sigma[i][i] = volatilities[i] * volatilities[i];
    }
    return sigma;
  }

  /** Assets named A, B, C, … without tags or income. */
  static List<CandidateAsset> plain(int n) {
    List<CandidateAsset> assets = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      assets.add(CandidateAsset.of(String.valueOf((char) ('A' + i))));
    }
    return assets;
  }

  static AssetId id(String name) {
    return AssetId.of(name);
  }

  /** The classes random assets are drawn from. */
  static final String[] CLASSES = {"stocks", "bonds", "reits"};

  /**
   * A random universe of n assets: a factor covariance (volatilities about 5–40 %), expected returns
   * 2–12 %, yields 0–8 %, income growth −2–8 %, a class from {@link #CLASSES}, about one asset in
   * six flagged as a yield trap with a 30 % expected cut.
   */
  static AllocationProblem.Builder random(Random random, int n) {
    int factors = 3;
    double[][] loadings = new double[n][factors];
    double[] specific = new double[n];
    for (int i = 0; i < n; i++) {
      for (int f = 0; f < factors; f++) {
        loadings[i][f] = (0.02 + 0.15 * random.nextDouble()) * (random.nextInt(4) == 0 ? -1 : 1);
      }
      specific[i] = 0.03 + 0.2 * random.nextDouble();
    }
    double[][] sigma = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int f = 0; f < factors; f++) {
          sum += loadings[i][f] * loadings[j][f];
        }
        sigma[i][j] = sum + (i == j ? specific[i] * specific[i] : 0.0);
      }
    }
    double[] mu = new double[n];
    List<CandidateAsset> assets = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      mu[i] = 0.02 + 0.10 * random.nextDouble();
      double yield = 0.08 * random.nextDouble();
      boolean trap = random.nextInt(6) == 0;
      IncomeProfile income = new IncomeProfile(yield, 0.7 + 0.3 * random.nextDouble(), trap ? 0.3 : 0.0, trap,
          -0.02 + 0.10 * random.nextDouble());
      assets.add(new CandidateAsset(AssetId.of("X" + i), CLASSES[random.nextInt(CLASSES.length)], "", "", income));
    }
    return AllocationProblem.builder(assets, mu, sigma);
  }
}
