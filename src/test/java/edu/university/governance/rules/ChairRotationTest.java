package edu.university.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChairRotationTest {

  @Test
  @DisplayName("S2: a stable presidium rotates round robin in roster order")
  void roundRobin() {
    assertThat(ChairRotation.upcoming(List.of("a", "b", "c"), Map.of(), 5)).containsExactly("a", "b", "c", "a", "b");
    assertThat(ChairRotation.next(List.of("a", "b", "c"), Map.of("a", 1))).contains("b");
  }

  @Test
  @DisplayName("S2: a presidium of one keeps its chair; an empty presidium has none")
  void oneMemberKeepsIt() {
    assertThat(ChairRotation.upcoming(List.of("a"), Map.of("a", 3), 3)).containsExactly("a", "a", "a");
    assertThat(ChairRotation.next(List.of(), Map.of())).isEmpty();
  }

  @Test
  @DisplayName("S2: a removed member leaves the rotation; a new member takes a turn before anyone serves again")
  void removedAndNewMembers() {
    assertThat(ChairRotation.next(List.of("a", "c"), Map.of("a", 1, "b", 1))).contains("c");
    assertThat(ChairRotation.upcoming(List.of("a", "b", "d"), Map.of("a", 1, "b", 1), 2)).containsExactly("d", "a");
  }

  @Test
  @DisplayName("S2 semesters: named 2026-2027-1; September–January is the first, February–August the second")
  void semesters() {
    assertThat(ChairRotation.validSemester("2026-2027-1")).isTrue();
    assertThat(ChairRotation.validSemester("2026-2027-2")).isTrue();
    assertThat(ChairRotation.validSemester("2026-2028-1")).isFalse();
    assertThat(ChairRotation.validSemester("2026-2027-3")).isFalse();
    assertThat(ChairRotation.validSemester(null)).isFalse();
    assertThat(ChairRotation.semesterOf(LocalDate.of(2026, 9, 1))).isEqualTo("2026-2027-1");
    assertThat(ChairRotation.semesterOf(LocalDate.of(2027, 1, 31))).isEqualTo("2026-2027-1");
    assertThat(ChairRotation.semesterOf(LocalDate.of(2027, 2, 1))).isEqualTo("2026-2027-2");
    assertThat(ChairRotation.semesterOf(LocalDate.of(2027, 8, 31))).isEqualTo("2026-2027-2");
  }
}
