package io.perennial.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perennial.domain.AssetClass;
import org.junit.jupiter.api.Test;

class ClassCorrelationsTest {

  private static final int N = AssetClass.values().length;

  private static double[][] identity() {
    double[][] m = new double[N][N];
    for (int i = 0; i < N; i++) {
      m[i][i] = 1.0;
    }
    return m;
  }

  @Test
  void identityIsAccepted() {
    ClassCorrelations correlations = ClassCorrelations.of(identity());
    assertThat(correlations.correlation(AssetClass.REITS, AssetClass.CASH)).isZero();
    assertThat(correlations.smallestEigenvalue()).isEqualTo(1.0);
  }

  @Test
  void rejectsAMatrixThatIsNotPositiveSemiDefinite() {
    // ρ(0,1) = ρ(0,2) = 0.9 and ρ(1,2) = −0.9 cannot happen together: the 3 × 3 block has
    // determinant 1 − 3·0.81 − 2·0.9·0.9·0.9 < 0, so an eigenvalue is negative.
    double[][] m = identity();
    m[0][1] = m[1][0] = 0.9;
    m[0][2] = m[2][0] = 0.9;
    m[1][2] = m[2][1] = -0.9;
    assertThatThrownBy(() -> ClassCorrelations.of(m)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not positive semi-definite");
  }

  @Test
  void rejectsAsymmetryABadDiagonalAndTheWrongSize() {
    double[][] asymmetric = identity();
    asymmetric[0][1] = 0.3;
    assertThatThrownBy(() -> ClassCorrelations.of(asymmetric)).hasMessageContaining("symmetric");
    double[][] diagonal = identity();
    diagonal[3][3] = 0.99;
    assertThatThrownBy(() -> ClassCorrelations.of(diagonal)).hasMessageContaining("with itself must be 1");
    assertThatThrownBy(() -> ClassCorrelations.of(new double[3][3])).hasMessageContaining("rows");
  }

  @Test
  void matrixIsACopy() {
    ClassCorrelations correlations = ClassCorrelations.of(identity());
    correlations.matrix()[0][1] = 0.5;
    assertThat(correlations.correlation(AssetClass.values()[0], AssetClass.values()[1])).isZero();
  }
}
