package edu.university.governance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  @DisplayName("Percentiles by nearest rank, per kind and over several kinds; none recorded gives NaN")
  void percentiles() {
    Latencies latencies = new Latencies();
    for (long ms = 100; ms >= 1; ms--) {
      latencies.record("a", ms * 1_000_000);
    }
    latencies.record("b", 1_000_000_000);
    assertThat(latencies.percentileMillis("a", 50)).isEqualTo(50.0);
    assertThat(latencies.percentileMillis("a", 99)).isEqualTo(99.0);
    assertThat(latencies.percentileMillis("a", 100)).isEqualTo(100.0);
    assertThat(latencies.percentileMillis(List.of("a", "b"), 100)).isEqualTo(1000.0);
    assertThat(latencies.count(List.of("a", "b"))).isEqualTo(101);
    assertThat(latencies.percentileMillis("c", 50)).isNaN();
  }
}
