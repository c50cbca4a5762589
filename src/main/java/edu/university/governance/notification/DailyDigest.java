package edu.university.governance.notification;

import edu.university.governance.records.NotificationRepository;
import edu.university.governance.records.NotificationRepository.Message;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Issue 14, no spam: the members of a digest group (governance.notify.digest-groups, e.g. party-committee) get one
 * mail a day listing the group's open tasks (governance.notify.digest-cron, default 08:00 in the service's zone)
 * instead of a mail per task and reminder. The dedupe key names the day, so of several nodes only one writes it.
 */
@Component
public class DailyDigest {

  private final NotificationSettings settings;
  private final NotificationRepository outbox;
  private final Recipients recipients;
  private final TaskService tasks;
  private final Clock clock;

  public DailyDigest(NotificationSettings settings, NotificationRepository outbox, Recipients recipients,
                     TaskService tasks, Clock clock) {
    this.settings = settings;
    this.outbox = outbox;
    this.recipients = recipients;
    this.tasks = tasks;
    this.clock = clock;
  }

  @Scheduled(cron = "${governance.notify.digest-cron:0 0 8 * * *}", zone = "${governance.zone:Asia/Shanghai}")
  public void scheduled() {
    write(LocalDate.now(clock));
  }

  /** Writes the day's digests; the number of mails written. */
  public int write(LocalDate day) {
    if (!settings.mail()) {
      return 0;
    }
    int written = 0;
    for (String group : settings.digestGroups()) {
      List<Task> open = tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
          .orderByDueDate().asc().orderByTaskCreateTime().asc().list();
      if (open.isEmpty()) {
        continue;
      }
      List<NotificationText.DigestItem> items = open.stream().map(task -> new NotificationText.DigestItem(
          outbox.taskTitle(task.getId()).orElse(task.getName()),
          task.getDueDate() == null ? null : task.getDueDate().toInstant(),
          NotificationText.taskLink(settings.baseUrl(), task.getId()))).toList();
      NotificationText text = NotificationText.digest(recipients.groupName(group), day.toString(), items,
          clock.getZone(), settings.baseUrl() + "/camunda/app/tasklist/");
      for (Recipients.Person person : recipients.ofGroup(group)) {
        try {
          if (outbox.enqueue(new Message(Outbox.dedupeKey(Outbox.DIGEST, day + ":" + group,
              NotificationRepository.MAIL, person.userId()), Outbox.DIGEST, NotificationRepository.MAIL,
              person.email(), person.userId(), null, null, text.subject(), text.plain()), clock.instant())) {
            written++;
          }
        } catch (DuplicateKeyException e) {
          // another node wrote the same digest at the same moment
        }
      }
    }
    return written;
  }
}
