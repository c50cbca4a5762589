package edu.university.governance.process.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import edu.university.governance.engine.ProcedureRefusal;
import edu.university.governance.process.ProcessTest;
import edu.university.governance.records.CongressYears;
import edu.university.governance.rules.CongressYear;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of C1's college-congress reminder: the daily check (college-congress-schedule) before and on the
 * reminder date, driven by executing its timer job; the league's answer; the task ending by itself when the union's
 * congress of the year is filed (student-congress, only its filing step walked here); refused starts.
 */
@Deployment(resources = {"bpmn/college-congress-schedule.bpmn", "bpmn/college-congress-reminder.bpmn",
    "forms/college-congress-plan.form", "bpmn/student-congress.bpmn", "bpmn/quota-limits.dmn",
    "forms/congress-start.form", "forms/delegate-recommendation.form", "forms/delegate-election.form",
    "forms/delegate-shortfall.form", "forms/congress-election.form", "forms/congress-approval.form",
    "forms/congress-filing.form"})
class CollegeCongressReminderTest extends ProcessTest {

  static final String KEY = "college-congress-reminder";

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = fullCoverage("student-congress");

  int year;

  @BeforeEach
  void records() {
    year = Integer.parseInt(thisYear());
    records.eligibleStudent("w-1", "cs").registerCongress();
  }

  /** The daily check as it runs on that day of this year with the default reminder date (12-01). */
  void checkOn(int month, int day) {
    Clock today = Clock.fixed(LocalDate.of(year, month, day).atTime(8, 0).atZone(ZoneId.of("Asia/Shanghai"))
        .toInstant(), ZoneId.of("Asia/Shanghai"));
    records.registerCollegeCongressSchedule(today, "12-01");
    Job timer = engine.getManagementService().createJobQuery().timers()
        .processDefinitionKey("college-congress-schedule").singleResult();
    assertThat(timer).as("the daily timer").isNotNull();
    execute(timer);
  }

  List<ProcessInstance> reminders() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).list();
  }

  ProcessInstance remind(String unionId) {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, withVariables("unionId", unionId, "year", year));
  }

  Task planTask(ProcessInstance reminder) {
    return engine.getTaskService().createTaskQuery().processInstanceId(reminder.getId()).singleResult();
  }

  CongressYears.UnionCongress overview(String unionId) {
    return records.congressYears.overview(year, u -> true).stream().filter(u -> u.unionId().equals(unionId))
        .findFirst().orElseThrow();
  }

  @Test
  @DisplayName("C1: before the reminder date the daily check reminds nobody, and the timer waits for the next day")
  void beforeTheReminderDate() {
    checkOn(11, 30);
    assertThat(reminders()).isEmpty();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("remindedUnions")
        .singleResult().getValue()).isEqualTo("");
    assertThat(engine.getManagementService().createJobQuery().timers().processDefinitionKey("college-congress-schedule")
        .count()).as("next day's timer").isEqualTo(1);
    assertThat(overview("cs-su").state()).isEqualTo(CongressYear.State.MISSING);
  }

  @Test
  @DisplayName("C1: on the reminder date each college union without a filed congress gets the task for its college league, with the reason; a filed union, the school unions and a second check get none")
  void onTheReminderDate() {
    records.congressYears.opened("filed-econ", "econ-su", year, "C-" + year + "-econ-su");
    records.congressYears.filed("filed-econ", LocalDate.of(year, 11, 20), "经院学联备〔" + year + "〕1号");
    checkOn(12, 1);
    List<ProcessInstance> reminded = reminders();
    assertThat(reminded).hasSize(1);
    ProcessInstance reminder = reminded.get(0);
    assertThat(businessKey(reminder)).isEqualTo("C1-" + year + "-cs-su");
    assertThat(planTask(reminder)).hasCandidateGroup("college-cs-league").hasName("召开本年度学院学生代表大会（C1） · cs 学生会 " + year + " 年");
    assertThat(reminder).variables().extractingByKey("reminderReason").asString().contains("C1")
        .contains(year + " 年 12 月 1 日").contains("cs 学生会尚未报备 " + year + " 年度学生代表大会");
    assertThat(overview("cs-su").state()).isEqualTo(CongressYear.State.REMINDED);
    assertThat(overview("econ-su").state()).isEqualTo(CongressYear.State.FILED);
    assertThat(overview("econ-su").date()).isEqualTo(LocalDate.of(year, 11, 20));
    assertThat(overview("school-su").state()).isEqualTo(CongressYear.State.MISSING);

    checkOn(12, 2);
    assertThat(reminders()).as("one reminder per union and year").hasSize(1);
  }

  @Test
  @DisplayName("C1: the college league answers with the planned date and a note → PLANNED; a date in the past is refused")
  void leaguePlans() {
    ProcessInstance reminder = remind("cs-su");
    String task = planTask(reminder).getId();
    LocalDate today = LocalDate.now(records.clock);
    assertThatThrownBy(() -> engine.getTaskService().complete(task, withVariables("plannedDate",
        today.minusDays(1).toString(), "note", "x"))).isInstanceOf(ProcedureRefusal.class)
        .hasMessageContaining("C1").hasMessageContaining("早于今天");
    assertThatThrownBy(() -> engine.getTaskService().complete(task, withVariables("note", "x")))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("plannedDate");
    assertThat(reminder).isWaitingAt("planCongress");
    engine.getTaskService().complete(task, withVariables("plannedDate", today.plusDays(14).toString(),
        "note", "筹备中，代表选举已开始"));
    assertThat(reminder).isEnded().hasPassed("congressPlanned").variables().containsEntry("outcome", "PLANNED");
    CongressYears.UnionCongress cs = overview("cs-su");
    assertThat(cs.state()).isEqualTo(CongressYear.State.REMINDED);
    assertThat(cs.plannedOn()).isEqualTo(today.plusDays(14));
    assertThat(cs.note()).isEqualTo("筹备中，代表选举已开始");
  }

  @Test
  @DisplayName("C1/C3: filing the union's congress of the year ends the reminder by itself → CONGRESS_FILED")
  void congressFiledEndsTheReminder() {
    ProcessInstance reminder = remind("cs-su");
    ProcessInstance otherYear = engine.getRuntimeService().startProcessInstanceByKey(KEY,
        withVariables("unionId", "econ-su", "year", year - 1));
    ProcessInstance congress = engine.getRuntimeService().createProcessInstanceByKey("student-congress")
        .startBeforeActivity("fileResults").setVariables(withVariables("unionId", "cs-su", "year", year,
            "convenerGroup", "college-cs-league", "winnerIds", "w-1")).execute();
    String filing = engine.getTaskService().createTaskQuery().processInstanceId(congress.getId()).singleResult().getId();
    engine.getTaskService().complete(filing, withVariables("filingDate", LocalDate.now(records.clock).toString(),
        "filingReference", "院学联备〔" + year + "〕2号", "conventionSignedAt", LocalDate.now(records.clock).toString()));
    assertThat(congress).isEnded().variables().containsEntry("outcome", "RESULTS_FILED");
    assertThat(reminder).isEnded().hasPassed("congressFiled", "congressHeld").hasNotPassed("congressPlanned")
        .variables().containsEntry("outcome", "CONGRESS_FILED");
    assertThat(otherYear).as("another union and year keeps its reminder").isWaitingAt("planCongress");
  }

  @Test
  @DisplayName("C1: a reminder is refused for a school union, a second time for the same union and year, and once the congress is filed")
  void refusedStarts() {
    assertThatThrownBy(() -> remind("school-su")).isInstanceOf(ProcedureRefusal.class)
        .hasMessageContaining("C1").hasMessageContaining("校级学生组织");
    ProcessInstance first = remind("cs-su");
    assertThatThrownBy(() -> remind("cs-su")).isInstanceOf(ProcedureRefusal.class)
        .hasMessageContaining("C1-" + year + "-cs-su").hasMessageContaining("每年只提醒一次");
    assertThat(first).isWaitingAt("planCongress");
    records.congressYears.opened("filed-econ", "econ-su", year, "C-" + year + "-econ-su");
    records.congressYears.filed("filed-econ", LocalDate.of(year, 3, 1), "ref");
    assertThatThrownBy(() -> remind("econ-su")).isInstanceOf(ProcedureRefusal.class)
        .hasMessageContaining("已于 " + year + "-03-01 报备");
    assertThat(reminders()).hasSize(1);
  }
}
