package edu.university.governance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BenchStudentsTest {

  @Test
  @DisplayName("Benchmark students: unique ids, ranks within the major, the same body for the same seed, a fair share eligible")
  void generatedBody() {
    List<BenchStudents.Row> rows = BenchStudents.generate(1, 10_000, 42);
    assertThat(rows).hasSize(10_000);
    assertThat(new HashSet<>(rows.stream().map(BenchStudents.Row::studentId).toList())).hasSize(10_000);
    assertThat(rows).allSatisfy(row -> assertThat(row.majorRank()).isBetween(1, row.majorSize()));
    assertThat(BenchStudents.generate(1, 10_000, 42)).isEqualTo(rows);
    long eligible = rows.stream().filter(BenchStudents.Row::eligible).count();
    // E2 keeps 30 % of each major; E1 and E3 take roughly a tenth each of the rest
    assertThat(eligible).isBetween(2_000L, 2_700L);
    assertThat(BenchStudents.generate(10_001, 500, 42).get(0).studentId()).isEqualTo("B0010001");
  }

  @Test
  @DisplayName("Benchmark students: the import body is a JSON array of CONTRACT.md's fields")
  void importBody() throws Exception {
    var array = BenchHttp.JSON.readTree(BenchStudents.json(BenchStudents.generate(1, 3, 42)));
    assertThat(array.size()).isEqualTo(3);
    assertThat(array.get(0).get("studentId").asText()).isEqualTo("B0000001");
    assertThat(array.get(0).get("majorSize").asInt()).isEqualTo(BenchStudents.MAJOR_SIZE);
    assertThat(array.get(2).get("classId").asText()).isEqualTo("cs2301");
  }
}
