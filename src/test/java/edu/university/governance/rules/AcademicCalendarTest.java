package edu.university.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Terms (R1, C1) are named by the academic year, which starts on 1 September. */
class AcademicCalendarTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "2026-08-31, 2025-2026",
      "2026-09-01, 2026-2027",
      "2026-01-01, 2025-2026",
      "2026-12-31, 2026-2027"
  })
  @DisplayName("academic year turns over on 1 September")
  void academicYearStartsOnFirstSeptember(LocalDate day, String expected) {
    assertThat(AcademicCalendar.academicYear(day)).isEqualTo(expected);
  }
}
