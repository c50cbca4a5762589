package edu.university.governance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import edu.university.governance.records.FactRepository;
import edu.university.governance.records.NotificationRepository;
import edu.university.governance.records.NotificationRepository.Message;
import edu.university.governance.records.Procedures;
import edu.university.governance.records.TaskDeadlineRepository;
import edu.university.governance.records.TaskDeadlineRepository.TaskEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.mock.env.MockEnvironment;

/** Issue 14: what the outbox writes for a new task, a reminder and an end, per configuration. */
class OutboxTest {

  static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

  NotificationRepository repository;
  Recipients recipients;
  Procedures procedures;
  FactRepository facts;

  @BeforeEach
  void mocks() {
    repository = mock(NotificationRepository.class);
    recipients = mock(Recipients.class);
    procedures = mock(Procedures.class);
    facts = mock(FactRepository.class);
    when(recipients.groupName(any())).thenAnswer(call -> "组" + call.getArgument(0));
    when(recipients.ofGroup("a")).thenReturn(List.of(new Recipients.Person("alice", "alice@x"),
        new Recipients.Person("bob", "bob@x")));
    when(recipients.ofGroup("b")).thenReturn(List.of(new Recipients.Person("bob", "bob@x"),
        new Recipients.Person("carol", "carol@x")));
    when(repository.enqueue(any(), any())).thenReturn(true);
    when(repository.taskTitle("t-1")).thenReturn(Optional.of("审核（P1.3）· 2023001 张伟"));
  }

  Outbox outbox(String mailHost, String webhookUrl, String digestGroups, Map<String, String> webhooks) {
    MockEnvironment environment = new MockEnvironment();
    webhooks.forEach((group, url) -> environment.setProperty("governance.notify.webhooks." + group, url));
    NotificationSettings settings = new NotificationSettings(environment, mailHost, "gov@x", "http://h", webhookUrl,
        "wecom", digestGroups, Duration.ofSeconds(30), Duration.ofHours(1), 10);
    return new Outbox(settings, repository, recipients, procedures, facts, Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
  }

  List<Message> written() {
    ArgumentCaptor<Message> messages = ArgumentCaptor.forClass(Message.class);
    verify(repository, Mockito.atLeast(0)).enqueue(messages.capture(), any());
    return messages.getAllValues();
  }

  @Test
  @DisplayName("Nothing configured: nothing written, nobody looked up, for a task, a reminder and an end")
  void nothingConfigured() {
    Outbox outbox = outbox("", "", "", Map.of());
    outbox.taskCreated("t-1", "p-1", "审核", List.of("a", "b"), null);
    outbox.taskEvent(new TaskEvent(0, "t-1", "p-1", "school-presidium-candidacy", "s", "审核",
        TaskDeadlineRepository.REMINDER, "a,b", NOW, NOW));
    when(facts.get("p-1", "startedFor")).thenReturn(Optional.of("a"));
    when(procedures.startedBy("p-1")).thenReturn(Optional.of("alice"));
    outbox.procedureEnded("p-1", "推荐（P1）");
    verifyNoInteractions(repository, recipients);
  }

  @Test
  @DisplayName("Mail on: one mail per person for a task of two groups (bob, in both, once), to their addresses, no robot")
  void onePerPerson() {
    outbox("smtp.x", "", "", Map.of()).taskCreated("t-1", "p-1", "审核（P1.3）· 2023001 张伟", List.of("a", "b"), NOW);
    assertThat(written()).extracting(Message::dedupeKey).containsExactly("TASK:t-1:MAIL:alice", "TASK:t-1:MAIL:bob",
        "TASK:t-1:MAIL:carol");
    assertThat(written()).extracting(Message::recipient).containsExactly("alice@x", "bob@x", "carol@x");
    assertThat(written().get(0).subject()).isEqualTo("待办：审核（P1.3）· 2023001 张伟");
    assertThat(written().get(0).body()).contains("http://h/camunda/app/tasklist/default/#/?task=t-1",
        "http://h/case-files/p-1");
    verify(repository).rememberTask("t-1", "p-1", "审核（P1.3）· 2023001 张伟", List.of("a", "b"));
  }

  @Test
  @DisplayName("A digest group's members get no mail per task or reminder (the daily digest lists them)")
  void digestGroup() {
    Outbox outbox = outbox("smtp.x", "", "b", Map.of());
    outbox.taskCreated("t-1", "p-1", "审核", List.of("b"), NOW);
    outbox.taskEvent(new TaskEvent(0, "t-1", "p-1", "k", "s", "审核", TaskDeadlineRepository.REMINDER, "b", NOW, NOW));
    assertThat(written()).isEmpty();
  }

  @Test
  @DisplayName("Robots: one message per webhook URL, a group's own URL before the default; no mail without a mail server")
  void robots() {
    outbox("", "http://default", "", Map.of("b", "http://b")).taskCreated("t-1", "p-1", "审核", List.of("a", "b", "c"),
        NOW);
    assertThat(written()).extracting(Message::dedupeKey).containsExactly("TASK:t-1:WEBHOOK:a", "TASK:t-1:WEBHOOK:b");
    assertThat(written()).extracting(Message::channel).containsOnly(NotificationRepository.WEBHOOK);
    assertThat(written().get(0).body()).startsWith("### 待办：审核");
  }

  @Test
  @DisplayName("An escalation goes to the supervising office, digest or not, naming the groups that work on the task")
  void escalation() {
    when(repository.candidateGroups("t-1")).thenReturn(List.of("a"));
    outbox("smtp.x", "", "b", Map.of()).taskEvent(new TaskEvent(0, "t-1", "p-1", "k", "s", "改过的名字",
        TaskDeadlineRepository.ESCALATION, "b", NOW, NOW));
    assertThat(written()).extracting(Message::dedupeKey).containsExactly("ESCALATION:t-1:MAIL:bob",
        "ESCALATION:t-1:MAIL:carol");
    assertThat(written().get(0).subject()).isEqualTo("逾期：审核（P1.3）· 2023001 张伟");
    assertThat(written().get(0).body()).contains("办理部门：组a");
  }

  @Test
  @DisplayName("The end: outcome and reason to the starting group's members and the starter, once each")
  void outcome() {
    when(facts.get("p-1", "startedFor")).thenReturn(Optional.of("a"));
    when(procedures.startedBy("p-1")).thenReturn(Optional.of("dave"));
    when(recipients.user("dave")).thenReturn(Optional.of(new Recipients.Person("dave", "dave@x")));
    when(procedures.subject("p-1")).thenReturn(new java.util.LinkedHashMap<>(Map.of("studentId", "2023001", "name", "张伟")));
    when(procedures.outcome("p-1")).thenReturn(Optional.of(
        new edu.university.governance.records.OutcomeRepository.Outcome("REJECTED", "学校党委不同意（P1.4）")));
    outbox("smtp.x", "", "", Map.of()).procedureEnded("p-1", "校级学生会主席团候选人推荐（P1）");
    assertThat(written()).extracting(Message::dedupeKey).containsExactly("OUTCOME:p-1:MAIL:alice",
        "OUTCOME:p-1:MAIL:bob", "OUTCOME:p-1:MAIL:dave");
    assertThat(written().get(2).subject()).isEqualTo("办结：校级学生会主席团候选人推荐（P1） · 2023001 张伟 —— 未获同意");
    assertThat(written().get(2).body()).contains("原因：学校党委不同意（P1.4）", "http://h/case-files/p-1");
  }

  @Test
  @DisplayName("An instance the engine started (no starter) tells nobody")
  void noStarter() {
    when(facts.get("p-1", "startedFor")).thenReturn(Optional.empty());
    when(procedures.startedBy("p-1")).thenReturn(Optional.empty());
    outbox("smtp.x", "http://default", "", Map.of()).procedureEnded("p-1", "执行主席轮换（S2）");
    verifyNoInteractions(repository);
  }
}
