package edu.university.governance.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import edu.university.governance.engine.DeadlineTable;
import edu.university.governance.engine.DeadlineTable.Deadline;
import edu.university.governance.records.TaskDeadlineRepository;
import edu.university.governance.records.TaskDeadlineRepository.TaskEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14: due dates from bpmn/task-deadlines.dmn, the reminder before and the escalation after them, each once,
 * and a row in the table for every user task of every model. The engine's clock is set by the test (ClockUtil) and the
 * periodic check is called directly with it: nothing sleeps.
 */
@Deployment(resources = {"bpmn/school-presidium-candidacy.bpmn", "forms/school-presidium-candidacy-start.form",
    "forms/candidacy-review.form", "forms/candidacy-decision.form"})
class TaskDeadlinesTest extends ProcessTest {

  static final String P1 = "school-presidium-candidacy";
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** A Monday, 09:00 in China. */
  static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZONE);

  /** P1 is walked by its own test; here only its first steps. */
  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = fullCoverage(P1);

  @BeforeEach
  void records() {
    records.eligibleStudent("s-ok", "cs").registerNomination();
    ClockUtil.setCurrentTime(Date.from(MONDAY.toInstant()));
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  ProcessInstance nominate() {
    return engine.getRuntimeService().startProcessInstanceByKey(P1, withVariables("studentId", "s-ok",
        "unionId", "school-su", "basis", "OUTSTANDING_STUDENT", "statement", "学习优秀，工作认真"));
  }

  List<String> kinds(Task task) {
    return records.taskDeadlines.events(task.getId()).stream().map(TaskEvent::kind).toList();
  }

  @Test
  @DisplayName("P1.2 is due in five working days (Monday → next Monday), P1.3 in seven calendar days, from the table")
  void dueDatesFromTheTable() {
    ProcessInstance instance = nominate();
    Task review = task(instance);
    assertThat(review.getDueDate().toInstant()).isEqualTo(MONDAY.plusWeeks(1).toInstant());

    ClockUtil.setCurrentTime(Date.from(MONDAY.plusHours(3).toInstant()));
    complete(review, decision(true, "同意推荐"));
    for (String step : List.of("studentAffairsReview", "graduateAffairsReview", "youthLeagueReview")) {
      assertThat(task(step, instance).getDueDate().toInstant()).as(step)
          .isEqualTo(MONDAY.plusHours(3).plusDays(7).toInstant());
    }
  }

  @Test
  @DisplayName("Before the due date the college Party organisation is reminded, after it the supervising office (校团委) "
      + "is told and may read the task; each once, however often the check runs")
  void remindedThenEscalatedOnce() {
    Task review = task(nominate());
    Instant due = review.getDueDate().toInstant();

    assertThat(records.overdueTasks.check(due.minus(Duration.ofDays(2)))).isEqualTo(new OverdueTasks.Checked(0, 0, 0));
    assertThat(kinds(review)).isEmpty();

    Instant dayBefore = due.minus(Duration.ofHours(23));
    assertThat(records.overdueTasks.check(dayBefore)).isEqualTo(new OverdueTasks.Checked(1, 0, 0));
    assertThat(records.overdueTasks.check(dayBefore.plusSeconds(60))).isEqualTo(new OverdueTasks.Checked(0, 0, 0));
    TaskEvent reminder = records.taskDeadlines.events(review.getId()).get(0);
    assertThat(reminder.kind()).isEqualTo(TaskDeadlineRepository.REMINDER);
    assertThat(reminder.audience()).isEqualTo("college-cs-party");
    assertThat(reminder.taskName()).startsWith("学院党组织审核同意（P1.2） · s-ok");
    assertThat(readGrant("youth-league", review)).isNull();

    Instant overdue = due.plusSeconds(60);
    assertThat(records.overdueTasks.check(overdue)).isEqualTo(new OverdueTasks.Checked(0, 1, 0));
    assertThat(records.overdueTasks.check(overdue.plusSeconds(60))).isEqualTo(new OverdueTasks.Checked(0, 0, 0));
    assertThat(records.overdueTasks.check(overdue.plus(Duration.ofDays(30)))).isEqualTo(new OverdueTasks.Checked(0, 0, 0));
    assertThat(kinds(review)).containsExactly(TaskDeadlineRepository.REMINDER, TaskDeadlineRepository.ESCALATION);
    TaskEvent escalation = records.taskDeadlines.events(review.getId()).get(1);
    assertThat(escalation.audience()).isEqualTo("youth-league");
    assertThat(escalation.dueAt()).isEqualTo(due);
    assertThat(escalation.occurredAt()).isEqualTo(overdue);
    Authorization grant = readGrant("youth-league", review);
    assertThat(grant).isNotNull();
    assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
    assertThat(grant.isPermissionGranted(Permissions.UPDATE)).as("sees, does not take over").isFalse();
  }

  @Test
  @DisplayName("A check that comes late escalates without a belated reminder; a completed task is dropped, never told")
  void lateCheckAndCompletedTask() {
    ProcessInstance instance = nominate();
    Task review = task(instance);
    Instant due = review.getDueDate().toInstant();
    assertThat(records.overdueTasks.check(due.plus(Duration.ofDays(1)))).isEqualTo(new OverdueTasks.Checked(0, 1, 0));
    assertThat(kinds(review)).containsExactly(TaskDeadlineRepository.ESCALATION);

    complete(review, decision(true, "同意推荐"));
    Task next = task("youthLeagueReview", instance);
    ClockUtil.setCurrentTime(Date.from(due.plus(Duration.ofDays(1))));
    // the three P1.3 reviews: completed before their reminder, their rows are removed by the next check
    complete(task("studentAffairsReview", instance), decision(true, "同意"));
    complete(task("graduateAffairsReview", instance), decision(true, "同意"));
    complete(next, decision(true, "同意"));
    assertThat(records.overdueTasks.check(due.plus(Duration.ofDays(30)))).isEqualTo(new OverdueTasks.Checked(0, 1, 3));
    assertThat(kinds(next)).isEmpty();
    assertThat(task("partyCommitteeDecision", instance)).isNotNull();
  }

  @Test
  @DisplayName("A new version of the table deployed by an administrator applies to tasks created after it")
  void changedTable() throws IOException {
    String table;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("bpmn/task-deadlines.dmn")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String changed = table.replace("<text>\"5WD\"</text></outputEntry>\n        <outputEntry id=\"rule-school-presidium-candidacy-collegePartyReview-remind\">",
        "<text>\"P2D\"</text></outputEntry>\n        <outputEntry id=\"rule-school-presidium-candidacy-collegePartyReview-remind\">");
    assertThat(changed).isNotEqualTo(table);
    String deployment = engine.getRepositoryService().createDeployment().name("task-deadlines-2027")
        .addString("task-deadlines.dmn", changed).deploy().getId();
    try {
      assertThat(task(nominate()).getDueDate().toInstant()).isEqualTo(MONDAY.plusDays(2).toInstant());
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  @Test
  @DisplayName("Every user task of every model in bpmn/ has a row: a due period (or \"-\" for D3's own rule and the "
      + "optional withdrawal), and a supervising office whenever it has a due date")
  void everyUserTaskHasARow() throws IOException {
    DeadlineTable table = new DeadlineTable();
    Map<String, String> missing = new TreeMap<>();
    List<String> withoutDueDate = new ArrayList<>();
    int tasks = 0;
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
        var instance = Bpmn.readModelFromFile(model.toFile());
        String processKey = instance.getModelElementsByType(Process.class).iterator().next().getId();
        for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
          tasks++;
          Optional<Deadline> row = table.of(engine.getRepositoryService(), processKey, task.getId());
          if (row.isEmpty()) {
            missing.put(processKey + "/" + task.getId(), "no row");
          } else if (row.get().period() == null) {
            withoutDueDate.add(processKey + "/" + task.getId());
          } else if (row.get().supervisor() == null) {
            missing.put(processKey + "/" + task.getId(), "no supervising office");
          }
        }
      }
    }
    assertThat(tasks).isGreaterThanOrEqualTo(28);
    assertThat(missing).isEmpty();
    // the steps that keep their model's own rule: D2's optional withdrawal, D3's investigation, O1's report
    assertThat(withoutDueDate).containsExactlyInAnyOrder("major-activity-report/withdrawReport",
        "misconduct-investigation/investigate", "union-work-report/submitWorkReport");
  }

  Authorization readGrant(String groupId, Task task) {
    return engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(Resources.TASK).resourceId(task.getId()).singleResult();
  }
}
