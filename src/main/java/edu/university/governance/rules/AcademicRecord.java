package edu.university.governance.rules;

/** The part of a student's record that eligibility (RULES.md E1–E3) is decided on. */
public record AcademicRecord(PoliticalStatus politicalStatus, int majorRank, int majorSize, int failedCourses) {

  /** Rank as a share of the major, e.g. "34.2%"; one decimal, none when whole. */
  public String rankShareText() {
    return Percent.format(majorRank, majorSize);
  }

  /** One line for reviewers: "共青团员；专业排名 5/120（4.2%）；不及格课程 0 门". */
  public String summary() {
    return politicalStatus.label() + "；专业排名 " + majorRank + "/" + majorSize + "（" + rankShareText() + "）；不及格课程 "
        + failedCourses + " 门";
  }
}
