package edu.university.governance.rules;

import java.time.LocalDate;

/** Academic years run from 1 September; a term is named by its academic year, e.g. "2026-2027". */
public final class AcademicCalendar {

  private AcademicCalendar() {
  }

  public static String academicYear(LocalDate day) {
    int startYear = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
    return startYear + "-" + (startYear + 1);
  }

  /**
   * The first day of a semester named as the contract names it ("2026-2027-1"): the first semester begins on
   * 1 September of the first year, the second on 1 March of the second, when the semester timer fires.
   */
  public static LocalDate semesterBegins(String semester) {
    if (!ChairRotation.validSemester(semester)) {
      throw new IllegalArgumentException("Not a semester: " + semester);
    }
    int firstYear = Integer.parseInt(semester.substring(0, 4));
    return semester.endsWith("-1") ? LocalDate.of(firstYear, 9, 1) : LocalDate.of(firstYear + 1, 3, 1);
  }
}
