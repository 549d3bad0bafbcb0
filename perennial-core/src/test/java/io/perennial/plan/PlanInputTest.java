package io.perennial.plan;

import io.perennial.market.UniverseAsset;
import static io.perennial.plan.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.AccountType;
import io.perennial.domain.AssetClass;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanInputTest {

  private static final IncomeMix MIX = IncomeMix.of(IncomeCharacter.QUALIFIED_DIVIDEND);

  @Test
  void aHoldingMustBeInTheUniverse() {
    assertThatThrownBy(() -> plan()
        .asset("DIV", AssetClass.US_DIVIDEND_STOCKS, "50", 0.04, 0.05, 0.09, 0.2, MIX)
        .account("taxable", AccountType.TAXABLE, "OTHER", "10")
        .build()).hasMessageContaining("OTHER, which is not in the universe");
  }

  @Test
  void aHeldAssetNeedsAPrice() {
    PlanInput input = plan().asset("DIV", AssetClass.US_DIVIDEND_STOCKS, "50", 0.04, 0.05, 0.09, 0.2, MIX)
        .account("taxable", AccountType.TAXABLE, "DIV", "10").build();
    assertThatThrownBy(() -> new PlanInput(input.valuationDate(), input.profile(), input.accounts(), input.universe(),
        Map.of(), List.of())).hasMessageContaining("has no price");
    assertThatThrownBy(() -> new PlanInput(input.valuationDate(), input.profile(), input.accounts(), input.universe(),
        Map.of(AssetId.of("DIV"), Money.usd("0")), List.of())).hasMessageContaining("more than zero");
  }

  @Test
  void constraintsOnAssetsNameUniverseAssets() {
    PlanInput input = plan().asset("DIV", AssetClass.US_DIVIDEND_STOCKS, "50", 0.04, 0.05, 0.09, 0.2, MIX).build();
    assertThatThrownBy(() -> new PlanInput(input.valuationDate(), input.profile(), input.accounts(), input.universe(),
        input.prices(), List.of(new PlanConstraint(null, ConstraintKind.MAX_ASSET, "XYZ", 0.1))))
        .hasMessageContaining("XYZ, which is not in the universe");
    PlanInput ok = new PlanInput(input.valuationDate(), input.profile(), input.accounts(), input.universe(),
        input.prices(), List.of(new PlanConstraint(null, ConstraintKind.MAX_ASSET, "DIV", 0.1)));
    assertThat(ok.constraints()).hasSize(1);
  }
}
