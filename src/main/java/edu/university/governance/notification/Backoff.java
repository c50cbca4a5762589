package edu.university.governance.notification;

import java.time.Duration;

/**
 * When a notification that failed is tried again: the first delay after the first failure, doubled after each
 * further one, never more than the cap (governance.notify.retry-first, retry-max; defaults 30 s and 1 h). A mail
 * server down for ten minutes delays a message by at most about ten minutes more; after max-attempts the row is
 * given up (FAILED) and counted.
 */
public record Backoff(Duration first, Duration max, int maxAttempts) {

  /** The delay after the given number of failed attempts (1 for the first failure). */
  public Duration after(int failures) {
    Duration delay = first;
    for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }

  /** Whether another attempt follows this many attempts. */
  public boolean retries(int attempts) {
    return attempts < maxAttempts;
  }
}
