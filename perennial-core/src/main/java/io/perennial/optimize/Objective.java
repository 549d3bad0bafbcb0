package io.perennial.optimize;

import io.perennial.basics.Checks;

/**
 * What the optimizer maximises or minimises over the weights w (which sum to the budget, 1 unless
 * market-neutral). μ is the vector of expected annual returns, Σ the annual covariance, {@code inc}
 * the after-tax income per unit of weight ({@link IncomeProfile#afterTaxIncome()}), γ the problem's
 * L2 regularisation (γ·Σwᵢ² is added to every minimised objective, as PyPortfolioOpt's
 * {@code L2_reg}). Volatility caps come from {@link AllocationConstraint.MaxVolatility}.
 */
public sealed interface Objective {

  /** The id used on the command line, e.g. {@code min-volatility}. */
  String id();

  /** Minimise the variance wᵀΣw (+ γ‖w‖²). Objective value: wᵀΣw + γ‖w‖². */
  record MinVolatility() implements Objective {
    @Override
    public String id() {
      return "min-volatility";
    }
  }

  /**
   * Maximise the Sharpe ratio (μᵀw − rf) / √(wᵀΣw), rf being the problem's risk-free rate. Solved
   * exactly by the change of variables y = κw, κ ≥ 0: minimise yᵀΣy (+ γ‖y‖²) subject to
   * (μ − rf)ᵀy = 1, Σyᵢ = κ and every linear constraint scaled by κ (Cornuéjols and Tütüncü 2006,
   * as PyPortfolioOpt's {@code max_sharpe}). Objective value: the Sharpe ratio.
   */
  record MaxSharpe() implements Objective {
    @Override
    public String id() {
      return "max-sharpe";
    }
  }

  /**
   * Maximise the expected return μᵀw (− γ‖w‖²) subject to a volatility of at most
   * {@code targetVolatility} (the constraint {@code volatility<=target}). Objective value: μᵀw − γ‖w‖².
   */
  record EfficientRisk(double targetVolatility) implements Objective {
    public EfficientRisk {
      Checks.positive(targetVolatility, "target volatility");
    }

    @Override
    public String id() {
      return "efficient-risk";
    }
  }

  /**
   * Minimise the variance wᵀΣw (+ γ‖w‖²) subject to an expected return of at least
   * {@code targetReturn} (the constraint {@code return>=target}). Objective value: wᵀΣw + γ‖w‖².
   */
  record EfficientReturn(double targetReturn) implements Objective {
    public EfficientReturn {
      Checks.finite(targetReturn, "target return");
    }

    @Override
    public String id() {
      return "efficient-return";
    }
  }

  /**
   * Maximise the expected return μᵀw (− γ‖w‖²) with no risk term: a corner solution, the top of the
   * efficient frontier (PyPortfolioOpt's {@code _max_return}). Objective value: μᵀw − γ‖w‖².
   */
  record MaxReturn() implements Objective {
    @Override
    public String id() {
      return "max-return";
    }
  }

  /**
   * Maximise the quadratic utility μᵀw − (δ/2)·wᵀΣw (− γ‖w‖²) for a risk aversion δ &gt; 0.
   * Objective value: that utility.
   */
  record MaxUtility(double riskAversion) implements Objective {
    public MaxUtility {
      Checks.positive(riskAversion, "risk aversion");
    }

    @Override
    public String id() {
      return "max-utility";
    }
  }

  /**
   * Maximise the expected after-tax income incᵀw (− γ‖w‖²), usually with a volatility cap.
   * Objective value: incᵀw − γ‖w‖² (a yield, fraction per year).
   */
  record MaxIncome() implements Objective {
    @Override
    public String id() {
      return "max-income";
    }
  }

  /**
   * Balance income and growth: maximise {@code e·incᵀw + (1 − e)·(μᵀw − inflation)} (− γ‖w‖²),
   * where the <em>income emphasis</em> e ∈ [0, 1] says how much a point of after-tax income is
   * worth against a point of real total return: e = 0 is pure real total return, e = 1 pure income,
   * e = 0.5 counts them alike (income is then counted twice: once in total return, once on its
   * own). Usually combined with a volatility cap. Objective value: that blend.
   *
   * @param incomeEmphasis e in [0, 1]
   * @param inflation the expected inflation rate subtracted from the nominal return
   */
  record IncomeAndGrowth(double incomeEmphasis, double inflation) implements Objective {
    public IncomeAndGrowth {
      Checks.inRange(incomeEmphasis, 0.0, 1.0, "income emphasis");
      Checks.inRange(inflation, -0.5, 1.0, "inflation");
    }

    @Override
    public String id() {
      return "income-and-growth";
    }
  }
}
