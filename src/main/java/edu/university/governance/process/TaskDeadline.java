package edu.university.governance.process;

import edu.university.governance.engine.DeadlineTable;
import edu.university.governance.engine.DeadlineTable.Deadline;
import edu.university.governance.records.TaskDeadlineRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Issue 14: gives a new task its due date from bpmn/task-deadlines.dmn (process key and step; working days in the
 * service's zone) and records when to remind its groups and whom to tell when it is overdue ({@link OverdueTasks}).
 * A step whose row says "-" keeps what its model says (D3's investigation). Attached to every user task by
 * {@link UserTaskListeners}.
 */
@Component("taskDeadline")
public class TaskDeadline implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(TaskDeadline.class);

  private final DeadlineTable table;
  private final TaskDeadlineRepository deadlines;
  private final Clock clock;

  public TaskDeadline(DeadlineTable table, TaskDeadlineRepository deadlines, Clock clock) {
    this.table = table;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String processKey = ModelProperties.processKey(task.getBpmnModelElementInstance());
    Optional<Deadline> row = table.of(task.getProcessEngineServices().getRepositoryService(), processKey,
        task.getTaskDefinitionKey());
    if (row.isEmpty()) {
      LOG.warn("No row for {}/{} in {}: the task has no due date", processKey, task.getTaskDefinitionKey(),
          DeadlineTable.DECISION_KEY);
      return;
    }
    Deadline deadline = row.get();
    if (deadline.period() == null) {
      return;
    }
    Instant due = deadline.period().dueFrom(task.getCreateTime().toInstant(), clock.getZone());
    task.setDueDate(Date.from(due));
    deadlines.insert(new TaskDeadlineRepository.TaskDeadline(task.getId(), task.getProcessInstanceId(), processKey,
        task.getTaskDefinitionKey(), due, deadline.remindBefore() == null ? null : due.minus(deadline.remindBefore()),
        deadline.supervisor(), null, null));
  }
}
