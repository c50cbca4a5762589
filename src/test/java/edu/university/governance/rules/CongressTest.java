package edu.university.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CongressTest {

  static final QuotaLimits SCHOOL = TestQuotaLimits.of(UnionLevel.SCHOOL);
  static final QuotaLimits COLLEGE = TestQuotaLimits.of(UnionLevel.COLLEGE);

  @Test
  @DisplayName("Q11: at least 1 % of the students represented, rounded up (exactly 1 % at 1000)")
  void minimum() {
    assertThat(Congress.minimumDelegates(1000, SCHOOL)).isEqualTo(10);
    assertThat(Congress.minimumDelegates(1001, SCHOOL)).isEqualTo(11);
    assertThat(Congress.minimumDelegates(99, SCHOOL)).isEqualTo(1);
  }

  @Test
  @DisplayName("Q11/Q12 allocation: every college a seat, the rest in proportion, the total at the minimum")
  void allocation() {
    // one seat each first (Q12), then the remaining 7 by share: 4.9, 1.4, 0.7 → 4, 1, 0 and the two largest remainders
    assertThat(Congress.allocate(Map.of("a", 700, "b", 200, "c", 100), 10)).containsEntry("a", 6).containsEntry("b", 2)
        .containsEntry("c", 2);
    assertThat(Congress.allocate(Map.of("a", 990, "b", 10), 2)).containsEntry("a", 1).containsEntry("b", 1);
    assertThat(Congress.allocate(Map.of("a", 5, "b", 5, "c", 5), 1).values().stream().mapToInt(Integer::intValue).sum())
        .as("one seat each even when 1 % is less").isEqualTo(3);
  }

  static Congress.Delegate delegate(String id, String college, int grade) {
    return new Congress.Delegate(id, college, grade);
  }

  @Test
  @DisplayName("Q12: a college with one grade, a club with one member: covered only by that grade and that member")
  void coverage() {
    List<Congress.Delegate> delegates = List.of(delegate("x", "a", 2023), delegate("y", "b", 2024));
    Map<String, Set<String>> clubs = Map.of("chorus", Set.of("y"), "robots", Set.of("z"));
    var missing = Congress.check(delegates, 200, SCHOOL, Set.of("a", "b"), Set.of(2023, 2024), clubs);
    assertThat(missing).extracting(RuleViolation::text).containsExactly("Q12：没有代表的主要学生社团：robots");
    var more = Congress.check(delegates, 300, SCHOOL, Set.of("a", "b", "c"), Set.of(2023, 2024, 2025), Map.of());
    assertThat(more).extracting(RuleViolation::text).containsExactly(
        "Q11：代表 2 名，所代表学生 300 名的 1% 为 3 名", "Q12：没有代表的学院：c", "Q12：没有代表的年级：2025 级");
  }

  @Test
  @DisplayName("C3: winners within Q3 (school) or Q7 (college), and only the year's confirmed candidates")
  void election() {
    List<Congress.Winner> six = List.of(new Congress.Winner("a", 9), new Congress.Winner("b", 8),
        new Congress.Winner("c", 7), new Congress.Winner("d", 6), new Congress.Winner("e", 5), new Congress.Winner("f", 4));
    Set<String> candidates = Set.of("a", "b", "c", "d", "e", "f");
    assertThat(Congress.election(six, candidates, SCHOOL, 2026)).extracting(RuleViolation::ruleId).containsExactly("Q3");
    assertThat(Congress.election(six.subList(0, 5), candidates, SCHOOL, 2026)).isEmpty();
    assertThat(Congress.election(six.subList(0, 4), candidates, COLLEGE, 2026)).extracting(RuleViolation::ruleId)
        .containsExactly("Q7");
    assertThat(Congress.election(List.of(new Congress.Winner("stranger", 3)), candidates, COLLEGE, 2026))
        .extracting(RuleViolation::text).containsExactly("C3：学生 stranger 不是 2026 年经确认的主席团候选人（P1/P3）");
  }
}
