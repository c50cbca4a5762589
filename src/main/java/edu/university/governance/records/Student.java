package edu.university.governance.records;

import edu.university.governance.rules.AcademicRecord;
import edu.university.governance.rules.PoliticalStatus;

/** A student and the academic record the service holds (CONTRACT.md "Records"). */
public record Student(String studentId, String name, String collegeId, String classId, String major, int grade,
                      PoliticalStatus politicalStatus, int majorRank, int majorSize, int failedCourses) {

  public AcademicRecord academicRecord() {
    return new AcademicRecord(politicalStatus, majorRank, majorSize, failedCourses);
  }
}
