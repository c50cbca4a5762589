package edu.university.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

/** Shares shown in E2 and Q9 messages: one decimal, none when whole. */
class PercentTest {

  @ParameterizedTest(name = "{0}/{1} -> {2}")
  @CsvSource({
      "30, 100, 30%",
      "36, 120, 30%",
      "41, 120, 34.2%",
      "5, 120, 4.2%",
      "1, 3, 33.3%",
      "1, 1, 100%",
      "0, 120, 0%",
      "0, 0, 0%",
      "5, 0, 0%"
  })
  @DisplayName("E2/Q9 share text: one decimal, none when whole, 0% when the whole is 0")
  void formatsShares(long part, long whole, String expected) {
    assertThat(Percent.format(part, whole)).isEqualTo(expected);
  }
}
