package io.perennial.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  @Test
  void editDistance() {
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("yeild", "yield")).isEqualTo(1); // a swap of neighbours is one edit
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
  }

  @Test
  void nearestIsOfferedOnlyWhenClose() {
    List<String> fields = List.of("quantity", "lots", "asset");
    assertThat(Suggestions.nearest("quantty", fields)).hasValue("quantity");
    assertThat(Suggestions.nearest("Quantity", fields)).hasValue("quantity");
    assertThat(Suggestions.nearest("price", fields)).isEmpty();
    assertThat(Suggestions.nearest("us_dividend_stocks", List.of("us-dividend-stocks", "reits"))).hasValue("us-dividend-stocks");
  }
}
