package io.perennial.bench.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.perennial.domain.AccountType;
import io.perennial.project.IncomeModel;
import io.perennial.project.IncomeResponse;
import io.perennial.project.IncomeStream;
import io.perennial.project.InflationAssumption;
import io.perennial.project.ParametricMonteCarlo;
import io.perennial.project.Position;
import io.perennial.project.Projection;
import io.perennial.project.ProjectionModel;
import io.perennial.project.ProjectionResult;
import io.perennial.project.RunOptions;
import io.perennial.project.SpendingRule;
import io.perennial.project.TaxRates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark fixture: 12 correlated asset classes (8 paying dividends that react to returns,
 * 4 paying a constant coupon), one position per class spread over the three account types with
 * reinvestment all / none / half, constant real spending of 4 %, social security from year 8,
 * flat taxes, yearly rebalancing within accounts, stochastic inflation; lognormal shocks over
 * 50 years. {@link #main} writes the same fixture as JSON for the NumPy peer
 * ({@code perennial-bench/peers/montecarlo.py}) and prints the engine's headline figures on it.
 */
public final class TwelveClassProjection {

  public static final int PATHS = 100_000;
  public static final int YEARS = 50;
  public static final long SEED = 42L;
  public static final double START = 1_000_000.0;
  public static final double SPENDING = 40_000.0;

  /** name, expected return, volatility, starting yield, income growth (NaN = constant yield), weight. */
  static final Object[][] CLASSES = {
    {"us_large", 0.085, 0.16, 0.015, 0.050, 0.20},
    {"us_dividend", 0.085, 0.15, 0.030, 0.045, 0.10},
    {"us_small", 0.095, 0.21, 0.012, 0.060, 0.05},
    {"intl_developed", 0.080, 0.17, 0.030, 0.040, 0.08},
    {"emerging", 0.095, 0.23, 0.028, 0.050, 0.04},
    {"reit", 0.080, 0.20, 0.040, 0.030, 0.05},
    {"infrastructure", 0.070, 0.14, 0.035, 0.035, 0.04},
    {"energy_mlp", 0.085, 0.25, 0.060, 0.020, 0.04},
    {"treasuries", 0.040, 0.06, 0.040, Double.NaN, 0.15},
    {"corporates", 0.050, 0.07, 0.050, Double.NaN, 0.12},
    {"tips", 0.038, 0.05, 0.020, Double.NaN, 0.08},
    {"cash", 0.030, 0.01, 0.030, Double.NaN, 0.05},
  };

  static final InflationAssumption INFLATION = new InflationAssumption(0.025, 0.015, 0.6);
  static final TaxRates TAXES = new TaxRates(0.15, 0.22, 0.05);
  static final IncomeStream SOCIAL_SECURITY = new IncomeStream("social security", 18_000, 8, Integer.MAX_VALUE, 1.0, 0.85);

  private TwelveClassProjection() {}

  static int size() {
    return CLASSES.length;
  }

  static String name(int i) {
    return (String) CLASSES[i][0];
  }

  static double number(int i, int column) {
    return (Double) CLASSES[i][column];
  }

  static boolean equity(int i) {
    return !Double.isNaN(number(i, 4));
  }

  /** Equities 0.75 with each other (0.6 for REIT, infrastructure and MLP), bonds 0.6 (cash 0.2), across 0.1. */
  static double[][] correlation() {
    int n = size();
    double[][] c = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i == j) {
          c[i][j] = 1.0;
        } else if (equity(i) && equity(j)) {
          c[i][j] = (i >= 5 || j >= 5) ? 0.6 : 0.75;
        } else if (!equity(i) && !equity(j)) {
          c[i][j] = (name(i).equals("cash") || name(j).equals("cash")) ? 0.2 : 0.6;
        } else {
          c[i][j] = 0.1;
        }
      }
    }
    return c;
  }

  /** Inflation shocks: −0.1 with equities, −0.3 with nominal bonds, +0.4 with TIPS, +0.3 with cash. */
  static double[] inflationCorrelation() {
    double[] c = new double[size()];
    for (int i = 0; i < size(); i++) {
      c[i] = equity(i) ? -0.1 : switch (name(i)) {
        case "tips" -> 0.4;
        case "cash" -> 0.3;
        default -> -0.3;
      };
    }
    return c;
  }

  static AccountType account(int i) {
    return AccountType.values()[i % 3];
  }

  static double reinvest(int i) {
    return new double[] {1.0, 0.0, 0.5}[i % 3];
  }

  public static ParametricMonteCarlo source(int paths, long seed) {
    ParametricMonteCarlo.Builder b = ParametricMonteCarlo.builder();
    for (int i = 0; i < size(); i++) {
      b.assetClass(name(i), number(i, 1), number(i, 2));
    }
    return b.correlation(correlation()).inflationCorrelation(inflationCorrelation()).inflation(INFLATION)
        .paths(paths).seed(seed).build();
  }

  public static ProjectionModel model() {
    List<Position> positions = new ArrayList<>();
    for (int i = 0; i < size(); i++) {
      IncomeModel income = equity(i) ? IncomeModel.DividendGrowth.usEquity(number(i, 4)) : new IncomeModel.ConstantYield();
      positions.add(new Position(name(i), name(i), account(i), START * number(i, 5), number(i, 3), income, reinvest(i)));
    }
    return ProjectionModel.builder()
        .positions(positions)
        .spending(new SpendingRule.ConstantSpending(SPENDING, true))
        .stream(SOCIAL_SECURITY)
        .taxes(TAXES)
        .years(YEARS)
        .build();
  }

  /** The fixture as plain numbers for the NumPy peer. */
  static Map<String, Object> fixture(int paths) {
    Map<String, Object> f = new LinkedHashMap<>();
    List<Map<String, Object>> classes = new ArrayList<>();
    for (int i = 0; i < size(); i++) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("name", name(i));
      c.put("expectedReturn", number(i, 1));
      c.put("volatility", number(i, 2));
      c.put("yield", number(i, 3));
      c.put("dividend", equity(i));
      c.put("incomeGrowth", equity(i) ? number(i, 4) : 0.0);
      c.put("value", START * number(i, 5));
      c.put("account", account(i).id());
      c.put("reinvest", reinvest(i));
      classes.add(c);
    }
    f.put("classes", classes);
    f.put("correlation", correlation());
    f.put("inflationCorrelation", inflationCorrelation());
    f.put("inflation", Map.of("mean", INFLATION.mean(), "volatility", INFLATION.volatility(), "persistence", INFLATION.persistence()));
    IncomeResponse r = IncomeResponse.US_EQUITY_DIVIDENDS;
    f.put("response", Map.of("downside", r.downside(), "upside", r.upside(), "yieldReversion", r.yieldReversion()));
    f.put("maxYield", IncomeModel.DividendGrowth.MAX_YIELD);
    f.put("taxes", Map.of("income", TAXES.incomeRate(), "deferredWithdrawal", TAXES.deferredWithdrawalRate(), "taxableSale",
        TAXES.taxableSaleRate()));
    f.put("withdrawalOrder", List.of("taxable", "tax-deferred", "tax-free"));
    f.put("spending", SPENDING);
    f.put("stream", Map.of("amount", SOCIAL_SECURITY.annualAmount(), "start", SOCIAL_SECURITY.startYear(), "indexation",
        SOCIAL_SECURITY.indexation(), "taxableFraction", SOCIAL_SECURITY.taxableFraction()));
    f.put("years", YEARS);
    f.put("paths", paths);
    f.put("seed", SEED);
    return f;
  }

  /** Writes the fixture to {@code args[0]} and prints the engine's headline figures on it as JSON. */
  public static void main(String[] args) throws IOException {
    int paths = args.length > 1 ? Integer.parseInt(args[1]) : PATHS;
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    mapper.writeValue(Path.of(args[0]).toFile(), fixture(paths));
    ProjectionModel model = model();
    ProjectionResult result = Projection.run(model, source(paths, SEED).scenarios(model.seriesUsed(), YEARS), RunOptions.defaults());
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("successRate", result.successRate());
    figures.put("medianRealValueYear50", result.realValue().p50()[YEARS - 1]);
    figures.put("medianRealIncomeYear1", result.realIncome().p50()[0]);
    figures.put("medianRealIncomeYear50", result.realIncome().p50()[YEARS - 1]);
    figures.put("incomeCoverageYear20", result.incomeCoverage()[19]);
    figures.put("medianWorstIncomeDrop", result.incomeDrop().median());
    System.out.println(mapper.writeValueAsString(figures));
  }
}
