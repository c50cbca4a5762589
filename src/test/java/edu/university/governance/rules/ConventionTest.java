package edu.university.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** RULES.md D1: the date a member signed the self-discipline convention, recorded with every appointment. */
class ConventionTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Test
  @DisplayName("D1: today and earlier dates are taken, as a form's date, an ISO date-time or a Date in China time")
  void d1TakesTodayAndEarlier() {
    assertThat(Convention.signedOn("2026-12-01", TODAY, CHINA)).isEqualTo(TODAY);
    assertThat(Convention.signedOn(" 2026-09-10 ", TODAY, CHINA)).isEqualTo(LocalDate.of(2026, 9, 10));
    assertThat(Convention.signedOn("2026-11-30T00:00:00+08:00", TODAY, CHINA)).isEqualTo(LocalDate.of(2026, 11, 30));
    // an instant sent in another offset is the day it is in the service's zone
    assertThat(Convention.signedOn("2026-11-29T17:00:00Z", TODAY, CHINA)).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(Convention.signedOn("2026年9月1日", TODAY, CHINA)).isEqualTo(LocalDate.of(2026, 9, 1));
    Date midnightInChina = Date.from(ZonedDateTime.of(2026, 11, 30, 0, 0, 0, 0, CHINA).toInstant());
    assertThat(Convention.signedOn(midnightInChina, TODAY, CHINA)).isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @ParameterizedTest(name = "D1: \"{0}\" is refused as missing")
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  @DisplayName("D1: a missing date is refused naming D1 and the field")
  void d1RefusesMissing(String value) {
    assertThatThrownBy(() -> Convention.signedOn(value, TODAY, CHINA)).isInstanceOfSatisfying(RuleException.class,
        e -> assertThat(e.getMessage()).startsWith("D1：").contains("签署自律公约日期").contains("未填写"));
  }

  @Test
  @DisplayName("D1: tomorrow is refused with both dates; a text that is no date is refused with the text")
  void d1RefusesFutureAndMalformed() {
    assertThatThrownBy(() -> Convention.signedOn("2026-12-02", TODAY, CHINA)).isInstanceOfSatisfying(RuleException.class,
        e -> assertThat(e.getMessage()).isEqualTo("D1：签署自律公约日期 2026-12-02 晚于今天 2026-12-01，只能记录已经签署的日期"));
    assertThatThrownBy(() -> Convention.signedOn("昨天", TODAY, CHINA)).isInstanceOfSatisfying(RuleException.class,
        e -> assertThat(e.getMessage()).startsWith("D1：").contains("“昨天”"));
  }

  @Test
  @DisplayName("D1: the roster load's column is optional, but a given date is checked like a form's")
  void d1OptionalInTheLoad() {
    assertThat(Convention.signedOnIfGiven(null, TODAY, CHINA)).isNull();
    assertThat(Convention.signedOnIfGiven("", TODAY, CHINA)).isNull();
    assertThat(Convention.signedOnIfGiven("2026-09-01", TODAY, CHINA)).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThatThrownBy(() -> Convention.signedOnIfGiven("2027-01-01", TODAY, CHINA)).isInstanceOf(RuleException.class);
  }
}
