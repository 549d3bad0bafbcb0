package io.perennial.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParametricMonteCarloTest {

  private static final int PATHS = 4_000;
  private static final int YEARS = 25; // 100,000 draws per class

  private static ParametricMonteCarlo source(ReturnDistribution shape) {
    return ParametricMonteCarlo.builder()
        .assetClass("stocks", 0.08, 0.20)
        .assetClass("bonds", 0.04, 0.06)
        .correlation(new double[][] {{1, 0.3}, {0.3, 1}})
        .inflationCorrelation(new double[] {-0.2, -0.4})
        .inflation(new InflationAssumption(0.03, 0.02, 0.7))
        .distribution(shape)
        .degreesOfFreedom(5)
        .paths(PATHS)
        .seed(99)
        .build();
  }

  /** Sample moments of the draws: mean and sd of 1+R per class, correlation of log returns, inflation stats. */
  private static double[] moments(ScenarioSet set) {
    PathScenario path = set.newBuffer();
    int n = PATHS * YEARS;
    double[] sum = new double[2];
    double[] sumSq = new double[2];
    double[] logSum = new double[2];
    double[] logSq = new double[2];
    double logCross = 0;
    double piSum = 0;
    double piSq = 0;
    double piLag = 0;
    int lagCount = 0;
    for (int p = 0; p < PATHS; p++) {
      set.fill(p, path);
      for (int t = 0; t < YEARS; t++) {
        for (int s = 0; s < 2; s++) {
          double g = path.gross(t, s);
          sum[s] += g;
          sumSq[s] += g * g;
          logSum[s] += path.logReturn(t, s);
          logSq[s] += path.logReturn(t, s) * path.logReturn(t, s);
          assertThat(path.logReturn(t, s)).isEqualTo(Math.log(g), within(1e-12));
        }
        logCross += path.logReturn(t, 0) * path.logReturn(t, 1);
        piSum += path.inflation(t);
        piSq += path.inflation(t) * path.inflation(t);
        if (t > 0) {
          piLag += (path.inflation(t) - 0.03) * (path.inflation(t - 1) - 0.03);
          lagCount++;
        }
      }
    }
    double[] out = new double[8];
    for (int s = 0; s < 2; s++) {
      out[s] = sum[s] / n - 1;
      out[2 + s] = Math.sqrt(sumSq[s] / n - (sum[s] / n) * (sum[s] / n));
    }
    double m0 = logSum[0] / n;
    double m1 = logSum[1] / n;
    double cov = logCross / n - m0 * m1;
    out[4] = cov / Math.sqrt((logSq[0] / n - m0 * m0) * (logSq[1] / n - m1 * m1));
    out[5] = piSum / n;
    out[6] = Math.sqrt(piSq / n - out[5] * out[5]);
    out[7] = piLag / lagCount / (out[6] * out[6]);
    return out;
  }

  @Test
  void lognormalDrawsHaveTheAssumedMeansVolatilitiesAndCorrelation() {
    double[] m = moments(source(ReturnDistribution.LOGNORMAL).scenarios(List.of("stocks", "bonds"), YEARS));

    // Standard errors with 100,000 draws: mean 0.2/316 = 0.0006 (stocks), correlation ≈ 0.003.
    assertThat(m[0]).isCloseTo(0.08, within(0.003));
    assertThat(m[1]).isCloseTo(0.04, within(0.001));
    assertThat(m[2]).isCloseTo(0.20, within(0.004));
    assertThat(m[3]).isCloseTo(0.06, within(0.001));
    assertThat(m[4]).isCloseTo(0.30, within(0.015));
    assertThat(m[5]).isCloseTo(0.03, within(0.002));
    assertThat(m[6]).isCloseTo(0.02, within(0.001));
    assertThat(m[7]).isCloseTo(0.7, within(0.03));
  }

  @Test
  void groupFactorDrawsHaveTheGroupsCorrelationsAndEachClassItsOwnMeanAndVolatility() {
    // Four classes in two groups: within a group the correlation is the group's diagonal (0.9, 0.8),
    // across groups 0.3 — the matrix a dense draw would be given, written out here.
    String[] names = {"a1", "a2", "b1", "b2"};
    double[] mu = {0.08, 0.07, 0.04, 0.05};
    double[] vol = {0.20, 0.16, 0.06, 0.09};
    ParametricMonteCarlo.Builder b = ParametricMonteCarlo.builder().paths(PATHS).seed(7)
        .factors(new int[] {0, 0, 1, 1}, new double[][] {{0.9, 0.3}, {0.3, 0.8}});
    for (int i = 0; i < 4; i++) {
      b.assetClass(names[i], mu[i], vol[i]);
    }
    double[][] expected = {{1, 0.9, 0.3, 0.3}, {0.9, 1, 0.3, 0.3}, {0.3, 0.3, 1, 0.8}, {0.3, 0.3, 0.8, 1}};
    ScenarioSet set = b.build().scenarios(List.of(names), YEARS);
    PathScenario path = set.newBuffer();
    int n = PATHS * YEARS;
    double[] gross = new double[4];
    double[] grossSq = new double[4];
    double[] log = new double[4];
    double[][] cross = new double[4][4];
    for (int p = 0; p < PATHS; p++) {
      set.fill(p, path);
      for (int t = 0; t < YEARS; t++) {
        for (int i = 0; i < 4; i++) {
          gross[i] += path.gross(t, i);
          grossSq[i] += path.gross(t, i) * path.gross(t, i);
          log[i] += path.logReturn(t, i);
          for (int j = 0; j < 4; j++) {
            cross[i][j] += path.logReturn(t, i) * path.logReturn(t, j);
          }
        }
      }
    }
    for (int i = 0; i < 4; i++) {
      double mean = gross[i] / n;
      assertThat(mean - 1).as("mean return of %s", names[i]).isCloseTo(mu[i], within(0.003));
      assertThat(Math.sqrt(grossSq[i] / n - mean * mean)).as("volatility of %s", names[i]).isCloseTo(vol[i], within(0.004));
      for (int j = 0; j < 4; j++) {
        double cov = cross[i][j] / n - (log[i] / n) * (log[j] / n);
        double corr = cov / Math.sqrt((cross[i][i] / n - Math.pow(log[i] / n, 2)) * (cross[j][j] / n - Math.pow(log[j] / n, 2)));
        assertThat(corr).as("correlation of %s and %s", names[i], names[j]).isCloseTo(expected[i][j], within(0.015));
      }
    }
  }

  @Test
  void studentTDrawsKeepTheVarianceAndFattenTheTails() {
    ScenarioSet t = source(ReturnDistribution.STUDENT_T).scenarios(List.of("stocks"), YEARS);
    ScenarioSet normal = source(ReturnDistribution.LOGNORMAL).scenarios(List.of("stocks"), YEARS);
    double s = new AssetClassAssumption("stocks", 0.08, 0.20).logVolatility();

    double[] tStats = logStats(t);
    double[] nStats = logStats(normal);

    // Same log-volatility (ν = 5 scaled to unit variance), within sampling error (the t's is larger).
    assertThat(tStats[0]).isCloseTo(s, within(0.006));
    assertThat(nStats[0]).isCloseTo(s, within(0.003));
    // Share of log shocks beyond 3 s.d.: normal 0.27 %; scaled t(5): 2·P(T5 > 3·√(5/3)) = 2·P(T5 > 3.873)
    // = 0.0117 (1.2 %).
    assertThat(nStats[1]).isCloseTo(0.0027, within(0.0008));
    assertThat(tStats[1]).isCloseTo(0.0117, within(0.0025));
  }

  private static double[] logStats(ScenarioSet set) {
    PathScenario path = set.newBuffer();
    double mean = set.expectedLogReturn(0);
    double sd = new AssetClassAssumption("stocks", 0.08, 0.20).logVolatility();
    double sq = 0;
    int beyond = 0;
    int n = 0;
    for (int p = 0; p < PATHS; p++) {
      set.fill(p, path);
      for (int y = 0; y < YEARS; y++) {
        double x = path.logReturn(y, 0) - mean;
        sq += x * x;
        if (Math.abs(x) > 3 * sd) {
          beyond++;
        }
        n++;
      }
    }
    return new double[] {Math.sqrt(sq / n), (double) beyond / n};
  }

  @Test
  void meanAbsoluteStudentTMatchesKnownValues() {
    // E|T| for ν = 3: 2√3·Γ(2)/(√π·2·Γ(3/2)) = 2√3/π = 1.1027; ν = 5: Γ(5/2) = 3√π/4 gives 4√5/(3π) = 0.9490.
    assertThat(StudentT.meanAbsStudentT(3)).isCloseTo(2 * Math.sqrt(3) / Math.PI, within(1e-12));
    assertThat(StudentT.meanAbsStudentT(5)).isCloseTo(4 * Math.sqrt(5) / (3 * Math.PI), within(1e-12));
    assertThat(StudentT.logGamma(10)).isCloseTo(Math.log(362880), within(1e-12));
  }

  @Test
  void inconsistentCorrelationsAreRefused() {
    assertThatThrownBy(() -> ParametricMonteCarlo.builder()
            .assetClass("a", 0.05, 0.1)
            .assetClass("b", 0.05, 0.1)
            .assetClass("c", 0.05, 0.1)
            .correlation(new double[][] {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}})
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not positive definite");
    assertThatThrownBy(() -> ParametricMonteCarlo.builder()
            .assetClass("a", 0.05, 0.1)
            .assetClass("b", 0.05, 0.1)
            .correlation(new double[][] {{1, 0.2}, {0.3, 1}})
            .build())
        .hasMessageContaining("not symmetric");
  }

  @Test
  void unknownClassIsRefusedWithTheKnownNames() {
    assertThatThrownBy(() -> source(ReturnDistribution.LOGNORMAL).scenarios(List.of("gold"), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no asset class 'gold'")
        .hasMessageContaining("stocks, bonds");
  }
}
