package edu.university.governance.rules;

import java.util.Optional;

/** P1: school presidium candidates are drawn from these three groups (representativeness). */
public enum NominationBasis {
  SCHOOL_UNION_STAFF("校级学生会（研究生会）工作人员"),
  COLLEGE_UNION_STAFF("学院学生会（研究生分会）工作人员"),
  OUTSTANDING_STUDENT("各领域优秀学生典型");

  private final String label;

  NominationBasis(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * P1 representativeness, checked against the roster where the records can tell: staff of a school
   * union or of a college union must be on such a roster now. An outstanding student is a judgement of
   * the reviewers (like E4) and is not computed.
   */
  public Optional<RuleViolation> check(boolean onSchoolUnionRoster, boolean onCollegeUnionRoster) {
    boolean holds = switch (this) {
      case SCHOOL_UNION_STAFF -> onSchoolUnionRoster;
      case COLLEGE_UNION_STAFF -> onCollegeUnionRoster;
      case OUTSTANDING_STUDENT -> true;
    };
    return holds ? Optional.empty()
        : Optional.of(new RuleViolation("P1", "推荐依据为“" + label + "”，但该生目前不在任何"
            + (this == SCHOOL_UNION_STAFF ? "校级学生会（研究生会）" : "学院学生会（研究生分会）") + "名册上"));
  }
}
