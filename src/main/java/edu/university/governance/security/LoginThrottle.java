package edu.university.governance.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wrong passwords counted per client address, never per account: a stranger's guesses slow down the
 * stranger and cannot lock or delay the real user, who logs in from another address. The first
 * {@code freeFailures} failures of an address cost nothing; each further one makes the address wait
 * {@code firstDelay}, doubled each time, at most {@code maxDelay}, before its next password is checked.
 * An address is forgotten {@code forgetAfter} after its last failure, and at most {@code maxAddresses}
 * are kept (the least recently seen go first), so memory stays bounded whatever an attacker sends.
 * A successful login forgives the address's failures for that account (a person who mistyped their own
 * password); failures against other accounts stay, so a guesser cannot wipe them with a login of its own.
 */
public class LoginThrottle {

  /** The figures; REST guide "Login throttling" gives the defaults. */
  public record Settings(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter,
                         int maxAddresses) {
  }

  /** Accounts remembered per address (beyond that, failures still count, but only towards the address). */
  static final int ACCOUNTS_PER_ADDRESS = 16;

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

  private final Settings settings;
  private final Clock clock;
  private final LinkedHashMap<String, Failures> byAddress = new LinkedHashMap<>(64, 0.75f, true);
  /** The client address of the request this thread serves, bound by {@link LoginThrottleFilter}. */
  private final ThreadLocal<String> client = new ThreadLocal<>();

  public LoginThrottle(Settings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  public Settings settings() {
    return settings;
  }

  /** How long the address must still wait before a password of its is checked; zero when it need not. */
  public synchronized Duration waitFor(String address) {
    Failures failures = byAddress.get(address);
    if (failures == null || failures.blockedUntil == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), failures.blockedUntil);
    return left.isNegative() ? Duration.ZERO : left;
  }

  public synchronized void failed(String address, String userId) {
    Instant now = clock.instant();
    forgetStale(now);
    Failures failures = byAddress.computeIfAbsent(address, a -> new Failures());
    failures.total++;
    failures.last = now;
    if (failures.byAccount.size() < ACCOUNTS_PER_ADDRESS || failures.byAccount.containsKey(userId)) {
      failures.byAccount.merge(String.valueOf(userId), 1, Integer::sum);
    }
    int beyond = failures.total - settings.freeFailures();
    if (beyond > 0) {
      Duration delay = delayAfter(beyond);
      failures.blockedUntil = now.plus(delay);
      LOG.info("Login failure {} from {} (user '{}'): its next password is checked in {} s", failures.total, address,
          userId, delay.toSeconds());
    }
    while (byAddress.size() > settings.maxAddresses()) {
      Iterator<String> eldest = byAddress.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
  }

  public synchronized void succeeded(String address, String userId) {
    Failures failures = byAddress.get(address);
    if (failures == null) {
      return;
    }
    Integer forgiven = failures.byAccount.remove(String.valueOf(userId));
    if (forgiven == null) {
      return;
    }
    failures.total -= forgiven;
    if (failures.total <= 0) {
      byAddress.remove(address);
    } else if (failures.total <= settings.freeFailures()) {
      failures.blockedUntil = null;
    }
  }

  /** The wait after the n-th failure beyond the free ones: firstDelay, doubled each time, at most maxDelay. */
  Duration delayAfter(int beyondFree) {
    long millis = settings.firstDelay().toMillis();
    for (int i = 1; i < beyondFree && millis < settings.maxDelay().toMillis(); i++) {
      millis *= 2;
    }
    return Duration.ofMillis(Math.min(millis, settings.maxDelay().toMillis()));
  }

  synchronized int addressesKept() {
    return byAddress.size();
  }

  /** Drops, from the least recently seen, addresses whose last failure is older than forgetAfter and that wait for nothing. */
  private void forgetStale(Instant now) {
    Instant horizon = now.minus(settings.forgetAfter());
    for (Iterator<Failures> it = byAddress.values().iterator(); it.hasNext(); ) {
      Failures failures = it.next();
      boolean waiting = failures.blockedUntil != null && failures.blockedUntil.isAfter(now);
      if (failures.last.isAfter(horizon) || waiting) {
        return;
      }
      it.remove();
    }
  }

  /** Runs the request's work with its client address known to the password check. */
  public void serving(String address, Work work) throws Exception {
    client.set(address);
    try {
      work.run();
    } finally {
      client.remove();
    }
  }

  /** The client address of the current request, or null outside one (start-up, jobs). */
  public String currentClient() {
    return client.get();
  }

  /** A request's remaining filter chain. */
  @FunctionalInterface
  public interface Work {
    void run() throws Exception;
  }

  private static final class Failures {
    int total;
    Instant last;
    Instant blockedUntil;
    final Map<String, Integer> byAccount = new HashMap<>();
  }
}
