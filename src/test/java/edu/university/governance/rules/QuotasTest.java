package edu.university.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RULES.md Q1–Q10 on a union's counts, with the limits of the real decision table bpmn/quota-limits.dmn:
 * evaluate (the quota view), admit (one more member), shareAfter (Q9) and batch (Q10).
 */
class QuotasTest {

  private static final List<String> ONE_DEPARTMENT = List.of("d1");
  private static final QuotaLimits SCHOOL = TestQuotaLimits.of(UnionLevel.SCHOOL);
  private static final QuotaLimits COLLEGE = TestQuotaLimits.of(UnionLevel.COLLEGE);

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

  private static List<String> rules(List<QuotaBreach> breaches) {
    return breaches.stream().map(QuotaBreach::rule).toList();
  }

  /** The real limits of a level with one rule's row replaced, as if an administrator had deployed a changed table. */
  private static QuotaLimits changed(QuotaLimits real, QuotaLimit replacement) {
    List<QuotaLimit> rows = new ArrayList<>(real.all().stream().filter(l -> l.rule() != replacement.rule()).toList());
    rows.add(replacement);
    return new QuotaLimits(real.level(), rows);
  }

  @Test
  @DisplayName("Q2/Q9: UnionCounts.with adds one member with the post and leaves the original unchanged")
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
  @DisplayName("the decision table quota-limits (TestQuotaLimits)")
  class Table {

    @Test
    @DisplayName("Q1–Q12: a school union gets Q1–Q5 and Q9–Q12, never Q6, Q7, Q8")
    void schoolRows() {
      assertThat(SCHOOL.level()).isEqualTo(UnionLevel.SCHOOL);
      assertThat(SCHOOL.all()).extracting(QuotaLimit::rule)
          .containsExactlyInAnyOrder(QuotaRule.Q1, QuotaRule.Q2, QuotaRule.Q3, QuotaRule.Q4, QuotaRule.Q5,
              QuotaRule.Q9, QuotaRule.Q10, QuotaRule.Q11, QuotaRule.Q12)
          .doesNotContain(QuotaRule.Q6, QuotaRule.Q7, QuotaRule.Q8);
    }

    @Test
    @DisplayName("Q1, Q6–Q8: a college union gets exactly these rules")
    void collegeRows() {
      assertThat(COLLEGE.level()).isEqualTo(UnionLevel.COLLEGE);
      assertThat(COLLEGE.all()).extracting(QuotaLimit::rule)
          .containsExactlyInAnyOrder(QuotaRule.Q1, QuotaRule.Q6, QuotaRule.Q7, QuotaRule.Q8);
    }

    @Test
    @DisplayName("Q3: at most 5, hard")
    void q3Row() {
      assertThat(SCHOOL.of(QuotaRule.Q3)).contains(new QuotaLimit(QuotaRule.Q3, null, 5, true));
    }

    @Test
    @DisplayName("Q6: 20 to 30, soft")
    void q6Row() {
      assertThat(COLLEGE.of(QuotaRule.Q6)).contains(new QuotaLimit(QuotaRule.Q6, 20, 30, false));
    }

    @ParameterizedTest(name = "{1} for {0}: min {2}, max {3}, hard {4}")
    @DisplayName("Q1–Q12: every row carries the bounds and kind of RULES.md")
    @CsvSource({
        "SCHOOL,  Q1,   ,  6, false",
        "COLLEGE, Q1,   ,  6, false",
        "SCHOOL,  Q2,   , 60, false",
        "SCHOOL,  Q3,   ,  5, true",
        "SCHOOL,  Q4,  2,  3, true",
        "SCHOOL,  Q5,   ,  6, false",
        "COLLEGE, Q6, 20, 30, false",
        "COLLEGE, Q7,   ,  3, true",
        "COLLEGE, Q8,  1,  2, true",
        "SCHOOL,  Q9, 50,   , false",
        "SCHOOL,  Q10, 2,   , true",
        "SCHOOL,  Q11, 1,   , false",
        "SCHOOL,  Q12,  ,   , true"})
    void everyRow(UnionLevel level, QuotaRule rule, Integer min, Integer max, boolean hard) {
      assertThat(TestQuotaLimits.of(level).of(rule)).contains(new QuotaLimit(rule, min, max, hard));
    }
  }

  @Nested
  @DisplayName("school union")
  class SchoolUnion {

    private final UnionCounts school = empty(UnionLevel.SCHOOL, 1);

    @Test
    @DisplayName("Q3: with 4 presidium members a 5th is admitted")
    void q3FifthPresidiumMemberAdmitted() {
      UnionCounts four = plus(school, 4, Post.PRESIDIUM, null);

      assertThat(Quotas.admit(four, Post.PRESIDIUM, null, SCHOOL)).isEmpty();
    }

    @Test
    @DisplayName("Q3: with 5 presidium members a 6th is refused, hard, naming 5/5")
    void q3SixthPresidiumMemberRefused() {
      UnionCounts five = plus(school, 5, Post.PRESIDIUM, null);

      List<QuotaBreach> breaches = Quotas.admit(five, Post.PRESIDIUM, null, SCHOOL);

      assertThat(rules(breaches)).containsExactly("Q3");
      assertThat(breaches.get(0).hard()).isTrue();
      assertThat(breaches.get(0).violation().ruleId()).isEqualTo("Q3");
      assertThat(breaches.get(0).violation().text()).contains("5/5", "不得超过 5");
    }

    @Test
    @DisplayName("Q3: evaluate holds at 5 and fails at 6, as a hard limit")
    void q3EvaluateBoundary() {
      QuotaStatus atFive = status(Quotas.evaluate(plus(school, 5, Post.PRESIDIUM, null), ONE_DEPARTMENT, SCHOOL),
          "Q3", "union");
      QuotaStatus atSix = status(Quotas.evaluate(plus(school, 6, Post.PRESIDIUM, null), ONE_DEPARTMENT, SCHOOL),
          "Q3", "union");

      assertThat(atFive.holds()).isTrue();
      assertThat(atSix.holds()).isFalse();
      assertThat(atSix.hard()).isTrue();
      assertThat(atSix.count()).isEqualTo(6);
      assertThat(atSix.max()).isEqualTo(5);
    }

    @Test
    @DisplayName("Q4: a department with 2 heads admits a 3rd; with 3 heads a 4th is refused, hard")
    void q4HeadsPerDepartmentUpperBound() {
      UnionCounts two = plus(school, 2, Post.DEPARTMENT_HEAD, "d1");
      UnionCounts three = plus(school, 3, Post.DEPARTMENT_HEAD, "d1");

      List<QuotaBreach> refused = Quotas.admit(three, Post.DEPARTMENT_HEAD, "d1", SCHOOL);

      assertThat(Quotas.admit(two, Post.DEPARTMENT_HEAD, "d1", SCHOOL)).isEmpty();
      assertThat(rules(refused)).containsExactly("Q4");
      assertThat(refused.get(0).hard()).isTrue();
      assertThat(refused.get(0).violation().text()).contains("d1", "3/3", "不得超过 3");
    }

    @Test
    @DisplayName("Q4: the limit counts one department only; another department still admits a head")
    void q4CountsPerDepartment() {
      UnionCounts three = plus(school, 3, Post.DEPARTMENT_HEAD, "d1");

      assertThat(Quotas.admit(three, Post.DEPARTMENT_HEAD, "d2", SCHOOL)).isEmpty();
    }

    @Test
    @DisplayName("Q4: one head is below the lower bound 2: a warning, not a failure")
    void q4LowerBoundIsAWarning() {
      QuotaStatus oneHead = status(Quotas.evaluate(plus(school, 1, Post.DEPARTMENT_HEAD, "d1"), ONE_DEPARTMENT, SCHOOL),
          "Q4", "d1");
      QuotaStatus twoHeads = status(Quotas.evaluate(plus(school, 2, Post.DEPARTMENT_HEAD, "d1"), ONE_DEPARTMENT, SCHOOL),
          "Q4", "d1");

      assertThat(oneHead.holds()).isTrue();
      assertThat(oneHead.warning()).isNotNull().contains("Q4", "2");
      assertThat(twoHeads.holds()).isTrue();
      assertThat(twoHeads.warning()).isNull();
    }

    @Test
    @DisplayName("Q4: 4 heads in a department fails the hard limit in the quota view")
    void q4EvaluateOverHardLimit() {
      QuotaStatus four = status(Quotas.evaluate(plus(school, 4, Post.DEPARTMENT_HEAD, "d1"), ONE_DEPARTMENT, SCHOOL),
          "Q4", "d1");

      assertThat(four.holds()).isFalse();
      assertThat(four.hard()).isTrue();
    }

    @Test
    @DisplayName("Q4: a listed department with no heads at all is shown with count 0 and a warning")
    void q4DepartmentWithoutHeadsWarns() {
      QuotaStatus none = status(Quotas.evaluate(school, ONE_DEPARTMENT, SCHOOL), "Q4", "d1");

      assertThat(none.count()).isZero();
      assertThat(none.warning()).isNotNull();
    }

    @Test
    @DisplayName("Q4/Q5: each listed department gets its own line")
    void q4Q5OneLinePerDepartment() {
      UnionCounts counts = plus(plus(school, 3, Post.DEPARTMENT_HEAD, "d1"), 2, Post.STAFF, "d2");

      List<QuotaStatus> statuses = Quotas.evaluate(counts, List.of("d2", "d1"), SCHOOL);

      assertThat(status(statuses, "Q4", "d1").count()).isEqualTo(3);
      assertThat(status(statuses, "Q4", "d2").count()).isZero();
      assertThat(status(statuses, "Q5", "d1").count()).isZero();
      assertThat(status(statuses, "Q5", "d2").count()).isEqualTo(2);
    }

    @Test
    @DisplayName("Q5: 6 staff in a department is the soft maximum; a 7th is refused as soft")
    void q5StaffPerDepartmentSoftMaximum() {
      UnionCounts five = plus(school, 5, Post.STAFF, "d1");
      UnionCounts six = plus(school, 6, Post.STAFF, "d1");

      List<QuotaBreach> refused = Quotas.admit(six, Post.STAFF, "d1", SCHOOL);

      assertThat(Quotas.admit(five, Post.STAFF, "d1", SCHOOL)).isEmpty();
      assertThat(rules(refused)).containsExactly("Q5");
      assertThat(refused.get(0).hard()).isFalse();
      assertThat(refused.get(0).violation().text()).contains("6/6", "一般不超过 6", "例外");
    }

    @Test
    @DisplayName("Q5: heads are not counted as department staff")
    void q5DoesNotCountHeads() {
      UnionCounts counts = plus(plus(school, 3, Post.DEPARTMENT_HEAD, "d1"), 5, Post.STAFF, "d1");

      assertThat(Quotas.admit(counts, Post.STAFF, "d1", SCHOOL)).isEmpty();
      assertThat(status(Quotas.evaluate(counts, ONE_DEPARTMENT, SCHOOL), "Q5", "d1").count()).isEqualTo(5);
    }

    @Test
    @DisplayName("Q5: 7 staff in a department fails the soft limit (holds=false, hard=false)")
    void q5EvaluateOverSoftLimit() {
      QuotaStatus seven = status(Quotas.evaluate(plus(school, 7, Post.STAFF, "d1"), ONE_DEPARTMENT, SCHOOL), "Q5", "d1");

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

      List<QuotaBreach> refused = Quotas.admit(sixty, Post.STAFF, "d8", SCHOOL);

      assertThat(fiftyNine.members()).isEqualTo(59);
      assertThat(Quotas.admit(fiftyNine, Post.STAFF, "d8", SCHOOL)).isEmpty();
      assertThat(rules(refused)).containsExactly("Q2");
      assertThat(refused.get(0).hard()).isFalse();
      assertThat(refused.get(0).violation().text()).contains("60/60", "一般不超过 60", "例外");
    }

    @Test
    @DisplayName("Q2/Q5: a 61st member into a full department breaks both, each soft")
    void q2AndQ5Together() {
      UnionCounts sixty = plus(fiftyNine(), 1, Post.STAFF, "d7");

      List<QuotaBreach> refused = Quotas.admit(sixty, Post.STAFF, "d1", SCHOOL);

      assertThat(rules(refused)).containsExactly("Q2", "Q5");
      assertThat(refused).noneMatch(QuotaBreach::hard);
    }

    @Test
    @DisplayName("Q2: 61 members fails the soft limit (holds=false, hard=false)")
    void q2EvaluateOverSoftLimit() {
      UnionCounts sixtyOne = plus(fiftyNine(), 2, Post.STAFF, "d7");

      QuotaStatus q2 = status(Quotas.evaluate(sixtyOne, ONE_DEPARTMENT, SCHOOL), "Q2", "union");

      assertThat(q2.count()).isEqualTo(61);
      assertThat(q2.holds()).isFalse();
      assertThat(q2.hard()).isFalse();
    }

    @Test
    @DisplayName("Q1: 6 departments holds, 7 does not (soft); admit never reports Q1")
    void q1Departments() {
      QuotaStatus six = status(Quotas.evaluate(empty(UnionLevel.SCHOOL, 6), List.of(), SCHOOL), "Q1", "union");
      UnionCounts sevenDepartments = empty(UnionLevel.SCHOOL, 7);
      QuotaStatus seven = status(Quotas.evaluate(sevenDepartments, List.of(), SCHOOL), "Q1", "union");

      assertThat(six.holds()).isTrue();
      assertThat(seven.holds()).isFalse();
      assertThat(seven.hard()).isFalse();
      assertThat(seven.count()).isEqualTo(7);
      assertThat(Quotas.admit(sevenDepartments, Post.STAFF, "d1", SCHOOL)).isEmpty();
    }

    @Test
    @DisplayName("Q9: 1 of 2 members from a college union (exactly 50 %) holds")
    void q9ExactlyHalfHolds() {
      UnionCounts counts = plus(plus(school, 1, Post.STAFF, "d1", true), 1, Post.STAFF, "d1", false);

      QuotaStatus q9 = status(Quotas.evaluate(counts, ONE_DEPARTMENT, SCHOOL), "Q9", "union");

      assertThat(q9.holds()).isTrue();
      assertThat(q9.count()).isEqualTo(50);
      assertThat(q9.warning()).isNull();
    }

    @Test
    @DisplayName("Q9: 1 of 3 members from a college union (33.3 %) does not hold, with a warning")
    void q9OneOfThreeFails() {
      UnionCounts counts = plus(plus(school, 1, Post.STAFF, "d1", true), 2, Post.STAFF, "d1", false);

      QuotaStatus q9 = status(Quotas.evaluate(counts, ONE_DEPARTMENT, SCHOOL), "Q9", "union");

      assertThat(q9.holds()).isFalse();
      assertThat(q9.hard()).isFalse();
      assertThat(q9.count()).isEqualTo(33);
      assertThat(q9.warning()).contains("Q9", "1/3", "33.3%");
    }

    @Test
    @DisplayName("Q9: an empty union holds (nobody counted yet)")
    void q9EmptyUnionHolds() {
      assertThat(status(Quotas.evaluate(school, ONE_DEPARTMENT, SCHOOL), "Q9", "union").holds()).isTrue();
    }

    @Test
    @DisplayName("Q1–Q5, Q9 apply to a school union; Q6, Q7, Q8 and the non-roster Q10–Q12 never appear")
    void schoolUnionRulesOnly() {
      List<QuotaStatus> statuses = Quotas.evaluate(plus(school, 6, Post.PRESIDIUM, null), ONE_DEPARTMENT, SCHOOL);

      assertThat(statuses).extracting(QuotaStatus::rule)
          .containsExactly("Q1", "Q2", "Q3", "Q4", "Q5", "Q9")
          .doesNotContain("Q6", "Q7", "Q8", "Q10", "Q11", "Q12");
    }

    @Test
    @DisplayName("Q7: refusing a 6th presidium member of a school union names Q3, never Q7")
    void schoolAdmitNeverNamesQ7() {
      List<QuotaBreach> breaches = Quotas.admit(plus(school, 5, Post.PRESIDIUM, null), Post.PRESIDIUM, null, SCHOOL);

      assertThat(rules(breaches)).contains("Q3").doesNotContain("Q7");
    }

    @Test
    @DisplayName("Q8: 3 heads in a school department are refused by Q4 only, never Q8")
    void schoolAdmitNeverNamesQ8() {
      List<QuotaBreach> breaches = Quotas.admit(plus(school, 3, Post.DEPARTMENT_HEAD, "d1"), Post.DEPARTMENT_HEAD, "d1",
          SCHOOL);

      assertThat(rules(breaches)).containsExactly("Q4");
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
    @DisplayName("Q7: with 2 presidium members a 3rd is admitted; with 3 a 4th is refused, hard, with 3/3")
    void q7PresidiumHardMaximum() {
      UnionCounts two = plus(college, 2, Post.PRESIDIUM, null);
      UnionCounts three = plus(college, 3, Post.PRESIDIUM, null);

      List<QuotaBreach> refused = Quotas.admit(three, Post.PRESIDIUM, null, COLLEGE);

      assertThat(Quotas.admit(two, Post.PRESIDIUM, null, COLLEGE)).isEmpty();
      assertThat(rules(refused)).containsExactly("Q7");
      assertThat(refused.get(0).hard()).isTrue();
      assertThat(refused.get(0).violation().text()).contains("3/3", "不得超过 3");
    }

    @Test
    @DisplayName("Q7: evaluate holds at 3 and fails at 4, as a hard limit")
    void q7EvaluateBoundary() {
      QuotaStatus three = status(Quotas.evaluate(plus(college, 3, Post.PRESIDIUM, null), ONE_DEPARTMENT, COLLEGE),
          "Q7", "union");
      QuotaStatus four = status(Quotas.evaluate(plus(college, 4, Post.PRESIDIUM, null), ONE_DEPARTMENT, COLLEGE),
          "Q7", "union");

      assertThat(three.holds()).isTrue();
      assertThat(four.holds()).isFalse();
      assertThat(four.hard()).isTrue();
    }

    @Test
    @DisplayName("Q3: a college union with 5 presidium members is judged by Q7, never Q3")
    void collegeAdmitNeverNamesQ3() {
      List<QuotaBreach> breaches = Quotas.admit(plus(college, 5, Post.PRESIDIUM, null), Post.PRESIDIUM, null, COLLEGE);

      assertThat(rules(breaches)).containsExactly("Q7");
    }

    @Test
    @DisplayName("Q8: a department with 1 head admits a 2nd; with 2 a 3rd is refused, hard")
    void q8HeadsPerDepartmentUpperBound() {
      UnionCounts one = plus(college, 1, Post.DEPARTMENT_HEAD, "d1");
      UnionCounts two = plus(college, 2, Post.DEPARTMENT_HEAD, "d1");

      List<QuotaBreach> refused = Quotas.admit(two, Post.DEPARTMENT_HEAD, "d1", COLLEGE);

      assertThat(Quotas.admit(one, Post.DEPARTMENT_HEAD, "d1", COLLEGE)).isEmpty();
      assertThat(rules(refused)).containsExactly("Q8");
      assertThat(refused.get(0).hard()).isTrue();
      assertThat(refused.get(0).violation().text()).contains("d1", "2/2", "不得超过 2");
    }

    @Test
    @DisplayName("Q8: a department with no head is below the lower bound 1: a warning, not a failure")
    void q8LowerBoundIsAWarning() {
      QuotaStatus none = status(Quotas.evaluate(college, ONE_DEPARTMENT, COLLEGE), "Q8", "d1");
      QuotaStatus one = status(Quotas.evaluate(plus(college, 1, Post.DEPARTMENT_HEAD, "d1"), ONE_DEPARTMENT, COLLEGE),
          "Q8", "d1");

      assertThat(none.holds()).isTrue();
      assertThat(none.warning()).isNotNull().contains("Q8");
      assertThat(one.warning()).isNull();
    }

    @Test
    @DisplayName("Q8: 3 heads in a department fails the hard limit")
    void q8EvaluateOverHardLimit() {
      QuotaStatus three = status(Quotas.evaluate(plus(college, 3, Post.DEPARTMENT_HEAD, "d1"), ONE_DEPARTMENT, COLLEGE),
          "Q8", "d1");

      assertThat(three.holds()).isFalse();
      assertThat(three.hard()).isTrue();
    }

    @Test
    @DisplayName("Q6: 19 members warns (below 20) but holds; 20 has no warning")
    void q6LowerBoundIsAWarning() {
      QuotaStatus nineteen = status(Quotas.evaluate(withMembers(19), ONE_DEPARTMENT, COLLEGE), "Q6", "union");
      QuotaStatus twenty = status(Quotas.evaluate(withMembers(20), ONE_DEPARTMENT, COLLEGE), "Q6", "union");

      assertThat(nineteen.holds()).isTrue();
      assertThat(nineteen.warning()).isNotNull().contains("Q6", "20");
      assertThat(twenty.holds()).isTrue();
      assertThat(twenty.warning()).isNull();
    }

    @Test
    @DisplayName("Q6: with 29 members a 30th is admitted; with 30 a 31st is refused as soft")
    void q6UpperBoundIsSoft() {
      List<QuotaBreach> refused = Quotas.admit(withMembers(30), Post.STAFF, "d6", COLLEGE);

      assertThat(Quotas.admit(withMembers(29), Post.STAFF, "d6", COLLEGE)).isEmpty();
      assertThat(rules(refused)).containsExactly("Q6");
      assertThat(refused.get(0).hard()).isFalse();
      assertThat(refused.get(0).violation().text()).contains("30/30", "一般不超过 30", "例外");
    }

    @Test
    @DisplayName("Q6: 31 members fails the soft limit (holds=false, hard=false)")
    void q6EvaluateOverSoftLimit() {
      QuotaStatus q6 = status(Quotas.evaluate(withMembers(31), ONE_DEPARTMENT, COLLEGE), "Q6", "union");

      assertThat(q6.holds()).isFalse();
      assertThat(q6.hard()).isFalse();
    }

    @Test
    @DisplayName("Q1: 7 departments fails the soft limit in a college union too")
    void q1AppliesToCollegeUnions() {
      QuotaStatus q1 = status(Quotas.evaluate(empty(UnionLevel.COLLEGE, 7), List.of(), COLLEGE), "Q1", "union");

      assertThat(q1.holds()).isFalse();
      assertThat(q1.hard()).isFalse();
    }

    @Test
    @DisplayName("Q1, Q6–Q8 apply to a college union; Q2–Q5 and Q9 never appear")
    void collegeUnionRulesOnly() {
      List<QuotaStatus> statuses = Quotas.evaluate(withMembers(40), ONE_DEPARTMENT, COLLEGE);

      assertThat(statuses).extracting(QuotaStatus::rule)
          .containsExactly("Q1", "Q6", "Q7", "Q8")
          .doesNotContain("Q2", "Q3", "Q4", "Q5", "Q9");
    }

    @Test
    @DisplayName("Q5: 6 staff in a college department do not trigger Q5 (a school rule)")
    void collegeAdmitNeverNamesQ5() {
      assertThat(Quotas.admit(plus(college, 6, Post.STAFF, "d1"), Post.STAFF, "d1", COLLEGE)).isEmpty();
    }

    @Test
    @DisplayName("Q4: 2 heads in a college department are refused by Q8 only, never Q4")
    void collegeAdmitNeverNamesQ4() {
      List<QuotaBreach> breaches = Quotas.admit(plus(college, 2, Post.DEPARTMENT_HEAD, "d1"), Post.DEPARTMENT_HEAD, "d1",
          COLLEGE);

      assertThat(rules(breaches)).containsExactly("Q8");
    }
  }

  @Nested
  @DisplayName("Q1: one more work department (newDepartment)")
  class NewDepartment {

    @Test
    @DisplayName("Q1: a union with 5 departments may add a 6th, at either level")
    void q1SixthDepartmentAdmitted() {
      assertThat(Quotas.newDepartment("校级学生会", 5, SCHOOL)).isEmpty();
      assertThat(Quotas.newDepartment("cs 学生会", 5, COLLEGE)).isEmpty();
    }

    @Test
    @DisplayName("Q1: with 6 departments a 7th is refused as the soft limit it is, naming the union and 6/6")
    void q1SeventhDepartmentRefusedAsSoft() {
      assertThat(Quotas.newDepartment("校级学生会", 6, SCHOOL)).contains(new RuleViolation("Q1",
          "校级学生会已有 6 个工作部门（6/6），一般不超过 6 个，超出须经校团委批准例外"));
      assertThat(Quotas.newDepartment("cs 学生会", 7, COLLEGE).orElseThrow().text())
          .isEqualTo("Q1：cs 学生会已有 7 个工作部门（7/6），一般不超过 6 个，超出须经校团委批准例外");
    }

    @Test
    @DisplayName("Q1: when the table makes Q1 hard with another bound, the refusal says 不得 and uses that bound")
    void q1HardWhenTheTableSaysSo() {
      QuotaLimits hardFour = changed(SCHOOL, new QuotaLimit(QuotaRule.Q1, null, 4, true));

      assertThat(Quotas.newDepartment("校级学生会", 3, hardFour)).isEmpty();
      assertThat(Quotas.newDepartment("校级学生会", 4, hardFour).orElseThrow().text())
          .isEqualTo("Q1：校级学生会已有 4 个工作部门（4/4），不得超过 4 个");
    }

    @Test
    @DisplayName("Q1: a table without a Q1 row, or without its upper bound, limits nothing")
    void q1WithoutABoundLimitsNothing() {
      QuotaLimits noRow = new QuotaLimits(UnionLevel.SCHOOL,
          SCHOOL.all().stream().filter(l -> l.rule() != QuotaRule.Q1).toList());
      QuotaLimits noMax = changed(SCHOOL, new QuotaLimit(QuotaRule.Q1, 1, null, false));

      assertThat(Quotas.newDepartment("校级学生会", 50, noRow)).isEmpty();
      assertThat(Quotas.newDepartment("校级学生会", 50, noMax)).isEmpty();
    }
  }

  @Nested
  @DisplayName("Q9: the college-union share once a member joins (shareAfter)")
  class ShareAfter {

    private final UnionCounts school = empty(UnionLevel.SCHOOL, 1);

    @Test
    @DisplayName("Q9: a member from a college union never breaches, even when the share is already low")
    void q9CollegeMemberNeverBreaches() {
      UnionCounts noneFromCollege = plus(school, 3, Post.STAFF, "d1", false);

      assertThat(Quotas.shareAfter(noneFromCollege, true, SCHOOL)).isEmpty();
      // the same counts do breach for a member from elsewhere, so the empty result above is the flag's doing
      assertThat(Quotas.shareAfter(noneFromCollege, false, SCHOOL)).isPresent();
    }

    @Test
    @DisplayName("Q9: 1 of 1 from a college union, a non-college member makes 1/2 = 50 %: no breach")
    void q9ExactlyHalfAfterwardsHolds() {
      UnionCounts oneOfOne = plus(school, 1, Post.STAFF, "d1", true);

      assertThat(Quotas.shareAfter(oneOfOne, false, SCHOOL)).isEmpty();
    }

    @Test
    @DisplayName("Q9: 1 of 2 from a college union, a non-college member makes 1/3: a soft breach naming 33.3%")
    void q9OneOfThreeAfterwardsBreaches() {
      UnionCounts oneOfTwo = plus(plus(school, 1, Post.STAFF, "d1", true), 1, Post.STAFF, "d1", false);

      Optional<QuotaBreach> breach = Quotas.shareAfter(oneOfTwo, false, SCHOOL);

      assertThat(breach).hasValueSatisfying(b -> {
        assertThat(b.rule()).isEqualTo("Q9");
        assertThat(b.hard()).isFalse();
        assertThat(b.violation().text()).contains("1/3", "33.3%", "一般不低于 50%");
      });
    }

    @Test
    @DisplayName("Q9: a college union's limits have no Q9 row, so nothing ever breaches")
    void q9NeverForCollegeLimits() {
      UnionCounts noneFromCollege = plus(empty(UnionLevel.COLLEGE, 1), 3, Post.STAFF, "d1", false);

      assertThat(Quotas.shareAfter(noneFromCollege, false, COLLEGE)).isEmpty();
      assertThat(Quotas.shareAfter(noneFromCollege, true, COLLEGE)).isEmpty();
    }

    @Test
    @DisplayName("Q9: when the table makes Q9 hard, the breach is hard and says 不得低于")
    void q9HardWhenTheTableSaysSo() {
      QuotaLimits hardShare = changed(SCHOOL, new QuotaLimit(QuotaRule.Q9, 50, null, true));
      UnionCounts oneOfTwo = plus(plus(school, 1, Post.STAFF, "d1", true), 1, Post.STAFF, "d1", false);

      assertThat(Quotas.shareAfter(oneOfTwo, false, hardShare)).hasValueSatisfying(b -> {
        assertThat(b.hard()).isTrue();
        assertThat(b.violation().text()).contains("不得低于 50%");
      });
    }
  }

  @Nested
  @DisplayName("Q10: a college's batch of nominees (batch)")
  class Batch {

    @Test
    @DisplayName("Q10: 2 college-union staff among 5 nominees is enough")
    void q10TwoOfFiveHolds() {
      assertThat(Quotas.batch(2, 5, SCHOOL)).isEmpty();
    }

    @Test
    @DisplayName("Q10: 1 college-union staff among 5 nominees is refused, naming 5 and 1")
    void q10OneOfFiveRefused() {
      Optional<RuleViolation> violation = Quotas.batch(1, 5, SCHOOL);

      assertThat(violation).hasValueSatisfying(v -> {
        assertThat(v.ruleId()).isEqualTo("Q10");
        // the message, not text(): text() starts with "Q10" and so always contains "1"
        assertThat(v.message()).contains("5", "1", "不少于 2");
      });
    }

    @Test
    @DisplayName("Q10: a college union's limits have no Q10 row, so no batch is refused")
    void q10NeverForCollegeLimits() {
      assertThat(Quotas.batch(1, 5, COLLEGE)).isEmpty();
      assertThat(Quotas.batch(0, 5, COLLEGE)).isEmpty();
    }

    @Test
    @DisplayName("Q10: the floor comes from the table: with min 3, 2 of 5 is refused")
    void q10FloorFromTheTable() {
      QuotaLimits raised = changed(SCHOOL, new QuotaLimit(QuotaRule.Q10, 3, null, true));

      assertThat(Quotas.batch(2, 5, raised)).hasValueSatisfying(v -> assertThat(v.message()).contains("不少于 3"));
      assertThat(Quotas.batch(3, 5, raised)).isEmpty();
    }
  }

  @Nested
  @DisplayName("limits changed in the table")
  class ChangedLimits {

    private final UnionCounts school = empty(UnionLevel.SCHOOL, 1);

    /** 5 presidium + 55 staff over d1..d11 = 60 members, no department over 5 staff. */
    private UnionCounts sixty() {
      UnionCounts counts = plus(school, 5, Post.PRESIDIUM, null);
      for (int i = 0; i < 55; i++) {
        counts = counts.with(Post.STAFF, "d" + (i % 11 + 1), false);
      }
      return counts;
    }

    @Test
    @DisplayName("Q2: a soft Q2 becomes hard when the table says so")
    void q2HardWhenTheTableSaysSo() {
      QuotaLimits hardTotal = changed(SCHOOL, new QuotaLimit(QuotaRule.Q2, null, 60, true));
      UnionCounts sixty = sixty();

      List<QuotaBreach> real = Quotas.admit(sixty, Post.STAFF, "d12", SCHOOL);
      List<QuotaBreach> hard = Quotas.admit(sixty, Post.STAFF, "d12", hardTotal);

      assertThat(sixty.members()).isEqualTo(60);
      assertThat(rules(real)).containsExactly("Q2");
      assertThat(real.get(0).hard()).isFalse();
      assertThat(rules(hard)).containsExactly("Q2");
      assertThat(hard.get(0).hard()).isTrue();
      assertThat(hard.get(0).violation().text()).contains("60/60", "不得超过 60").doesNotContain("例外");
      QuotaStatus q2 = status(Quotas.evaluate(sixty.with(Post.STAFF, "d12", false), ONE_DEPARTMENT, hardTotal),
          "Q2", "union");
      assertThat(q2.holds()).isFalse();
      assertThat(q2.hard()).isTrue();
    }

    @Test
    @DisplayName("Q3: a raised maximum of 7 admits a 6th presidium member and refuses an 8th")
    void q3RaisedMaximum() {
      QuotaLimits seven = changed(SCHOOL, new QuotaLimit(QuotaRule.Q3, null, 7, true));

      assertThat(Quotas.admit(plus(school, 5, Post.PRESIDIUM, null), Post.PRESIDIUM, null, seven)).isEmpty();
      assertThat(rules(Quotas.admit(plus(school, 7, Post.PRESIDIUM, null), Post.PRESIDIUM, null, seven)))
          .containsExactly("Q3");
    }

    @Test
    @DisplayName("Q5: a rule missing from the limits is neither checked nor shown")
    void q5MissingRowIsNotChecked() {
      List<QuotaLimit> withoutQ5 = SCHOOL.all().stream().filter(l -> l.rule() != QuotaRule.Q5).toList();
      QuotaLimits limits = new QuotaLimits(UnionLevel.SCHOOL, withoutQ5);
      UnionCounts six = plus(school, 6, Post.STAFF, "d1");

      assertThat(Quotas.admit(six, Post.STAFF, "d1", limits)).isEmpty();
      assertThat(Quotas.evaluate(six, ONE_DEPARTMENT, limits)).extracting(QuotaStatus::rule).doesNotContain("Q5");
    }
  }

  @Nested
  @DisplayName("QuotaStatus.text")
  class StatusText {

    @Test
    @DisplayName("Q3: names the rule, the count 6 and the bound ≤5, hard, exceeded")
    void q3Text() {
      UnionCounts six = plus(empty(UnionLevel.SCHOOL, 1), 6, Post.PRESIDIUM, null);

      String text = status(Quotas.evaluate(six, ONE_DEPARTMENT, SCHOOL), "Q3", "union").text();

      assertThat(text).startsWith("Q3").contains("：6（", "≤5", "硬性", "已超出");
    }

    @Test
    @DisplayName("Q4: names the rule, the department, the count 1 and the bounds 2–3, not yet full")
    void q4Text() {
      UnionCounts oneHead = plus(empty(UnionLevel.SCHOOL, 1), 1, Post.DEPARTMENT_HEAD, "study");

      String text = status(Quotas.evaluate(oneHead, List.of("study"), SCHOOL), "Q4", "study").text();

      assertThat(text).startsWith("Q4").contains("study", "：1（", "2–3", "硬性", "未满").doesNotContain("已超出");
    }

    @Test
    @DisplayName("Q6: names the rule, the count 19 and the bounds 20–30, soft")
    void q6Text() {
      UnionCounts nineteen = plus(empty(UnionLevel.COLLEGE, 1), 19, Post.STAFF, "d1");

      String text = status(Quotas.evaluate(nineteen, ONE_DEPARTMENT, COLLEGE), "Q6", "union").text();

      assertThat(text).startsWith("Q6").contains("19", "20–30", "一般");
    }

    @Test
    @DisplayName("Q9: names the rule, the share and the floor ≥50")
    void q9Text() {
      UnionCounts counts = plus(plus(empty(UnionLevel.SCHOOL, 1), 1, Post.STAFF, "d1", true), 3, Post.STAFF, "d1", false);

      String text = status(Quotas.evaluate(counts, ONE_DEPARTMENT, SCHOOL), "Q9", "union").text();

      assertThat(text).startsWith("Q9").contains("：25（", "≥50", "一般");
    }
  }
}
