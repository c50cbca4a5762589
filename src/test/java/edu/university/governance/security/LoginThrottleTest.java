package edu.university.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  /** A clock the test moves by hand. */
  static final class Hand extends Clock {
    Instant now = Instant.parse("2026-12-01T08:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final Hand clock = new Hand();
  final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Settings(10, Duration.ofSeconds(1),
      Duration.ofSeconds(60), Duration.ofMinutes(15), 100), clock);

  @Test
  @DisplayName("Ten failures of an address are free; then it waits 1 s, doubling up to 60 s; other addresses never wait")
  void delaysPerAddress() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("10.0.0.1", "admin");
      assertThat(throttle.waitFor("10.0.0.1")).isZero();
    }
    long[] expected = {1, 2, 4, 8, 16, 32, 60, 60};
    for (long seconds : expected) {
      throttle.failed("10.0.0.1", "admin");
      assertThat(throttle.waitFor("10.0.0.1")).isEqualTo(Duration.ofSeconds(seconds));
      assertThat(throttle.waitFor("10.0.0.2")).isZero();
    }
    clock.now = clock.now.plusSeconds(60);
    assertThat(throttle.waitFor("10.0.0.1")).isZero();
  }

  @Test
  @DisplayName("A success forgives the address's failures for that account only; a guesser cannot wipe its record with its own login")
  void successForgivesOwnAccountOnly() {
    for (int i = 0; i < 11; i++) {
      throttle.failed("10.0.0.1", "admin");
    }
    throttle.succeeded("10.0.0.1", "college-cs-league");
    assertThat(throttle.waitFor("10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
    throttle.succeeded("10.0.0.1", "admin");
    assertThat(throttle.waitFor("10.0.0.1")).isZero();
    assertThat(throttle.addressesKept()).isZero();
  }

  @Test
  @DisplayName("Addresses are forgotten 15 minutes after their last failure, and never more than the limit are kept")
  void memoryBounded() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("10.0.0.1", "admin");
    }
    clock.now = clock.now.plus(Duration.ofMinutes(16));
    throttle.failed("10.0.0.2", "admin");
    assertThat(throttle.addressesKept()).isEqualTo(1);
    throttle.failed("10.0.0.1", "admin");
    assertThat(throttle.waitFor("10.0.0.1")).as("counting anew").isZero();
    for (int i = 0; i < 1000; i++) {
      throttle.failed("192.168." + (i / 250) + "." + (i % 250), "u" + i);
    }
    assertThat(throttle.addressesKept()).isEqualTo(100);
  }

  @Test
  @DisplayName("An IPv6 client counts by its /64 network; an IPv4 address as it is")
  void ipv6ByNetwork() {
    assertThat(LoginThrottleFilter.networkOf("2001:db8:1:2:aaaa::1")).isEqualTo(LoginThrottleFilter.networkOf("2001:db8:1:2::ffff"));
    assertThat(LoginThrottleFilter.networkOf("2001:db8:1:3::1")).isNotEqualTo(LoginThrottleFilter.networkOf("2001:db8:1:2::1"));
    assertThat(LoginThrottleFilter.networkOf("127.0.0.2")).isEqualTo("127.0.0.2");
  }
}
