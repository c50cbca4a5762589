package edu.university.governance.notification;

import edu.university.governance.records.FactRepository;
import edu.university.governance.records.NotificationRepository;
import edu.university.governance.records.NotificationRepository.Message;
import edu.university.governance.records.OutcomeRepository;
import edu.university.governance.records.OutcomeRepository.Outcome;
import edu.university.governance.records.Procedures;
import edu.university.governance.records.TaskDeadlineRepository;
import edu.university.governance.records.TaskDeadlineRepository.TaskEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Issue 14: writes what is to be told into the outbox (gov_notification), always inside the engine's transaction of
 * the change it tells of, so that a notification exists exactly when its change committed; sending is the
 * {@link NotificationSender}'s, after commit. One mail per person (the members of each group with an address, less
 * those who turned mail off, {@link Recipients}) and one message per group robot; the dedupe key (kind, task or
 * procedure, channel, person or group) makes it once per task and person however often it is asked. A channel that
 * is not configured writes nothing. Members of a digest group get their tasks in the daily digest
 * ({@link DailyDigest}) instead of a mail per task and reminder; escalations and outcomes are mailed to them too.
 */
@Component
public class Outbox {

  public static final String TASK = "TASK";
  public static final String OUTCOME = "OUTCOME";
  public static final String DIGEST = "DIGEST";
  static final String CANCELLED = "CANCELLED";
  static final String CANCELLED_LABEL = "已取消";
  static final String CANCELLED_REASON = "流程实例已被取消";

  private final NotificationSettings settings;
  private final NotificationRepository outbox;
  private final Recipients recipients;
  private final Procedures procedures;
  private final FactRepository facts;
  private final Clock clock;

  public Outbox(NotificationSettings settings, NotificationRepository outbox, Recipients recipients,
                Procedures procedures, FactRepository facts, Clock clock) {
    this.settings = settings;
    this.outbox = outbox;
    this.recipients = recipients;
    this.procedures = procedures;
    this.facts = facts;
    this.clock = clock;
  }

  /** The key that makes a message once: "TASK:{taskId}:MAIL:{userId}", "OUTCOME:{processInstanceId}:WEBHOOK:{groupId}". */
  static String dedupeKey(String kind, String about, String channel, String recipient) {
    return kind + ":" + about + ":" + channel + ":" + recipient;
  }

  /** A task was created for these groups: each member and each group's robot is told. */
  public void taskCreated(String taskId, String processInstanceId, String title, Collection<String> groups,
                          Instant due) {
    if (!anyChannel(groups)) {
      return;
    }
    outbox.rememberTask(taskId, processInstanceId, title, groups);
    tell(TASK, taskId, processInstanceId, taskId, groups, true,
        group -> NotificationText.taskCreated(title, recipients.groupName(group), due, clock.getZone(),
            taskLink(taskId), caseFileLink(processInstanceId)));
  }

  /** A reminder (to the task's groups) or an escalation (to the supervising office) the deadline check recorded. */
  public void taskEvent(TaskEvent event) {
    List<String> audience = event.audience() == null ? List.of()
        : Arrays.stream(event.audience().split(",")).map(String::trim).filter(id -> !id.isEmpty()).toList();
    if (!anyChannel(audience)) {
      return;
    }
    String title = outbox.taskTitle(event.taskId()).orElse(event.taskName());
    String task = taskLink(event.taskId());
    String caseFile = caseFileLink(event.processInstanceId());
    if (TaskDeadlineRepository.ESCALATION.equals(event.kind())) {
      String working = String.join("、", groupsOfTask(event));
      tell(event.kind(), event.taskId(), event.processInstanceId(), event.taskId(), audience, false,
          group -> NotificationText.escalation(title, working, event.dueAt(), clock.getZone(), task, caseFile));
    } else {
      tell(event.kind(), event.taskId(), event.processInstanceId(), event.taskId(), audience, true,
          group -> NotificationText.reminder(title, event.dueAt(), clock.getZone(), task, caseFile));
    }
  }

  /**
   * A procedure ended: its outcome and reason to the group that started it (fact startedFor) and to the person who
   * did (startedBy). The engine's own starts (timers) have neither and tell nobody.
   */
  public void procedureEnded(String processInstanceId, String procedureName) {
    Set<String> groups = new TreeSet<>();
    facts.get(processInstanceId, "startedFor").ifPresent(value -> Arrays.stream(value.split(","))
        .map(String::trim).filter(id -> !id.isEmpty()).forEach(groups::add));
    Optional<String> starter = procedures.startedBy(processInstanceId);
    if (groups.isEmpty() && starter.isEmpty() || !settings.mail() && !anyChannel(groups)) {
      return;
    }
    String line = Procedures.subjectLine(procedures.subject(processInstanceId));
    String procedure = line.isEmpty() ? procedureName : procedureName + " · " + line;
    Outcome outcome = procedures.outcome(processInstanceId).orElse(new Outcome(CANCELLED, CANCELLED_REASON));
    NotificationText text = NotificationText.outcome(procedure, outcome.outcome(),
        OutcomeRepository.LABELS.getOrDefault(outcome.outcome(), CANCELLED.equals(outcome.outcome())
            ? CANCELLED_LABEL : outcome.outcome()), outcome.reason(), caseFileLink(processInstanceId));
    Set<String> mailed = tell(OUTCOME, processInstanceId, processInstanceId, null, groups, false, group -> text);
    if (settings.mail()) {
      starter.filter(userId -> !mailed.contains(userId)).flatMap(recipients::user)
          .ifPresent(person -> mail(OUTCOME, processInstanceId, processInstanceId, null, person, text));
    }
  }

  /** The message of each group to its members (unless it is a digest group and digest applies) and its robot. */
  private Set<String> tell(String kind, String about, String processInstanceId, String taskId, Collection<String> groups,
                           boolean digestApplies, Function<String, NotificationText> textOf) {
    Set<String> mailed = new HashSet<>();
    Set<String> robots = new HashSet<>();
    for (String group : new LinkedHashSet<>(groups)) {
      NotificationText text = textOf.apply(group);
      if (settings.mail() && !(digestApplies && settings.digest(group))) {
        for (Recipients.Person person : recipients.ofGroup(group)) {
          if (mailed.add(person.userId())) {
            mail(kind, about, processInstanceId, taskId, person, text);
          }
        }
      }
      String robot = settings.webhook(group);
      if (!robot.isEmpty() && robots.add(robot)) {
        WebhookFormat format = settings.webhookFormat();
        outbox.enqueue(new Message(dedupeKey(kind, about, NotificationRepository.WEBHOOK, group), kind,
            NotificationRepository.WEBHOOK, group, group, processInstanceId, taskId, text.subject(),
            format.content(text)), clock.instant());
      }
    }
    return mailed;
  }

  private void mail(String kind, String about, String processInstanceId, String taskId, Recipients.Person person,
                    NotificationText text) {
    outbox.enqueue(new Message(dedupeKey(kind, about, NotificationRepository.MAIL, person.userId()), kind,
        NotificationRepository.MAIL, person.email(), person.userId(), processInstanceId, taskId, text.subject(),
        text.plain()), clock.instant());
  }

  private boolean anyChannel(Collection<String> groups) {
    return settings.mail() || groups.stream().anyMatch(group -> !settings.webhook(group).isEmpty());
  }

  /** The names of the groups the task was created for. */
  private List<String> groupsOfTask(TaskEvent event) {
    return outbox.candidateGroups(event.taskId()).stream().map(recipients::groupName).toList();
  }

  String taskLink(String taskId) {
    return NotificationText.taskLink(settings.baseUrl(), taskId);
  }

  String caseFileLink(String processInstanceId) {
    return NotificationText.caseFileLink(settings.baseUrl(), processInstanceId);
  }
}
