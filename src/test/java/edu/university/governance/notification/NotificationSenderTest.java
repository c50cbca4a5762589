package edu.university.governance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import edu.university.governance.records.NotificationRepository;
import edu.university.governance.records.NotificationRepository.Notification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Issue 14: the sender after commit, with the outbox and the channels mocked. */
class NotificationSenderTest {

  static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

  static Notification row(long id, String channel, String recipient) {
    return new Notification(id, "k" + id, Outbox.TASK, channel, recipient, "g", "p", "t" + id, "待办", "正文",
        NotificationRepository.PENDING, 0, NOW, null, null);
  }

  @Test
  @DisplayName("Mail server down with a full batch of mail waiting: the first failure holds back the other mails of the "
      + "run, each robot still gets its message, and a failed send is retried later, never marked sent")
  void robotsDoNotWaitForMail() {
    NotificationRepository outbox = mock(NotificationRepository.class);
    NotificationChannels channels = mock(NotificationChannels.class);
    List<Notification> mails = LongStream.rangeClosed(1, NotificationSender.BATCH)
        .mapToObj(id -> row(id, NotificationRepository.MAIL, "user" + id + "@x")).toList();
    Notification robot = row(1000, NotificationRepository.WEBHOOK, "college-cs-party");
    when(outbox.due(NOW, NotificationRepository.MAIL, NotificationSender.BATCH)).thenReturn(mails);
    when(outbox.due(NOW, NotificationRepository.WEBHOOK, NotificationSender.BATCH)).thenReturn(List.of(robot));
    when(outbox.claim(anyLong(), anyString(), any(), any())).thenReturn(true);
    when(channels.server(any())).thenAnswer(call -> ((Notification) call.getArgument(0)).channel());
    doThrow(new IllegalStateException("Connection refused")).when(channels).send(mails.get(0));
    NotificationSettings settings = new NotificationSettings(new MockEnvironment(), "smtp.example.edu", "gov@x", "http://h",
        "", "wecom", "", Duration.ofSeconds(30), Duration.ofHours(1), 10);

    NotificationSender.Sent run = new NotificationSender(outbox, channels, settings,
        Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), Duration.ofDays(90)).sendDue();

    assertThat(run).isEqualTo(new NotificationSender.Sent(1, 1));
    verify(channels).send(robot);
    verify(channels, never()).send(mails.get(1));
    verify(outbox).markSent(eq(1000L), anyString(), eq(NOW));
    verify(outbox).markFailed(eq(1L), anyString(), eq(NOW.plusSeconds(30)), eq("Connection refused"));
    verify(outbox, never()).markSent(eq(1L), anyString(), any());
  }
}
