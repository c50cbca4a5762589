package edu.university.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** RULES.md E1–E3: who may be nominated, decided on the academic record alone. */
class EligibilityTest {

  private static AcademicRecord record(PoliticalStatus status, int rank, int size, int failed) {
    return new AcademicRecord(status, rank, size, failed);
  }

  private static List<String> ruleIds(AcademicRecord record) {
    return Eligibility.check(record).stream().map(RuleViolation::ruleId).toList();
  }

  @Test
  @DisplayName("E1: 群众 (MASSES) is refused with rule E1")
  void e1RefusesMasses() {
    List<RuleViolation> violations = Eligibility.check(record(PoliticalStatus.MASSES, 1, 120, 0));

    assertThat(violations).extracting(RuleViolation::ruleId).containsExactly("E1");
    assertThat(violations.get(0).text()).startsWith("E1：").contains("群众");
  }

  @ParameterizedTest(name = "E1: {0} is accepted")
  @EnumSource(value = PoliticalStatus.class, names = {"CPC_MEMBER", "CPC_PROBATIONARY", "CYL_MEMBER"})
  @DisplayName("E1: Party members, probationary Party members and Youth League members are accepted")
  void e1AcceptsPartyProbationaryAndLeagueMembers(PoliticalStatus status) {
    assertThat(Eligibility.check(record(status, 1, 120, 0))).isEmpty();
  }

  @Test
  @DisplayName("E1: a probationary Party member (中共预备党员) is eligible")
  void e1ProbationaryPartyMemberIsEligible() {
    assertThat(Eligibility.politicalStatus(record(PoliticalStatus.CPC_PROBATIONARY, 1, 120, 0))).isEmpty();
  }

  @ParameterizedTest(name = "E2: rank {0}/{1} eligible = {2}")
  @CsvSource({
      "36, 120, true",   // exactly 30 %
      "37, 120, false",  // 30.8 %
      "41, 120, false",  // 34.2 %
      "3, 10, true",     // exactly 30 %
      "4, 10, false",    // 40 %
      "1, 120, true"
  })
  @DisplayName("E2: rank / size must not exceed 0.30, compared exactly")
  void e2BoundaryOfTopThirtyPercent(int rank, int size, boolean eligible) {
    List<String> ids = ruleIds(record(PoliticalStatus.CYL_MEMBER, rank, size, 0));

    if (eligible) {
      assertThat(ids).isEmpty();
    } else {
      assertThat(ids).containsExactly("E2");
    }
  }

  @Test
  @DisplayName("E2: 41/120 is refused with a message naming E2, 41/120 and 34.2%")
  void e2RefusalNamesRankAndShare() {
    List<RuleViolation> violations = Eligibility.check(record(PoliticalStatus.CYL_MEMBER, 41, 120, 0));

    assertThat(violations).hasSize(1);
    assertThat(violations.get(0).ruleId()).isEqualTo("E2");
    assertThat(violations.get(0).text()).contains("E2", "41/120", "34.2%");
  }

  @Test
  @DisplayName("E2: rank 1 of 1 is 100 % and is refused by the rule's formula rank/size <= 0.30")
  void e2RankOneOfOneIsRefusedByTheFormula() {
    List<RuleViolation> violations = Eligibility.check(record(PoliticalStatus.CPC_MEMBER, 1, 1, 0));

    assertThat(violations).extracting(RuleViolation::ruleId).containsExactly("E2");
    assertThat(violations.get(0).text()).contains("1/1", "100%");
  }

  @Test
  @DisplayName("E3: one failed course is refused")
  void e3RefusesOneFailedCourse() {
    List<RuleViolation> violations = Eligibility.check(record(PoliticalStatus.CYL_MEMBER, 1, 120, 1));

    assertThat(violations).extracting(RuleViolation::ruleId).containsExactly("E3");
    assertThat(violations.get(0).text()).contains("1 门");
  }

  @Test
  @DisplayName("E3: zero failed courses is accepted")
  void e3AcceptsZeroFailedCourses() {
    assertThat(Eligibility.failedCourses(record(PoliticalStatus.CYL_MEMBER, 1, 120, 0))).isEmpty();
    assertThat(Eligibility.check(record(PoliticalStatus.CYL_MEMBER, 1, 120, 0))).isEmpty();
  }

  @Test
  @DisplayName("E1, E2, E3: every failure is reported together, in rule order")
  void reportsAllFailuresInRuleOrder() {
    assertThat(ruleIds(record(PoliticalStatus.MASSES, 100, 120, 2))).containsExactly("E1", "E2", "E3");
  }

  @Test
  @DisplayName("E1, E3: failures skip the rules that hold and keep rule order")
  void reportsOnlyFailingRulesInOrder() {
    assertThat(ruleIds(record(PoliticalStatus.MASSES, 36, 120, 3))).containsExactly("E1", "E3");
  }
}
