package edu.university.governance.notification;

import edu.university.governance.records.NotificationRepository;
import edu.university.governance.records.NotificationRepository.Notification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Issue 14: sends what the outbox holds, after the engine's transactions have committed, never inside one: a mail
 * server that is down delays mail but never slows or fails a task completion. Every few seconds
 * (governance.notify.send-interval, default PT15S) each node takes the due rows and claims each with a conditional
 * update ({@link NotificationRepository#claim}): of several nodes exactly one sends a row. A sent row is marked
 * SENT; a failed one is tried again after the back-off ({@link Backoff}) with one WARN line and no stack trace, and
 * given up (FAILED) after governance.notify.max-attempts. Once a channel's server failed in a run, the rest of
 * that run leaves its rows for later rather than waiting for each one to fail too. A node that dies between sending
 * and marking leaves the row to be sent again after the claim's lease: at least once, and once in every other case.
 */
@Component
public class NotificationSender {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);
  /** How long a claim holds: far longer than the channels' timeouts. */
  static final Duration LEASE = Duration.ofMinutes(5);
  static final int BATCH = 200;

  /** What one run did. */
  public record Sent(int sent, int failed) {
  }

  private final NotificationRepository outbox;
  private final NotificationChannels channels;
  private final Backoff backoff;
  private final Clock clock;
  private final Duration keepSent;

  public NotificationSender(NotificationRepository outbox, NotificationChannels channels, NotificationSettings settings,
                            Clock clock, @Value("${governance.notify.keep-sent:P90D}") Duration keepSent) {
    this.outbox = outbox;
    this.channels = channels;
    this.backoff = settings.backoff();
    this.clock = clock;
    this.keepSent = keepSent;
  }

  @Scheduled(fixedDelayString = "${governance.notify.send-interval:PT15S}",
      initialDelayString = "${governance.notify.initial-delay:PT10S}")
  public void scheduled() {
    sendDue();
  }

  /**
   * Every night: the rows sent longer ago than governance.notify.keep-sent (default P90D) are removed, so the outbox
   * stays small; the failures counter keeps its count. Several nodes removing the same rows do no harm.
   */
  @Scheduled(cron = "${governance.notify.cleanup-cron:0 30 3 * * *}", zone = "${governance.zone:Asia/Shanghai}")
  public void removeOldSent() {
    int removed = outbox.removeSentBefore(clock.instant().minus(keepSent));
    if (removed > 0) {
      LOG.info("Notification outbox: {} rows sent before {} removed", removed, clock.instant().minus(keepSent));
    }
  }

  /** Sends every row due now; tests call it directly. */
  public synchronized Sent sendDue() {
    int sent = 0;
    int failed = 0;
    Set<String> down = new HashSet<>();
    // each channel its own batch: a mail backlog while the mail server is down never keeps the robots waiting
    List<Notification> due = new ArrayList<>(outbox.due(clock.instant(), NotificationRepository.MAIL, BATCH));
    due.addAll(outbox.due(clock.instant(), NotificationRepository.WEBHOOK, BATCH));
    for (Notification row : due) {
      String server = channels.server(row);
      if (down.contains(server)) {
        continue;
      }
      String claim = UUID.randomUUID().toString();
      Instant now = clock.instant();
      if (!outbox.claim(row.id(), claim, now, now.plus(LEASE))) {
        continue;
      }
      int attempt = row.attempts() + 1;
      try {
        channels.send(row);
      } catch (RuntimeException e) {
        failed++;
        down.add(server);
        Instant next = backoff.retries(attempt) ? clock.instant().plus(backoff.after(attempt)) : null;
        String error = NotificationChannels.describe(e);
        outbox.markFailed(row.id(), claim, next, error);
        LOG.warn("Notification {} ({} {} to {}) not sent, attempt {}: {}; {}", row.id(), row.kind(), row.channel(),
            row.audience(), attempt, error, next == null ? "given up" : "next attempt at " + next);
        continue;
      }
      // outside the try: a sent message whose mark fails is not sent again at once (its lease expires first)
      outbox.markSent(row.id(), claim, clock.instant());
      sent++;
    }
    return new Sent(sent, failed);
  }
}
