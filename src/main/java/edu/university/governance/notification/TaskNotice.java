package edu.university.governance.notification;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Issue 14: tells the candidate groups of a new task, in the transaction that creates it ({@link Outbox}). Attached
 * to every user task by process/UserTaskListeners after the task is named ("presentTask": step, rule id and the
 * recorded subject) and given its due date ("taskDeadline"), so the title and the date are the service's own.
 */
@Component("taskNotice")
public class TaskNotice implements TaskListener {

  private final Outbox outbox;

  public TaskNotice(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> groups = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).sorted().distinct().toList();
    Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
    outbox.taskCreated(task.getId(), task.getProcessInstanceId(), task.getName(), groups, due);
  }
}
