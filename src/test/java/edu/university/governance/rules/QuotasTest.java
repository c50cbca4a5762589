package edu.university.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** RULES.md Q1–Q9 on a union's counts: evaluate (the figures) and admit (one more member). */
class QuotasTest {

  private static final List<String> ONE_DEPARTMENT = List.of("d1");

  private static UnionCounts empty(UnionLevel level, int departments) {
    return new UnionCounts(level, departments, 0, Map.of(), Map.of(), 0);
  }

  /** The counts after {@code times} more members join with this post, none from a college union. */
  private static UnionCounts plus(UnionCounts counts, int times, Post post, String departmentId) {
    return plus(counts, times, post, departmentId, false);
  }

  private static UnionCounts plus(UnionCounts counts, int times, Post post, String departmentId, boolean fromCollege) {
    UnionCounts result = counts;
    for (int i = 0; i < times; i++) {
      result = result.with(post, departmentId, fromCollege);
    }
    return result;
  }

  private static QuotaStatus status(List<QuotaStatus> statuses, String rule, String scope) {
    return statuses.stream()
        .filter(s -> s.rule().equals(rule) && s.scope().equals(scope))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no status for " + rule + " / " + scope + " in " + statuses));
  }

  private static List<String> ruleIds(List<RuleViolation> violations) {
    return violations.stream().map(RuleViolation::ruleId).toList();
  }

  @Test
  @DisplayName("UnionCounts.with adds one member with the post and leaves the original unchanged")
  void withAddsOneMember() {
    UnionCounts before = empty(UnionLevel.SCHOOL, 2);

    UnionCounts after = before.with(Post.DEPARTMENT_HEAD, "d1", true).with(Post.STAFF, "d1", false)
        .with(Post.PRESIDIUM, null, true);

    assertThat(after.members()).isEqualTo(3);
    assertThat(after.presidium()).isEqualTo(1);
    assertThat(after.headsByDepartment()).containsEntry("d1", 1);
    assertThat(after.staffByDepartment()).containsEntry("d1", 1);
    assertThat(after.membersFromCollegeUnion()).isEqualTo(2);
    assertThat(after.departments()).isEqualTo(2);
    assertThat(before.members()).isZero();
  }

  @Nested
  @DisplayName("school union")
  class SchoolUnion {

    private final UnionCounts school = empty(UnionLevel.SCHOOL, 1);

    @Test
    @DisplayName("Q3: with 4 presidium members a 5th is admitted")
    void q3FifthPresidiumMemberAdmitted() {
      UnionCounts four = plus(school, 4, Post.PRESIDIUM, null);

      assertThat(Quotas.admit(four, Post.PRESIDIUM, null)).isEmpty();
    }

    @Test
    @DisplayName("Q3: with 5 presidium members a 6th is refused, hard, naming 5/5")
    void q3SixthPresidiumMemberRefused() {
      UnionCounts five = plus(school, 5, Post.PRESIDIUM, null);

      List<RuleViolation> violations = Quotas.admit(five, Post.PRESIDIUM, null);

      assertThat(ruleIds(violations)).containsExactly("Q3");
      assertThat(violations.get(0).text()).contains("5/5", "不得超过 5");
    }

    @Test
    @DisplayName("Q3: evaluate holds at 5 and fails at 6, as a hard limit")
    void q3EvaluateBoundary() {
      QuotaStatus atFive = status(Quotas.evaluate(plus(school, 5, Post.PRESIDIUM, null), ONE_DEPARTMENT), "Q3", "union");
      QuotaStatus atSix = status(Quotas.evaluate(plus(school, 6, Post.PRESIDIUM, null), ONE_DEPARTMENT), "Q3", "union");

      assertThat(atFive.holds()).isTrue();
      assertThat(atSix.holds()).isFalse();
      assertThat(atSix.hard()).isTrue();
      assertThat(atSix.count()).isEqualTo(6);
    }

    @Test
    @DisplayName("Q4: a department with 2 heads admits a 3rd; with 3 heads a 4th is refused")
    void q4HeadsPerDepartmentUpperBound() {
      UnionCounts two = plus(school, 2, Post.DEPARTMENT_HEAD, "d1");
      UnionCounts three = plus(school, 3, Post.DEPARTMENT_HEAD, "d1");

      List<RuleViolation> refused = Quotas.admit(three, Post.DEPARTMENT_HEAD, "d1");

      assertThat(Quotas.admit(two, Post.DEPARTMENT_HEAD, "d1")).isEmpty();
      assertThat(ruleIds(refused)).containsExactly("Q4");
      assertThat(refused.get(0).text()).contains("d1", "3/3");
    }

    @Test
    @DisplayName("Q4: the limit counts one department only; another department still admits a head")
    void q4CountsPerDepartment() {
      UnionCounts three = plus(school, 3, Post.DEPARTMENT_HEAD, "d1");

      assertThat(Quotas.admit(three, Post.DEPARTMENT_HEAD, "d2")).isEmpty();
    }

    @Test
    @DisplayName("Q4: one head is below the lower bound 2: a warning, not a failure")
    void q4LowerBoundIsAWarning() {
      QuotaStatus oneHead = status(Quotas.evaluate(plus(school, 1, Post.DEPARTMENT_HEAD, "d1"), ONE_DEPARTMENT), "Q4", "d1");
      QuotaStatus twoHeads = status(Quotas.evaluate(plus(school, 2, Post.DEPARTMENT_HEAD, "d1"), ONE_DEPARTMENT), "Q4", "d1");

      assertThat(oneHead.holds()).isTrue();
      assertThat(oneHead.warning()).isNotNull().contains("Q4", "2");
      assertThat(twoHeads.holds()).isTrue();
      assertThat(twoHeads.warning()).isNull();
    }

    @Test
    @DisplayName("Q4: a listed department with no heads at all is shown with count 0 and a warning")
    void q4DepartmentWithoutHeadsWarns() {
      QuotaStatus none = status(Quotas.evaluate(school, ONE_DEPARTMENT), "Q4", "d1");

      assertThat(none.count()).isZero();
      assertThat(none.warning()).isNotNull();
    }

    @Test
    @DisplayName("Q5: 6 staff in a department is the soft maximum; a 7th is refused as soft")
    void q5StaffPerDepartmentSoftMaximum() {
      UnionCounts five = plus(school, 5, Post.STAFF, "d1");
      UnionCounts six = plus(school, 6, Post.STAFF, "d1");

      List<RuleViolation> refused = Quotas.admit(six, Post.STAFF, "d1");

      assertThat(Quotas.admit(five, Post.STAFF, "d1")).isEmpty();
      assertThat(ruleIds(refused)).containsExactly("Q5");
      assertThat(refused.get(0).text()).contains("6/6", "一般不超过 6", "例外");
    }

    @Test
    @DisplayName("Q5: heads are not counted as department staff")
    void q5DoesNotCountHeads() {
      UnionCounts counts = plus(plus(school, 3, Post.DEPARTMENT_HEAD, "d1"), 5, Post.STAFF, "d1");

      assertThat(Quotas.admit(counts, Post.STAFF, "d1")).isEmpty();
      assertThat(status(Quotas.evaluate(counts, ONE_DEPARTMENT), "Q5", "d1").count()).isEqualTo(5);
    }

    @Test
    @DisplayName("Q5: 7 staff in a department fails the soft limit (holds=false, hard=false)")
    void q5EvaluateOverSoftLimit() {
      QuotaStatus seven = status(Quotas.evaluate(plus(school, 7, Post.STAFF, "d1"), ONE_DEPARTMENT), "Q5", "d1");

      assertThat(seven.holds()).isFalse();
      assertThat(seven.hard()).isFalse();
    }

    /** 5 presidium + 6 departments × (3 heads + 6 staff) = 59 members. */
    private UnionCounts fiftyNine() {
      UnionCounts counts = plus(school, 5, Post.PRESIDIUM, null);
      for (int d = 1; d <= 6; d++) {
        counts = plus(plus(counts, 3, Post.DEPARTMENT_HEAD, "d" + d), 6, Post.STAFF, "d" + d);
      }
      return counts;
    }

    @Test
    @DisplayName("Q2: with 59 members a 60th is admitted; with 60 a 61st is refused as soft")
    void q2TotalSoftMaximum() {
      UnionCounts fiftyNine = fiftyNine();
      UnionCounts sixty = plus(fiftyNine, 1, Post.STAFF, "d7");

      List<RuleViolation> refused = Quotas.admit(sixty, Post.STAFF, "d8");

      assertThat(fiftyNine.members()).isEqualTo(59);
      assertThat(Quotas.admit(fiftyNine, Post.STAFF, "d8")).isEmpty();
      assertThat(ruleIds(refused)).containsExactly("Q2");
      assertThat(refused.get(0).text()).contains("60/60", "例外");
    }

    @Test
    @DisplayName("Q2: 61 members fails the soft limit (holds=false, hard=false)")
    void q2EvaluateOverSoftLimit() {
      UnionCounts sixtyOne = plus(fiftyNine(), 2, Post.STAFF, "d7");

      QuotaStatus q2 = status(Quotas.evaluate(sixtyOne, ONE_DEPARTMENT), "Q2", "union");

      assertThat(q2.count()).isEqualTo(61);
      assertThat(q2.holds()).isFalse();
      assertThat(q2.hard()).isFalse();
    }

    @Test
    @DisplayName("Q1: 6 departments holds, 7 does not (soft); admit never reports Q1")
    void q1Departments() {
      QuotaStatus six = status(Quotas.evaluate(empty(UnionLevel.SCHOOL, 6), List.of()), "Q1", "union");
      UnionCounts sevenDepartments = empty(UnionLevel.SCHOOL, 7);
      QuotaStatus seven = status(Quotas.evaluate(sevenDepartments, List.of()), "Q1", "union");

      assertThat(six.holds()).isTrue();
      assertThat(seven.holds()).isFalse();
      assertThat(seven.hard()).isFalse();
      assertThat(Quotas.admit(sevenDepartments, Post.STAFF, "d1")).isEmpty();
    }

    @Test
    @DisplayName("Q9: 1 of 2 members from a college union (exactly 50 %) holds")
    void q9ExactlyHalfHolds() {
      UnionCounts counts = plus(plus(school, 1, Post.STAFF, "d1", true), 1, Post.STAFF, "d1", false);

      QuotaStatus q9 = status(Quotas.evaluate(counts, ONE_DEPARTMENT), "Q9", "union");

      assertThat(q9.holds()).isTrue();
      assertThat(q9.count()).isEqualTo(50);
      assertThat(q9.warning()).isNull();
    }

    @Test
    @DisplayName("Q9: 1 of 3 members from a college union (33.3 %) does not hold, with a warning")
    void q9OneOfThreeFails() {
      UnionCounts counts = plus(plus(school, 1, Post.STAFF, "d1", true), 2, Post.STAFF, "d1", false);

      QuotaStatus q9 = status(Quotas.evaluate(counts, ONE_DEPARTMENT), "Q9", "union");

      assertThat(q9.holds()).isFalse();
      assertThat(q9.hard()).isFalse();
      assertThat(q9.warning()).contains("Q9", "1/3", "33.3%");
    }

    @Test
    @DisplayName("Q9: an empty union holds (nobody counted yet)")
    void q9EmptyUnionHolds() {
      assertThat(status(Quotas.evaluate(school, ONE_DEPARTMENT), "Q9", "union").holds()).isTrue();
    }

    @Test
    @DisplayName("Q1–Q5, Q9 apply to a school union; Q6, Q7, Q8 never appear")
    void schoolUnionRulesOnly() {
      List<QuotaStatus> statuses = Quotas.evaluate(plus(school, 6, Post.PRESIDIUM, null), ONE_DEPARTMENT);

      assertThat(statuses).extracting(QuotaStatus::rule)
          .containsExactly("Q1", "Q2", "Q3", "Q4", "Q5", "Q9")
          .doesNotContain("Q6", "Q7", "Q8");
    }

    @Test
    @DisplayName("Q7: refusing a 6th presidium member of a school union names Q3, never Q7")
    void schoolAdmitNeverNamesQ7() {
      List<RuleViolation> violations = Quotas.admit(plus(school, 5, Post.PRESIDIUM, null), Post.PRESIDIUM, null);

      assertThat(ruleIds(violations)).contains("Q3").doesNotContain("Q7");
    }
  }

  @Nested
  @DisplayName("college union")
  class CollegeUnion {

    private final UnionCounts college = empty(UnionLevel.COLLEGE, 1);

    /** {@code members} staff spread evenly over d1..d5, no presidium and no heads. */
    private UnionCounts withMembers(int members) {
      UnionCounts counts = college;
      for (int i = 0; i < members; i++) {
        counts = counts.with(Post.STAFF, "d" + (i % 5 + 1), false);
      }
      return counts;
    }

    @Test
    @DisplayName("Q7: with 2 presidium members a 3rd is admitted; with 3 a 4th is refused with 3/3")
    void q7PresidiumHardMaximum() {
      UnionCounts two = plus(college, 2, Post.PRESIDIUM, null);
      UnionCounts three = plus(college, 3, Post.PRESIDIUM, null);

      List<RuleViolation> refused = Quotas.admit(three, Post.PRESIDIUM, null);

      assertThat(Quotas.admit(two, Post.PRESIDIUM, null)).isEmpty();
      assertThat(ruleIds(refused)).containsExactly("Q7");
      assertThat(refused.get(0).text()).contains("3/3", "不得超过 3");
    }

    @Test
    @DisplayName("Q3: a college union with 5 presidium members is judged by Q7, never Q3")
    void collegeAdmitNeverNamesQ3() {
      List<RuleViolation> violations = Quotas.admit(plus(college, 5, Post.PRESIDIUM, null), Post.PRESIDIUM, null);

      assertThat(ruleIds(violations)).containsExactly("Q7");
    }

    @Test
    @DisplayName("Q8: a department with 1 head admits a 2nd; with 2 a 3rd is refused")
    void q8HeadsPerDepartmentUpperBound() {
      UnionCounts one = plus(college, 1, Post.DEPARTMENT_HEAD, "d1");
      UnionCounts two = plus(college, 2, Post.DEPARTMENT_HEAD, "d1");

      List<RuleViolation> refused = Quotas.admit(two, Post.DEPARTMENT_HEAD, "d1");

      assertThat(Quotas.admit(one, Post.DEPARTMENT_HEAD, "d1")).isEmpty();
      assertThat(ruleIds(refused)).containsExactly("Q8");
      assertThat(refused.get(0).text()).contains("d1", "2/2");
    }

    @Test
    @DisplayName("Q8: a department with no head is below the lower bound 1: a warning, not a failure")
    void q8LowerBoundIsAWarning() {
      QuotaStatus none = status(Quotas.evaluate(college, ONE_DEPARTMENT), "Q8", "d1");
      QuotaStatus one = status(Quotas.evaluate(plus(college, 1, Post.DEPARTMENT_HEAD, "d1"), ONE_DEPARTMENT), "Q8", "d1");

      assertThat(none.holds()).isTrue();
      assertThat(none.warning()).isNotNull().contains("Q8");
      assertThat(one.warning()).isNull();
    }

    @Test
    @DisplayName("Q8: 3 heads in a department fails the hard limit")
    void q8EvaluateOverHardLimit() {
      QuotaStatus three = status(Quotas.evaluate(plus(college, 3, Post.DEPARTMENT_HEAD, "d1"), ONE_DEPARTMENT), "Q8", "d1");

      assertThat(three.holds()).isFalse();
      assertThat(three.hard()).isTrue();
    }

    @Test
    @DisplayName("Q6: 19 members warns (below 20) but holds; 20 has no warning")
    void q6LowerBoundIsAWarning() {
      QuotaStatus nineteen = status(Quotas.evaluate(withMembers(19), ONE_DEPARTMENT), "Q6", "union");
      QuotaStatus twenty = status(Quotas.evaluate(withMembers(20), ONE_DEPARTMENT), "Q6", "union");

      assertThat(nineteen.holds()).isTrue();
      assertThat(nineteen.warning()).isNotNull().contains("Q6", "20");
      assertThat(twenty.holds()).isTrue();
      assertThat(twenty.warning()).isNull();
    }

    @Test
    @DisplayName("Q6: with 29 members a 30th is admitted; with 30 a 31st is refused as soft")
    void q6UpperBoundIsSoft() {
      List<RuleViolation> refused = Quotas.admit(withMembers(30), Post.STAFF, "d6");

      assertThat(Quotas.admit(withMembers(29), Post.STAFF, "d6")).isEmpty();
      assertThat(ruleIds(refused)).containsExactly("Q6");
      assertThat(refused.get(0).text()).contains("30/30", "例外");
    }

    @Test
    @DisplayName("Q6: 31 members fails the soft limit (holds=false, hard=false)")
    void q6EvaluateOverSoftLimit() {
      QuotaStatus q6 = status(Quotas.evaluate(withMembers(31), ONE_DEPARTMENT), "Q6", "union");

      assertThat(q6.holds()).isFalse();
      assertThat(q6.hard()).isFalse();
    }

    @Test
    @DisplayName("Q1: 7 departments fails the soft limit in a college union too")
    void q1AppliesToCollegeUnions() {
      QuotaStatus q1 = status(Quotas.evaluate(empty(UnionLevel.COLLEGE, 7), List.of()), "Q1", "union");

      assertThat(q1.holds()).isFalse();
      assertThat(q1.hard()).isFalse();
    }

    @Test
    @DisplayName("Q1, Q6–Q8 apply to a college union; Q2–Q5 and Q9 never appear")
    void collegeUnionRulesOnly() {
      List<QuotaStatus> statuses = Quotas.evaluate(withMembers(40), ONE_DEPARTMENT);

      assertThat(statuses).extracting(QuotaStatus::rule)
          .containsExactly("Q1", "Q6", "Q7", "Q8")
          .doesNotContain("Q2", "Q3", "Q4", "Q5", "Q9");
    }

    @Test
    @DisplayName("Q5: 6 staff in a college department do not trigger Q5 (a school rule)")
    void collegeAdmitNeverNamesQ5() {
      assertThat(Quotas.admit(plus(college, 6, Post.STAFF, "d1"), Post.STAFF, "d1")).isEmpty();
    }
  }
}
