package io.perennial.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.basics.AssetId;
import io.perennial.domain.Asset;
import io.perennial.domain.AssetClass;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import org.junit.jupiter.api.Test;

class UniverseAssetTest {

  private static Asset asset(AssetClass assetClass) {
    return new Asset(AssetId.of("X"), "X", assetClass, "", "", IncomeMix.of(IncomeCharacter.QUALIFIED_DIVIDEND));
  }

  @Test
  void rentalPropertyAndRoyaltiesAreHeldAsTheyAreByDefaultEverythingElseIsTraded() {
    for (AssetClass assetClass : AssetClass.values()) {
      boolean expected = assetClass != AssetClass.RENTAL_REAL_ESTATE && assetClass != AssetClass.ROYALTIES;
      assertThat(UniverseAsset.tradeableByDefault(assetClass)).as(assetClass.toString()).isEqualTo(expected);
      assertThat(new UniverseAsset(asset(assetClass), OwnEstimates.NONE).tradeable()).as(assetClass.toString())
          .isEqualTo(expected);
    }
  }

  @Test
  void thePlansWordWinsOverTheDefault() {
    assertThat(new UniverseAsset(asset(AssetClass.ROYALTIES), OwnEstimates.NONE, false, 0.0, true).tradeable()).isTrue();
    assertThat(new UniverseAsset(asset(AssetClass.US_STOCKS), OwnEstimates.NONE, false, 0.0, false).tradeable()).isFalse();
  }
}
