package io.perennial.rebalance;

import io.perennial.basics.AssetId;
import io.perennial.domain.AssetClass;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which asset an account buys for a target: the asset itself for an asset target; for a class
 * target, the asset of that class the account holds most of, else the first of that class on the
 * account's menu, else the one the household holds most of, else the first by id. Never cash (cash
 * is what purchases are paid with), never an untradeable asset, never outside the account's menu, and
 * nothing for a target held in another account.
 */
final class Purchases {

  private Purchases() {}

  static Optional<AssetId> assetFor(Book book, Target target, String account) {
    RebalanceRequest request = book.request();
    if (target.account().isPresent() && !target.account().get().equals(account)) {
      return Optional.empty();
    }
    if (target.asset() != null) {
      return buyable(book, account, target.asset()) ? Optional.of(target.asset()) : Optional.empty();
    }
    AssetClass wanted = target.assetClass();
    if (wanted == AssetClass.CASH) {
      return Optional.empty();
    }
    Optional<AssetId> held = book.held(account).stream()
        .filter(a -> request.classes().get(a) == wanted && buyable(book, account, a))
        .max(Comparator.comparingDouble(a -> book.value(account, a)));
    if (held.isPresent()) {
      return held;
    }
    List<AssetId> menu = request.menus().get(account);
    if (menu != null) {
      return menu.stream().filter(a -> request.classes().get(a) == wanted && buyable(book, account, a)).findFirst();
    }
    AssetId mostHeld = null;
    double most = 0;
    for (String other : book.accounts()) {
      for (AssetId asset : book.held(other)) {
        if (request.classes().get(asset) == wanted && buyable(book, account, asset) && book.value(other, asset) > most) {
          mostHeld = asset;
          most = book.value(other, asset);
        }
      }
    }
    if (mostHeld != null) {
      return Optional.of(mostHeld);
    }
    return request.classes().entrySet().stream()
        .filter(e -> e.getValue() == wanted && buyable(book, account, e.getKey()))
        .map(Map.Entry::getKey).min(Comparator.comparing(AssetId::value));
  }

  /** Whether {@code account} may buy {@code asset}: priced, classed, tradeable, not cash, on its menu when it has one. */
  static boolean buyable(Book book, String account, AssetId asset) {
    RebalanceRequest request = book.request();
    List<AssetId> menu = request.menus().get(account);
    return !asset.equals(request.cash()) && request.prices().containsKey(asset) && request.classes().containsKey(asset)
        && !request.untradeable().contains(asset) && (menu == null || menu.contains(asset));
  }
}
