package edu.university.governance.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 14: the retry schedule of a notification that failed. */
class BackoffTest {

  final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), 5);

  @Test
  @DisplayName("30 s after the first failure, doubled after each further one, never more than the cap")
  void doubles() {
    assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(backoff.after(3)).isEqualTo(Duration.ofMinutes(2));
    assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(8));
    assertThat(backoff.after(8)).isEqualTo(Duration.ofHours(1));
    assertThat(backoff.after(1000)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  @DisplayName("A server down for ten minutes: the attempts within it add up to less than twenty minutes of waiting")
  void tenMinutesDown() {
    Duration waited = Duration.ZERO;
    int failures = 0;
    while (waited.compareTo(Duration.ofMinutes(10)) < 0) {
      waited = waited.plus(backoff.after(++failures));
    }
    assertThat(waited).isLessThan(Duration.ofMinutes(20));
  }

  @Test
  @DisplayName("Given up after max-attempts")
  void givesUp() {
    assertThat(backoff.retries(4)).isTrue();
    assertThat(backoff.retries(5)).isFalse();
  }
}
