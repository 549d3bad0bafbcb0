package io.perennial.optimize.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.linalg.SymmetricEigen;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ojalgo.matrix.decomposition.Eigenvalue;
import org.ojalgo.matrix.store.RawStore;

/**
 * {@link SymmetricEigen#eigenvalues} (Householder reduction and bisection) against ojAlgo's
 * symmetric eigenvalue decomposition, a second implementation. It sits here because this package
 * is the one that may import ojAlgo (ArchitectureTest).
 */
class OjAlgoEigenvaluesTest {

  @Property(tries = 60, seed = "15")
  void eigenvaluesEqualOjAlgos(@ForAll @IntRange(min = 1, max = 120) int n, @ForAll long seed) {
    Random random = new Random(seed);
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        a[i][j] = 2 * random.nextDouble() - 1;
        a[j][i] = a[i][j];
      }
    }
    double[] values = SymmetricEigen.eigenvalues(a);
    Eigenvalue<Double> ojAlgo = Eigenvalue.R064.make(true);
    assertThat(ojAlgo.decompose(RawStore.wrap(a))).isTrue();
    double[] expected = new double[n];
    ojAlgo.getEigenvalues(expected, Optional.empty());
    Arrays.sort(expected);
    // Relative to the spectral norm: each eigenvalue is defined to rounding of ‖A‖ only.
    double norm = Math.max(Math.abs(expected[0]), Math.abs(expected[n - 1]));
    assertThat(values).containsExactly(expected, within(1e-12 * norm));
  }
}
