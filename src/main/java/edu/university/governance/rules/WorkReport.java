package edu.university.governance.rules;

import java.time.LocalDate;

/**
 * O1: the school Party committee hears the union's work report regularly, once a semester. The report is due a
 * number of days into the semester (the service's setting); a union without one by then is overdue.
 */
public final class WorkReport {

  private WorkReport() {
  }

  /** O1: the day, at its start, by which the semester's work report is due. */
  public static LocalDate due(String semester, int daysIntoSemester) {
    if (daysIntoSemester < 0) {
      throw new IllegalArgumentException("O1: days into the semester must not be negative: " + daysIntoSemester);
    }
    return AcademicCalendar.semesterBegins(semester).plusDays(daysIntoSemester);
  }
}
