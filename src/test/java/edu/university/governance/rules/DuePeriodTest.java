package edu.university.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 14: the due periods of bpmn/task-deadlines.dmn, calendar time and working days (Monday–Friday, China time). */
class DuePeriodTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @DisplayName("Working days skip Saturday and Sunday and keep the time of day; calendar periods do not")
  @CsvSource({
      "2026-11-02T09:00, 5WD, 2026-11-09T09:00",   // Monday → next Monday
      "2026-11-06T17:30, 1WD, 2026-11-09T17:30",   // Friday → Monday
      "2026-11-07T10:00, 1WD, 2026-11-09T10:00",   // Saturday → Monday
      "2026-11-08T10:00, 2WD, 2026-11-10T10:00",   // Sunday → Tuesday
      "2026-11-04T09:00, 3WD, 2026-11-09T09:00",   // Wednesday → Monday
      "2026-11-06T09:00, P7D, 2026-11-13T09:00",   // seven calendar days
      "2026-11-07T09:00, PT48H, 2026-11-09T09:00"  // Saturday + 48 hours
  })
  void due(String created, String period, String due) {
    assertThat(DuePeriod.parse(period).dueFrom(ZonedDateTime.of(java.time.LocalDateTime.parse(created), ZONE).toInstant(), ZONE))
        .isEqualTo(ZonedDateTime.of(java.time.LocalDateTime.parse(due), ZONE).toInstant());
  }

  @ParameterizedTest
  @DisplayName("Anything else is refused, naming the text")
  @ValueSource(strings = {"", "5", "five days", "P-1D", "PT0S", "5 WD days"})
  void refused(String text) {
    assertThatThrownBy(() -> DuePeriod.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(text);
  }

  @ParameterizedTest
  @DisplayName("Lower case and spaces are read")
  @ValueSource(strings = {"5wd", " 5 WD "})
  void lenient(String text) {
    assertThat(DuePeriod.parse(text)).isEqualTo(new DuePeriod(null, 5));
    assertThat(DuePeriod.parse("p7d").calendar()).isEqualTo(Duration.ofDays(7));
  }
}
