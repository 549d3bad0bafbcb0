package io.perennial.bench;

import io.perennial.basics.linalg.Cholesky;
import io.perennial.basics.linalg.PsdRepair;
import io.perennial.basics.linalg.SymmetricEigen;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ojalgo.matrix.decomposition.Eigenvalue;
import org.ojalgo.matrix.store.RawStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Perennial's dense kernels beside two well-kept pure-Java libraries on the same matrices, in one
 * JMH run (issue 15, "What to build" 1): the symmetric eigendecomposition (with and without
 * vectors) and the Cholesky factor of an {@code n × n} matrix, the spectral PSD repair of one with
 * 20 negative eigenvalues (Perennial only: the libraries have no such operation, and their full
 * decomposition is its cost there), and the Gram product {@code XᵀX} of a {@code 5,401 × n} matrix
 * (EJML's {@code multTransA}; Perennial's masked kernel is timed on real data by
 * {@code CovarianceBenchmark}). Libraries: EJML 0.46.1 ({@code ejml-ddense}), ojAlgo 57.1.
 * dev.ludovic.netlib is not included: it is not in this workplace's package lists.
 *
 * <p>Matrices: {@code S = B·Bᵀ/n + 10⁻³·I} for a Gaussian B (positive definite), and
 * {@code S − λ₂₀·I} (λ₂₀ its 20th smallest eigenvalue) for the repair; fixed seed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LinearAlgebraBenchmark {

  /** The dimension. */
  @Param("500")
  public int n;

  private double[][] positiveDefinite;
  private double[][] indefinite;
  private DMatrixRMaj ejmlPositiveDefinite;
  private DMatrixRMaj ejmlTall;
  private DMatrixRMaj ejmlGram;

  @Setup(Level.Trial)
  public void build() {
    Random random = new Random(15);
    double[][] b = new double[n][n];
    for (double[] row : b) {
      for (int j = 0; j < n; j++) {
        row[j] = random.nextGaussian();
      }
    }
    positiveDefinite = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = 0;
        for (int k = 0; k < n; k++) {
          s += b[i][k] * b[j][k];
        }
        positiveDefinite[i][j] = s / n + (i == j ? 1e-3 : 0);
        positiveDefinite[j][i] = positiveDefinite[i][j];
      }
    }
    double shift = SymmetricEigen.eigenvalues(positiveDefinite)[Math.min(19, n - 1)];
    indefinite = new double[n][];
    for (int i = 0; i < n; i++) {
      indefinite[i] = positiveDefinite[i].clone();
      indefinite[i][i] -= shift;
    }
    ejmlPositiveDefinite = new DMatrixRMaj(positiveDefinite);
    ejmlTall = new DMatrixRMaj(5401, n);
    for (int k = 0; k < ejmlTall.data.length; k++) {
      ejmlTall.data[k] = random.nextGaussian() * 0.02;
    }
    ejmlGram = new DMatrixRMaj(n, n);
  }

  @Benchmark
  public SymmetricEigen eigenPerennial() {
    return SymmetricEigen.decompose(positiveDefinite);
  }

  @Benchmark
  public double[] eigenvaluesPerennial() {
    return SymmetricEigen.eigenvalues(positiveDefinite);
  }

  @Benchmark
  public PsdRepair psdRepairPerennial() {
    return PsdRepair.spectral(indefinite);
  }

  @Benchmark
  public EigenDecomposition_F64<DMatrixRMaj> eigenEjml() {
    EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(n, true, true);
    eigen.decompose(ejmlPositiveDefinite.copy());
    return eigen;
  }

  @Benchmark
  public EigenDecomposition_F64<DMatrixRMaj> eigenvaluesEjml() {
    EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(n, false, true);
    eigen.decompose(ejmlPositiveDefinite.copy());
    return eigen;
  }

  @Benchmark
  public Eigenvalue<Double> eigenOjAlgo() {
    Eigenvalue<Double> eigen = Eigenvalue.R064.make(true);
    eigen.decompose(RawStore.wrap(positiveDefinite));
    return eigen;
  }

  @Benchmark
  public Cholesky choleskyPerennial() {
    return Cholesky.decompose(positiveDefinite);
  }

  @Benchmark
  public CholeskyDecomposition_F64<DMatrixRMaj> choleskyEjml() {
    CholeskyDecomposition_F64<DMatrixRMaj> cholesky = DecompositionFactory_DDRM.chol(n, true);
    cholesky.decompose(ejmlPositiveDefinite.copy());
    return cholesky;
  }

  @Benchmark
  public org.ojalgo.matrix.decomposition.Cholesky<Double> choleskyOjAlgo() {
    org.ojalgo.matrix.decomposition.Cholesky<Double> cholesky = org.ojalgo.matrix.decomposition.Cholesky.R064.make();
    cholesky.decompose(RawStore.wrap(positiveDefinite));
    return cholesky;
  }

  /** EJML's {@code XᵀX} of a dense 5,401 × n matrix (no masks): the Gram product alone. */
  @Benchmark
  public DMatrixRMaj gramEjml() {
    CommonOps_DDRM.multTransA(ejmlTall, ejmlTall, ejmlGram);
    return ejmlGram;
  }
}
