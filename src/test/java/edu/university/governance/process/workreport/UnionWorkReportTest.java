package edu.university.governance.process.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import edu.university.governance.engine.ProcedureRefusal;
import edu.university.governance.process.ProcessTest;
import edu.university.governance.records.DecisionRepository.Decision;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of O1 (union-work-report), the overdue notice included, with 100 % coverage asserted. */
@Deployment(resources = {"bpmn/union-work-report.bpmn", "forms/union-work-report-start.form",
    "forms/union-work-report-submit.form", "forms/union-work-report-urge.form", "forms/union-work-report-league.form",
    "forms/union-work-report-hearing.form"})
class UnionWorkReportTest extends ProcessTest {

  static final String KEY = "union-work-report";
  static final String SEMESTER = "2030-2031-1";

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = fullCoverage();

  @BeforeEach
  void records() {
    records.registerWorkReport(30);
  }

  ProcessInstance start(String unionId, String semester) {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, withVariables("unionId", unionId,
        "semester", semester));
  }

  static Map<String, Object> report(String workDone, String workPlans, String matters) {
    return withVariables("workDone", workDone, "workPlans", workPlans, "mattersForDecision", matters);
  }

  static Map<String, Object> hearing(String comment, String instructions) {
    return withVariables("comment", comment, "instructions", instructions);
  }

  Task submission(ProcessInstance instance) {
    return task("submitWorkReport", instance);
  }

  @Test
  @DisplayName("O1 school union: the presidium submits by the due date, the school Party committee hears it with instructions → HEARD")
  void schoolUnionHeard() {
    ProcessInstance instance = start("school-su", SEMESTER);
    assertThat(businessKey(instance)).isEqualTo("O1-2030-2031-1-school-su");
    assertThat(records.fact(instance.getId(), "partyGroup")).isEqualTo("party-committee");
    Task submit = submission(instance);
    assertThat(submit).hasCandidateGroup("union-school-su");
    assertThat(submit.getName()).isEqualTo("提交工作汇报（O1） · 校级学生会 2030-2031-1 学期");
    assertThat(submit.getDueDate().toInstant()).as("30 days after 1 September, China time")
        .isEqualTo(OffsetDateTime.parse("2030-10-01T00:00+08:00").toInstant());

    complete(submit, report("组织迎新晚会；开展学风建设月", "筹备校园文化节", "申请增设志愿服务部"));
    assertThat(records.workReports.ofProcessInstance(instance.getId()).orElseThrow().submittedAt()).isNotNull();
    assertThat(instance).isWaitingAt("partyHearing").hasNotPassed("collegeLeagueHearing", "urged")
        .variables().containsEntry("workDone", "组织迎新晚会；开展学风建设月").containsEntry("workPlans", "筹备校园文化节");
    assertThat(task(instance)).hasCandidateGroup("party-committee");

    complete(task(instance), hearing("工作扎实，同意下阶段计划", "同意增设志愿服务部，报校团委备案"));
    assertThat(instance).isEnded().hasPassed("heard").variables().containsEntry("outcome", "HEARD")
        .containsEntry("partyHearingComment", "工作扎实，同意下阶段计划")
        .containsEntry("instructions", "同意增设志愿服务部，报校团委备案");
    assertThat(records.procedures().outcome(instance.getId()).orElseThrow().outcome()).isEqualTo("HEARD");
    List<Decision> decisions = records.decisionRecords.forProcessInstance(instance.getId());
    assertThat(decisions).extracting(Decision::step).containsExactly("submitWorkReport", "partyHearing");
    assertThat(decisions.get(0).details()).contains("组织迎新晚会");
    assertThat(decisions.get(1).comment()).isEqualTo("工作扎实，同意下阶段计划");
    assertThat(decisions.get(1).details()).contains("同意增设志愿服务部");
  }

  @Test
  @DisplayName("O1 college union: the college league reads the report first, then the college Party organisation hears it → HEARD")
  void collegeUnionLeagueFirst() {
    ProcessInstance instance = start("cs-su", SEMESTER);
    assertThat(businessKey(instance)).isEqualTo("O1-2030-2031-1-cs-su");
    complete(submission(instance), report("完成学院迎新", "开展职业规划讲座", null));
    assertThat(instance).isWaitingAt("collegeLeagueHearing").variables().containsEntry("mattersForDecision", "（无）");
    assertThat(task(instance)).hasCandidateGroup("college-cs-league");
    complete(task(instance), withVariables("comment", "已审阅，同意转报"));
    assertThat(instance).isWaitingAt("partyHearing");
    assertThat(task(instance)).hasCandidateGroup("college-cs-party");
    complete(task(instance), withVariables("comment", "同意"));
    assertThat(instance).isEnded().hasPassed("collegeLeagueHearing", "heard").variables()
        .containsEntry("outcome", "HEARD");
    assertThat(records.decisionRecords.forProcessInstance(instance.getId())).extracting(Decision::office)
        .containsExactly("union-cs-su", "college-cs-league", "college-cs-party");
    assertThat(records.decisionRecords.forProcessInstance(instance.getId()).get(2).details()).as("no instructions").isNull();
  }

  @Test
  @DisplayName("O1 overdue: at the due date the Youth League committee gets a notice while the report stays open; the report comes later → HEARD")
  void overdueNoticeToYouthLeague() {
    ProcessInstance instance = start("school-gsu", SEMESTER);
    Job timer = job(instance);
    assertThat(timer.getDuedate()).isEqualTo(submission(instance).getDueDate());

    execute(timer);
    assertThat(instance).isWaitingAt("submitWorkReport", "urgeReport");
    Task notice = task("urgeReport", instance);
    assertThat(notice).hasCandidateGroup("youth-league");
    assertThat(notice.getName()).isEqualTo("督办：未按期提交工作汇报（O1） · 研究生会 2030-2031-1 学期");
    assertThatThrownBy(() -> engine.getTaskService().complete(notice.getId()))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("O1").hasMessageContaining("必须填写意见");
    complete(notice, withVariables("comment", "请于三日内提交"));
    assertThat(instance).isWaitingAt("submitWorkReport").hasPassed("urged");

    complete(submission(instance), report("补交：本学期工作", "下学期计划", ""));
    complete(task("partyHearing", instance), hearing("已听取，今后按期汇报", null));
    assertThat(instance).isEnded().variables().containsEntry("outcome", "HEARD")
        .containsEntry("urgeReportComment", "请于三日内提交");
  }

  @Test
  @DisplayName("O1: submitting the report ends a notice the Youth League committee has not answered")
  void submissionEndsOpenNotice() {
    ProcessInstance instance = start("school-su", SEMESTER);
    execute(job(instance));
    complete(submission(instance), report("工作情况", "工作计划", "无"));
    assertThat(instance).isWaitingAt("partyHearing").hasPassed("reportSubmitted").hasNotPassed("urged");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("urgeReport").count()).isZero();
  }

  @Test
  @DisplayName("O1: a report without work done or plans, or too long, and a hearing without an opinion are refused naming O1; the task stays open")
  void incompleteReportOrHearingRefused() {
    ProcessInstance instance = start("school-su", SEMESTER);
    String submitId = submission(instance).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(submitId, report("做了", " ", null)))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("O1").hasMessageContaining("workPlans")
        .hasMessageNotContaining("workDone");
    assertThatThrownBy(() -> engine.getTaskService().complete(submitId, withVariables("workDone", "x".repeat(4001), "workPlans", "计划", "mattersForDecision", 3)))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("workDone").hasMessageContaining("mattersForDecision");
    assertThat(instance).isWaitingAt("submitWorkReport");
    assertThat(records.workReports.ofProcessInstance(instance.getId()).orElseThrow().submittedAt()).isNull();

    complete(submission(instance), report("工作", "计划", null));
    String hearingId = task(instance).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(hearingId, hearing(" ", "批示")))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("O1").hasMessageContaining("comment");
    assertThatThrownBy(() -> engine.getTaskService().complete(hearingId, withVariables("comment", "同意", "instructions", 5)))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("O1").hasMessageContaining("instructions");
    assertThat(instance).isWaitingAt("partyHearing");
    assertThat(records.decisionRecords.forProcessInstance(instance.getId())).hasSize(1);
  }

  @Test
  @DisplayName("O1 once a semester: a second start for the same union and semester is refused naming the first; another semester or union starts")
  void oneReportPerUnionAndSemester() {
    ProcessInstance first = start("school-su", SEMESTER);
    assertThatThrownBy(() -> start("school-su", SEMESTER)).isInstanceOf(ProcedureRefusal.class)
        .hasMessageStartingWith("启动被拒绝（O1）：校级学生会 2030-2031-1 学期的工作汇报已于")
        .hasMessageContaining("由 O1-2030-2031-1-school-su 发起").hasMessageContaining("每学期只汇报一次");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(1);
    assertThat(businessKey(start("school-su", "2030-2031-2"))).isEqualTo("O1-2030-2031-2-school-su");
    assertThat(businessKey(start("school-gsu", SEMESTER))).isEqualTo("O1-2030-2031-1-school-gsu");
    assertThat(records.workReports.of("school-su", SEMESTER).orElseThrow().processInstanceId()).isEqualTo(first.getId());

    // a cancelled report leaves no record behind (process/ProcedureClosing deletes it): the union may start again
    records.workReports.cancel(first.getId());
    engine.getRuntimeService().deleteProcessInstance(first.getId(), "wrong semester");
    assertThat(businessKey(start("school-su", SEMESTER))).isEqualTo("O1-2030-2031-1-school-su");
  }

  @Test
  @DisplayName("O1 start: missing or malformed semester, an unknown union and a starter outside the union's presidium are refused naming O1; nothing is left")
  void startRefusals() {
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(KEY, withVariables("unionId", "school-su")))
        .isInstanceOf(ProcedureRefusal.class).hasMessage("启动被拒绝（O1）：缺少 semester（学期）");
    assertThatThrownBy(() -> start("school-su", "2030-2032-1")).isInstanceOf(ProcedureRefusal.class)
        .hasMessageContaining("（O1）").hasMessageContaining("semester（学期）应形如");
    assertThatThrownBy(() -> start("moon-su", SEMESTER)).isInstanceOf(ProcedureRefusal.class)
        .hasMessageContaining("（O1）").hasMessageContaining("学生组织 moon-su 不存在");
    engine.getIdentityService().setAuthentication("cs", List.of("union-cs-su"));
    assertThatThrownBy(() -> start("school-su", SEMESTER)).isInstanceOf(ProcedureRefusal.class)
        .hasMessageContaining("（O1）").hasMessageContaining("union-school-su");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(records.workReports.of("school-su", SEMESTER)).isEmpty();

    ProcessInstance own = start("cs-su", SEMESTER);
    assertThat(records.fact(own.getId(), "startedBy")).isEqualTo("cs");
    assertThat(records.fact(own.getId(), "startedFor")).isEqualTo("union-cs-su");
  }
}
