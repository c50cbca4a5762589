package edu.university.governance.organisation;

/** The process keys of CONTRACT.md "Processes". */
public final class ProcessKeys {

  public static final String SCHOOL_PRESIDIUM_CANDIDACY = "school-presidium-candidacy";
  public static final String SCHOOL_STAFF_RECOMMENDATION = "school-staff-recommendation";
  public static final String COLLEGE_NOMINATION = "college-nomination";
  public static final String MAJOR_ACTIVITY_REPORT = "major-activity-report";
  public static final String MISCONDUCT_INVESTIGATION = "misconduct-investigation";
  public static final String STUDENT_CONGRESS = "student-congress";
  public static final String PERFORMANCE_REVIEW = "performance-review";
  public static final String EXECUTIVE_CHAIR_ROTATION = "executive-chair-rotation";
  public static final String UNION_WORK_REPORT = "union-work-report";
  /** C1: the yearly reminder to a college league whose union filed no congress; started by the service only. */
  public static final String COLLEGE_CONGRESS_REMINDER = "college-congress-reminder";

  private ProcessKeys() {
  }
}
