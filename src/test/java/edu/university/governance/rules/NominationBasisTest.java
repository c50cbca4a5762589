package edu.university.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RULES.md P1: school presidium candidates are drawn from school-union staff, college-union staff or outstanding students. */
class NominationBasisTest {

  @Test
  @DisplayName("P1: school-union staff basis holds when the student is on a school-union roster")
  void p1SchoolUnionStaffOnSchoolRosterHolds() {
    assertThat(NominationBasis.SCHOOL_UNION_STAFF.check(true, false)).isEmpty();
  }

  @Test
  @DisplayName("P1: school-union staff basis is refused when only on a college-union roster")
  void p1SchoolUnionStaffNeedsSchoolRoster() {
    Optional<RuleViolation> violation = NominationBasis.SCHOOL_UNION_STAFF.check(false, true);

    assertThat(violation).isPresent();
    assertThat(violation.get().ruleId()).isEqualTo("P1");
    assertThat(violation.get().message()).contains("校级学生会（研究生会）");
  }

  @Test
  @DisplayName("P1: college-union staff basis holds when the student is on a college-union roster")
  void p1CollegeUnionStaffOnCollegeRosterHolds() {
    assertThat(NominationBasis.COLLEGE_UNION_STAFF.check(false, true)).isEmpty();
  }

  @Test
  @DisplayName("P1: college-union staff basis is refused when only on a school-union roster")
  void p1CollegeUnionStaffNeedsCollegeRoster() {
    Optional<RuleViolation> violation = NominationBasis.COLLEGE_UNION_STAFF.check(true, false);

    assertThat(violation).isPresent();
    assertThat(violation.get().ruleId()).isEqualTo("P1");
    assertThat(violation.get().message()).contains("学院学生会（研究生分会）");
  }

  @Test
  @DisplayName("P1: outstanding student basis always passes (a reviewers' judgement, not computed)")
  void p1OutstandingStudentAlwaysPasses() {
    assertThat(NominationBasis.OUTSTANDING_STUDENT.check(false, false)).isEmpty();
    assertThat(NominationBasis.OUTSTANDING_STUDENT.check(true, true)).isEmpty();
  }
}
