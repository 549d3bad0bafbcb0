package io.perennial.io;

import io.perennial.basics.AssetId;
import io.perennial.basics.InvalidInputException;
import io.perennial.basics.Money;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.Asset;
import io.perennial.domain.AssetClass;
import io.perennial.domain.Holding;
import io.perennial.domain.Identified;
import io.perennial.domain.Lot;
import io.perennial.io.PlanFileModel.AccountEntry;
import io.perennial.io.PlanFileModel.HoldingEntry;
import io.perennial.io.PlanFileModel.LotEntry;
import io.perennial.market.CapitalMarketAssumptions;
import io.perennial.market.OwnEstimates;
import io.perennial.market.UniverseAsset;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code accounts:} section of a plan file as {@link Account}s: each account's id and type, its
 * holdings (a quantity, or lots with date and cost basis) checked against the universe and prices,
 * and its menu of the assets it may hold.
 */
final class AccountsSection {

  private final FieldReader fields;
  private final CapitalMarketAssumptions assumptions;

  /**
   * Reads the section through {@code fields}, whose errors name the file's lines; cash held without
   * being in the universe takes its income mix from {@code assumptions}.
   */
  AccountsSection(FieldReader fields, CapitalMarketAssumptions assumptions) {
    this.fields = fields;
    this.assumptions = assumptions;
  }

  /** The {@code accounts:} section with their holdings and lots; a holding of {@code CASH} not in the universe adds cash to {@code universe} and {@code prices}. */
  List<Account> read(List<AccountEntry> entries, Map<AssetId, UniverseAsset> universe,
      Map<AssetId, Money> prices, LocalDate valuationDate) {
    if (entries == null || entries.isEmpty()) {
      throw fields.error("", "the plan has no accounts", "add an accounts: list with at least one account (id, type, holdings)");
    }
    List<Account> accounts = new ArrayList<>();
    Set<String> accountIds = new HashSet<>();
    for (int a = 0; a < entries.size(); a++) {
      String at = "/accounts/" + a;
      AccountEntry entry = entries.get(a);
      if (entry == null) {
        throw fields.error(at, "an empty item in accounts", "give each account id:, type: and holdings:, or remove the '-' line");
      }
      String id = fields.text(at + "/id", entry.id(), "account id");
      if (id.contains("@") || id.chars().anyMatch(Character::isWhitespace)) {
        String suggestion = id.replaceAll("[\\s@]+", "-");
        throw fields.error(at + "/id", "account id '" + id + "' contains " + (id.contains("@") ? "'@'" : "a space")
                + "; an account id is one word, without spaces or '@' (it names the account in the plan's rules, e.g. SCHD@ira)",
            "write it as one word, e.g. id: " + suggestion + ", and put the long form in name:");
      }
      if (!accountIds.add(id)) {
        throw fields.error(at + "/id", "account id '" + id + "' is used twice", "give each account its own id");
      }
      if (entry.type() == null) {
        throw fields.error(at, "account " + id + " has no type", "add type: with one of: " + Identified.ids(AccountType.class));
      }
      AccountType type = fields.id(AccountType.class, at + "/type", entry.type(), "account type");
      List<Holding> holdings = new ArrayList<>();
      Set<AssetId> held = new HashSet<>();
      List<HoldingEntry> holdingEntries = entry.holdings() == null ? List.of() : entry.holdings();
      for (int h = 0; h < holdingEntries.size(); h++) {
        String hat = at + "/holdings/" + h;
        Holding holding = holding(hat, holdingEntries.get(h), universe, prices, valuationDate);
        if (!held.add(holding.assetId())) {
          throw fields.error(hat + "/asset", holding.assetId() + " is held twice in account " + id,
              "merge the two into one holding (list each purchase under lots:)");
        }
        holdings.add(holding);
      }
      try {
        accounts.add(new Account(id, entry.name(), type, holdings));
      } catch (InvalidInputException e) {
        throw fields.error(at, e.getMessage(), "correct the account");
      }
    }
    return accounts;
  }

  /** The accounts' menus, checked against the universe. */
  Map<String, List<AssetId>> menus(List<AccountEntry> entries, Map<AssetId, UniverseAsset> universe) {
    Map<String, List<AssetId>> menus = new LinkedHashMap<>();
    for (int a = 0; a < entries.size(); a++) {
      AccountEntry entry = entries.get(a);
      if (entry.menu() == null) {
        continue;
      }
      String at = "/accounts/" + a + "/menu";
      if (entry.menu().isEmpty()) {
        throw fields.error(at, "the menu of account " + entry.id() + " is empty",
            "list the assets the account may hold, or remove menu: (then it may hold any asset)");
      }
      List<AssetId> menu = new ArrayList<>();
      for (int i = 0; i < entry.menu().size(); i++) {
        AssetId id = fields.assetId(at + "/" + i, entry.menu().get(i));
        if (!universe.containsKey(id)) {
          throw fields.error(at + "/" + i, "the menu names " + id + ", which is not in the universe",
              Suggestions.didYouMean(id.value(), PlanFile.ids(universe)) + "name an asset of the universe");
        }
        if (!menu.contains(id)) {
          menu.add(id);
        }
      }
      menus.put(entry.id().strip(), menu);
    }
    return menus;
  }

  private Holding holding(String at, HoldingEntry entry, Map<AssetId, UniverseAsset> universe,
      Map<AssetId, Money> prices, LocalDate valuationDate) {
    if (entry == null) {
      throw fields.error(at, "an empty holding", "give asset: and quantity: (or lots:), or remove the '-' line");
    }
    AssetId id = fields.assetId(at + "/asset", entry.asset());
    if (!universe.containsKey(id)) {
      if (id.value().equalsIgnoreCase(PlanFile.CASH_ID)) {
        AssetClass cash = AssetClass.CASH;
        universe.put(id, new UniverseAsset(new Asset(id, "Cash", cash, "", "", assumptions.of(cash).incomeMix()), OwnEstimates.NONE));
        prices.put(id, Money.usd(BigDecimal.ONE));
      } else {
        throw fields.error(at + "/asset", "holding of " + id + ", which is not in the universe",
            Suggestions.didYouMean(id.value(), PlanFile.ids(universe)) + "add " + id + " to universe: with its class, e.g. "
                + "'- {id: " + id + ", class: us-dividend-stocks}'");
      }
    }
    if (!prices.containsKey(id)) {
      throw fields.error(at + "/asset", "no price for " + id,
          "add '" + id + ": <price per share>' under prices:, or price: to " + id + " in the universe");
    }
    if (entry.quantity() == null && (entry.lots() == null || entry.lots().isEmpty())) {
      throw fields.error(at, "the holding of " + id + " has neither quantity nor lots", "add quantity: (units held) or lots:");
    }
    if (entry.quantity() != null && entry.quantity().signum() < 0) {
      throw fields.error(at + "/quantity", "negative quantity " + entry.quantity().toPlainString() + " of " + id,
          "write the number of units held (zero or more); short positions are not supported");
    }
    if (entry.quantity() != null) {
      fields.realisticQuantity(at + "/quantity", entry.quantity(), id);
    }
    if (entry.lots() == null || entry.lots().isEmpty()) {
      return Holding.of(id, entry.quantity());
    }
    List<Lot> lots = new ArrayList<>();
    for (int l = 0; l < entry.lots().size(); l++) {
      lots.add(lot(at + "/lots/" + l, entry.lots().get(l), id, valuationDate));
    }
    Holding holding = Holding.ofLots(id, lots);
    if (entry.quantity() != null && entry.quantity().compareTo(holding.quantity()) != 0) {
      throw fields.error(at + "/quantity", "quantity of " + id + " is " + entry.quantity().toPlainString()
          + " but its lots add up to " + holding.quantity().toPlainString(),
          "correct the quantity or the lots, or leave quantity out (it is the sum of the lots)");
    }
    return holding;
  }

  private Lot lot(String at, LotEntry entry, AssetId id, LocalDate valuationDate) {
    if (entry == null) {
      throw fields.error(at, "an empty lot", "give date:, quantity: and cost:, or remove the '-' line");
    }
    if (entry.date() == null) {
      throw fields.error(at, "a lot of " + id + " has no date", "add date: YYYY-MM-DD (the trade date)");
    }
    LocalDate date = fields.date(at + "/date", entry.date());
    if (date.isAfter(valuationDate)) {
      throw fields.error(at + "/date", "a lot of " + id + " is dated " + date + ", after the valuation date " + valuationDate,
          "correct the date, or move valuationDate later");
    }
    if (entry.quantity() == null) {
      throw fields.error(at, "a lot of " + id + " has no quantity", "add quantity: (units bought)");
    }
    if (entry.quantity().signum() <= 0) {
      throw fields.error(at + "/quantity", (entry.quantity().signum() < 0 ? "negative" : "zero") + " lot quantity "
          + entry.quantity().toPlainString() + " of " + id, "write the units bought, more than zero");
    }
    fields.realisticQuantity(at + "/quantity", entry.quantity(), id);
    if (entry.cost() != null && entry.costPerShare() != null) {
      throw fields.error(at + "/costPerShare", "both cost and costPerShare are given", "keep one: cost is the lot's total cost basis");
    }
    BigDecimal cost;
    if (entry.cost() != null) {
      cost = entry.cost();
    } else if (entry.costPerShare() != null) {
      cost = entry.costPerShare().multiply(entry.quantity());
    } else {
      throw fields.error(at, "a lot of " + id + " has no cost", "add cost: (the lot's total cost basis) or costPerShare:");
    }
    if (cost.compareTo(new BigDecimal("1e12")) > 0) {
      throw fields.error(at + (entry.cost() != null ? "/cost" : "/costPerShare"), "a cost of " + cost.toPlainString() + " is not realistic",
          "check the number");
    }
    if (cost.signum() < 0) {
      throw fields.error(at + (entry.cost() != null ? "/cost" : "/costPerShare"), "negative cost " + cost.toPlainString(),
          "write the cost basis, zero or more");
    }
    return new Lot(date, entry.quantity(), Money.usd(cost));
  }
}
