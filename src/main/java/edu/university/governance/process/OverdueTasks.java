package edu.university.governance.process;

import edu.university.governance.notification.Outbox;
import edu.university.governance.records.TaskDeadlineRepository;
import edu.university.governance.records.TaskDeadlineRepository.TaskDeadline;
import edu.university.governance.records.TaskDeadlineRepository.TaskEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Issue 14: reminds and escalates without anyone waiting. Every few minutes (governance.deadlines.check-interval,
 * default PT5M) one node of several (the claimed row of gov_deadline_check) looks at the tasks whose reminder or due
 * date has come: before the due date it records a REMINDER for the task's groups; once it has passed, an ESCALATION
 * to the supervising office of bpmn/task-deadlines.dmn, which is granted READ on that task so that its Tasklist
 * filter "逾期任务" lists it (a candidate link would let it claim and complete; READ lets it see and follow up).
 * Each task is handled in an engine transaction of its own, which writes the event (gov_task_event), its
 * notifications (notification/Outbox), the mark that it was done and the grant together: nothing is reminded or
 * escalated twice.
 * Time is the engine's clock (ClockUtil), which the filter's ${now()} reads too.
 */
@Component
public class OverdueTasks {

  private static final Logger LOG = LoggerFactory.getLogger(OverdueTasks.class);

  /** What one check did. */
  public record Checked(int reminded, int escalated, int closed) {
  }

  private final ProcessEngine engine;
  private final TaskDeadlineRepository deadlines;
  private final Duration interval;
  private final Outbox outbox;

  /** Without notifications (process tests). */
  public OverdueTasks(ProcessEngine engine, TaskDeadlineRepository deadlines, Duration interval) {
    this(engine, deadlines, interval, null);
  }

  @Autowired
  public OverdueTasks(ProcessEngine engine, TaskDeadlineRepository deadlines,
                      @Value("${governance.deadlines.check-interval:PT5M}") Duration interval, Outbox outbox) {
    this.engine = engine;
    this.deadlines = deadlines;
    this.interval = interval;
    this.outbox = outbox;
  }

  /** The periodic check: runs on the node that claims this interval, and nowhere else. */
  @Scheduled(fixedDelayString = "${governance.deadlines.check-interval:PT5M}",
      initialDelayString = "${governance.deadlines.initial-delay:PT1M}")
  public void scheduled() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    // a little less than the interval, so that this node's own next run finds the claim free
    if (deadlines.claimCheck(now, now.plus(interval.multipliedBy(9).dividedBy(10)))) {
      Checked checked = check(now);
      if (checked.reminded() + checked.escalated() > 0) {
        LOG.info("Deadline check: {} reminded, {} escalated", checked.reminded(), checked.escalated());
      }
    }
  }

  /** Reminds and escalates every task due for it at that instant; tests call it with the clock they set. */
  public Checked check(Instant now) {
    int reminded = 0;
    int escalated = 0;
    int closed = 0;
    for (TaskDeadline deadline : deadlines.dueBy(now)) {
      try {
        String done = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
            .execute(context -> context.runWithoutAuthorization(() -> handle(deadline, now)));
        reminded += done.equals(TaskDeadlineRepository.REMINDER) ? 1 : 0;
        escalated += done.equals(TaskDeadlineRepository.ESCALATION) ? 1 : 0;
        closed += done.equals("CLOSED") ? 1 : 0;
      } catch (RuntimeException e) {
        // another node handled it at the same moment (the unique event), or the task changed under us: next check
        LOG.warn("Deadline check of task {} left for the next check: {}", deadline.taskId(), e.toString());
      }
    }
    return new Checked(reminded, escalated, closed);
  }

  private String handle(TaskDeadline deadline, Instant now) {
    TaskService tasks = engine.getTaskService();
    Task task = tasks.createTaskQuery().taskId(deadline.taskId()).singleResult();
    if (task == null) {
      deadlines.delete(deadline.taskId());
      return "CLOSED";
    }
    // an administrator may have moved the due date (Cockpit, engine-rest): the task's own date decides
    Instant due = task.getDueDate() == null ? deadline.dueAt() : task.getDueDate().toInstant();
    if (!now.isBefore(due)) {
      if (!deadlines.markEscalated(deadline.taskId(), now)) {
        return "NONE";
      }
      record(event(deadline, task, TaskDeadlineRepository.ESCALATION, deadline.supervisor(), due, now));
      if (deadline.supervisor() != null) {
        allowRead(deadline.supervisor(), task.getId());
      }
      return TaskDeadlineRepository.ESCALATION;
    }
    if (deadline.remindAt() != null && !now.isBefore(deadline.remindAt()) && deadline.remindedAt() == null
        && deadlines.markReminded(deadline.taskId(), now)) {
      String groups = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(link -> link.getGroupId()).sorted().collect(Collectors.joining(","));
      record(event(deadline, task, TaskDeadlineRepository.REMINDER, groups, due, now));
      return TaskDeadlineRepository.REMINDER;
    }
    return "NONE";
  }

  /** The event, and its notification in the same transaction. */
  private void record(TaskEvent event) {
    deadlines.recordEvent(event);
    if (outbox != null) {
      outbox.taskEvent(event);
    }
  }

  private static TaskEvent event(TaskDeadline deadline, Task task, String kind, String audience, Instant due, Instant now) {
    return new TaskEvent(0, task.getId(), task.getProcessInstanceId(), deadline.processDefinitionKey(),
        deadline.step(), task.getName(), kind, audience, due, now);
  }

  /** READ on this one task for the supervising group, added to a grant the group may already hold on it. */
  private void allowRead(String groupId, String taskId) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization grant = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(Resources.TASK).resourceId(taskId).singleResult();
    if (grant == null) {
      grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(Resources.TASK);
      grant.setResourceId(taskId);
    } else if (grant.isPermissionGranted(Permissions.READ)) {
      return;
    }
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);
  }
}
