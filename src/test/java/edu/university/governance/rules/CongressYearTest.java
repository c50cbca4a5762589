package edu.university.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CongressYearTest {

  @Test
  @DisplayName("C1: a union's state is the first that holds: filed, running, reminded, missing")
  void state() {
    assertThat(CongressYear.state(true, true, true)).isEqualTo(CongressYear.State.FILED);
    assertThat(CongressYear.state(false, true, true)).isEqualTo(CongressYear.State.IN_PROGRESS);
    assertThat(CongressYear.state(false, false, true)).isEqualTo(CongressYear.State.REMINDED);
    assertThat(CongressYear.state(false, false, false)).isEqualTo(CongressYear.State.MISSING);
  }

  @Test
  @DisplayName("C1: reminders are due from the reminder date to the end of the year, not the day before")
  void remindersDue() {
    MonthDay december = CongressYear.reminderDate("12-01");
    assertThat(december).isEqualTo(CongressYear.DEFAULT_REMINDER);
    assertThat(CongressYear.remindersDue(LocalDate.of(2026, 11, 30), december)).isFalse();
    assertThat(CongressYear.remindersDue(LocalDate.of(2026, 12, 1), december)).isTrue();
    assertThat(CongressYear.remindersDue(LocalDate.of(2026, 12, 31), december)).isTrue();
    assertThat(CongressYear.remindersDue(LocalDate.of(2027, 1, 1), december)).isFalse();
    assertThat(CongressYear.remindersDue(LocalDate.of(2026, 6, 15), CongressYear.reminderDate(" 06-15 "))).isTrue();
  }

  @Test
  @DisplayName("C1: a reminder date that is no MM-dd is refused naming the setting")
  void badDate() {
    assertThatThrownBy(() -> CongressYear.reminderDate("12/01")).hasMessageContaining("governance.congress.reminder-date")
        .hasMessageContaining("12/01");
    assertThatThrownBy(() -> CongressYear.reminderDate("02-30")).hasMessageContaining("MM-dd");
  }

  @Test
  @DisplayName("C1: the reason names the rule, the date, the union, the year and that no congress was filed")
  void reason() {
    assertThat(CongressYear.reason("计算机学院学生会", 2026, MonthDay.of(12, 1), true))
        .contains("C1").contains("2026 年 12 月 1 日").contains("计算机学院学生会尚未报备 2026 年度").contains("正在进行");
  }
}
