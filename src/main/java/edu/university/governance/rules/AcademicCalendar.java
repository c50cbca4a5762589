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
}
