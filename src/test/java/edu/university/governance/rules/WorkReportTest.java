package edu.university.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** O1: a semester's work report is due a number of days after the semester begins (1 September, 1 March). */
class WorkReportTest {

  @ParameterizedTest(name = "{0} + {1} days -> {2}")
  @CsvSource({
      "2026-2027-1, 0, 2026-09-01",
      "2026-2027-1, 30, 2026-10-01",
      "2026-2027-2, 0, 2027-03-01",
      "2026-2027-2, 30, 2027-03-31",
      "2027-2028-2, 0, 2028-03-01"
  })
  @DisplayName("O1: due the given number of days into the semester")
  void dueIntoTheSemester(String semester, int days, LocalDate expected) {
    assertThat(WorkReport.due(semester, days)).isEqualTo(expected);
  }

  @Test
  @DisplayName("O1: a semester must be named as the contract names it, and the days must not be negative")
  void refusesNonsense() {
    assertThatThrownBy(() -> WorkReport.due("2026-2028-1", 30)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkReport.due("2026-2027-1", -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("O1");
  }

  @Test
  @DisplayName("the semester timer's days begin the semesters: 1 September and 1 March")
  void semesterBegins() {
    assertThat(AcademicCalendar.semesterBegins("2026-2027-1")).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(AcademicCalendar.semesterBegins("2026-2027-2")).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(ChairRotation.semesterOf(AcademicCalendar.semesterBegins("2026-2027-2"))).isEqualTo("2026-2027-2");
  }
}
