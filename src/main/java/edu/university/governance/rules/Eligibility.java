package edu.university.governance.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Eligibility of every staff member and presidium member, RULES.md E1–E3. E4 (conduct) is a judgement
 * the reviewers record; it is not computed.
 */
public final class Eligibility {

  /** E2: rank / students in the major must not exceed 30 / 100. */
  static final int TOP_SHARE_PERCENT = 30;

  private Eligibility() {
  }

  /** Every rule of E1–E3 the record fails, in rule order; empty when the student may be nominated. */
  public static List<RuleViolation> check(AcademicRecord record) {
    List<RuleViolation> violations = new ArrayList<>();
    politicalStatus(record).ifPresent(violations::add);
    academicStanding(record).ifPresent(violations::add);
    failedCourses(record).ifPresent(violations::add);
    return violations;
  }

  /** E1: a Party member (probationary included) or a Youth League member. */
  static Optional<RuleViolation> politicalStatus(AcademicRecord record) {
    if (record.politicalStatus() == PoliticalStatus.MASSES) {
      return Optional.of(new RuleViolation("E1",
          "政治面貌为" + record.politicalStatus().label() + "，须为中共党员（含预备党员）或共青团员"));
    }
    return Optional.empty();
  }

  /** E2: within the top 30 % of the major, compared exactly in integers (41/120 fails, 36/120 passes). */
  static Optional<RuleViolation> academicStanding(AcademicRecord record) {
    if ((long) record.majorRank() * 100 > (long) TOP_SHARE_PERCENT * record.majorSize()) {
      return Optional.of(new RuleViolation("E2", "专业排名 " + record.majorRank() + "/" + record.majorSize()
          + "（" + record.rankShareText() + "），未进入专业前 " + TOP_SHARE_PERCENT + "%"));
    }
    return Optional.empty();
  }

  /** E3: no failed course. */
  static Optional<RuleViolation> failedCourses(AcademicRecord record) {
    if (record.failedCourses() > 0) {
      return Optional.of(new RuleViolation("E3", "有 " + record.failedCourses() + " 门课程不及格，须无课业不及格情况"));
    }
    return Optional.empty();
  }
}
