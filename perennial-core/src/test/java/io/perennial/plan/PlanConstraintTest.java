package io.perennial.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlanConstraintTest {

  @Test
  void namesDefaultToKindAndSubject() {
    assertThat(new PlanConstraint(null, ConstraintKind.MAX_CLASS, "reits", 0.15).name()).isEqualTo("max-class:reits");
    assertThat(new PlanConstraint("", ConstraintKind.MIN_YIELD, "", 0.03).name()).isEqualTo("min-yield");
    assertThat(new PlanConstraint("reit-cap", ConstraintKind.MAX_CLASS, "reits", 0.15).name()).isEqualTo("reit-cap");
  }

  @Test
  void subjectMustMatchTheKind() {
    assertThatThrownBy(() -> new PlanConstraint(null, ConstraintKind.MAX_ASSET, "", 0.1)).hasMessageContaining("needs a subject: its asset");
    assertThatThrownBy(() -> new PlanConstraint(null, ConstraintKind.MAX_EACH_ASSET, "SCHD", 0.1))
        .hasMessageContaining("takes no subject");
  }

  @Test
  void limitsAreCheckedByKind() {
    assertThatThrownBy(() -> new PlanConstraint(null, ConstraintKind.MAX_CLASS, "reits", 1.5)).hasMessageContaining("weight");
    assertThatThrownBy(() -> new PlanConstraint(null, ConstraintKind.MAX_HOLDINGS, "", 2.5)).hasMessageContaining("whole number");
    assertThat(new PlanConstraint(null, ConstraintKind.MIN_INCOME_GROWTH, "", -0.01).limit()).isEqualTo(-0.01);
  }

  @Test
  void kindsKnowWhatTheyBound() {
    assertThat(ConstraintKind.parse("min-asset").isMinimum()).isTrue();
    assertThat(ConstraintKind.parse("max-sector").subject()).isEqualTo(ConstraintKind.Subject.SECTOR);
    assertThat(ConstraintKind.MAX_HOLDINGS.limit()).isEqualTo(ConstraintKind.Limit.COUNT);
  }
}
