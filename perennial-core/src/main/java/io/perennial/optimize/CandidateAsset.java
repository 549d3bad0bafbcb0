package io.perennial.optimize;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;

/**
 * An asset the optimizer may hold, with the tags group limits read and its income profile.
 *
 * @param id the asset
 * @param assetClass the asset class tag (e.g. {@code reits}, or a GICS sector when classes are
 *     sectors); empty when unknown
 * @param sector the sector tag; empty when unknown
 * @param issuer the issuer or fund family tag; empty when unknown
 * @param income what it pays
 */
public record CandidateAsset(AssetId id, String assetClass, String sector, String issuer, IncomeProfile income) {

  public CandidateAsset {
    Checks.notNull(id, "asset id");
    assetClass = assetClass == null ? "" : assetClass.strip();
    sector = sector == null ? "" : sector.strip();
    issuer = issuer == null ? "" : issuer.strip();
    Checks.notNull(income, "income profile of " + id);
  }

  /** An asset with no tags and no income. */
  public static CandidateAsset of(String id) {
    return new CandidateAsset(AssetId.of(id), "", "", "", IncomeProfile.NONE);
  }

  /** An asset of a class, with an income profile. */
  public static CandidateAsset of(String id, String assetClass, IncomeProfile income) {
    return new CandidateAsset(AssetId.of(id), assetClass, "", "", income);
  }

  /** The tag read by a group limit of {@code kind}. */
  public String tag(GroupKind kind) {
    return switch (kind) {
      case ASSET_CLASS -> assetClass;
      case SECTOR -> sector;
      case ISSUER -> issuer;
    };
  }

  public CandidateAsset withIncome(IncomeProfile newIncome) {
    return new CandidateAsset(id, assetClass, sector, issuer, newIncome);
  }
}
