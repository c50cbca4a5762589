package edu.university.governance.process.congress;

import edu.university.governance.engine.ProcedureRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import edu.university.governance.process.ProcessTest;
import edu.university.governance.records.Clubs;
import edu.university.governance.records.Nomination;
import edu.university.governance.records.RosterEntry;
import edu.university.governance.records.Student;
import edu.university.governance.rules.PoliticalStatus;
import edu.university.governance.rules.Post;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of C1–C3 (student-congress). */
@Deployment(resources = {"bpmn/student-congress.bpmn", "bpmn/quota-limits.dmn", "forms/congress-start.form",
    "forms/delegate-recommendation.form", "forms/delegate-election.form", "forms/delegate-shortfall.form",
    "forms/congress-election.form", "forms/congress-approval.form", "forms/congress-filing.form"})
class StudentCongressTest extends ProcessTest {

  static final String KEY = "student-congress";
  static final int YEAR = 2026;

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = fullCoverage();

  @BeforeEach
  void records() {
    records.eligibleStudent("d-1", "cs").eligibleStudent("d-2", "cs").eligibleStudent("e-1", "econ")
        .eligibleStudent("w-1", "cs").eligibleStudent("w-2", "econ").eligibleStudent("old", "cs")
        .member("school-su", "old", Post.PRESIDIUM, null);
    records.chairRotations().restartForCurrentSemester("school-su");
    records.students.insert(List.of(new Student("d-3", "大三", "cs", "cs2301", "专业", 2024, PoliticalStatus.CYL_MEMBER,
        1, 10, 0)));
    Clubs clubs = new Clubs(records.jdbc);
    clubs.upsert(List.of(new Clubs.Club("chorus", "合唱团", true), new Clubs.Club("chess", "棋社", false)));
    clubs.replaceMemberships(Map.of("d-2", List.of("chorus"), "d-1", List.of("chess")));
    for (String candidate : List.of("w-1", "w-2")) {
      records.nominations.open("P1", "school-su", candidate, "OUTSTANDING_STUDENT", null, null, "p1-" + candidate);
      records.nominations.close("p1-" + candidate, Nomination.CANDIDATE_CONFIRMED, YEAR, null);
    }
    records.registerCongress();
  }

  ProcessInstance convene(int studentsRepresented) {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, withVariables("unionId", "school-su", "year", YEAR,
        "studentsRepresented", studentsRepresented));
  }

  Task task(ProcessInstance instance, String key, String collegeId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list()
        .stream().filter(t -> collegeId == null || collegeId.equals(engine.getTaskService().getVariable(t.getId(), "collegeId")))
        .findFirst().orElseThrow(() -> new AssertionError("no " + key + " for " + collegeId));
  }

  void complete(ProcessInstance instance, String key, String collegeId, Map<String, Object> variables) {
    engine.getTaskService().complete(task(instance, key, collegeId).getId(), variables);
  }

  /** The class branches recommend and the college unions elect; cs elects d-1 only, econ e-1. */
  void electDelegates(ProcessInstance instance, String csElected) {
    assertThat(task(instance, "recommendDelegates", "cs")).hasCandidateGroup("class-cs2301-branch");
    complete(instance, "recommendDelegates", "cs", withVariables("recommended", "d-1, d-2\nd-3"));
    complete(instance, "recommendDelegates", "econ", withVariables("recommended", "e-1"));
    assertThat(task(instance, "electDelegates", "cs")).hasCandidateGroup("union-cs-su");
    complete(instance, "electDelegates", "cs", withVariables("delegateIds", csElected));
    complete(instance, "electDelegates", "econ", withVariables("delegateIds", "e-1"));
  }

  /** Results, the Party committee's decision. */
  void elect(ProcessInstance instance, boolean approved) {
    complete(instance, "holdCongress", null, withVariables("results", "w-1,120\nw-2,98"));
    assertThat(instance).hasPassed("resultsAnnounced").variables().extractingByKey("announcement").asString()
        .contains("w-1").contains("120 票");
    assertThat(task(instance, "partyApproval", null)).hasCandidateGroup("party-committee");
    complete(instance, "partyApproval", null, withVariables("approved", approved, "comment", approved ? "同意" : "程序有误"));
  }

  @Test
  @DisplayName("C1–C3: delegates per college, Q11/Q12 shortfall filled, election within Q3 from candidates, approval, filing, new presidium")
  void congressFilesResults() {
    ProcessInstance instance = convene(300);
    assertThat(instance).variables().extractingByKey("seatPlan").asString().contains("不少于 3 名");
    electDelegates(instance, "d-1");
    assertThat(instance).isWaitingAt("fillShortfall");
    String shortfall = (String) engine.getRuntimeService().getVariable(instance.getId(), "delegateShortfall");
    assertThat(shortfall).contains("Q11：代表 2 名").contains("2024 级").contains("chorus").doesNotContain("chess");

    // whether the Q11 exception is approved is an explicit choice, without default, even when delegates are added
    String shortfallTask = task(instance, "fillShortfall", null).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(shortfallTask,
        withVariables("additionalDelegates", "d-2,d-3", "comment", "补选")))
        .isInstanceOf(ProcedureRefusal.class)
        .hasMessage("“补选代表或批准 Q11 例外”：请选择“批准例外”或“不批准”（approveQ11Exception）");
    assertThat(instance).isWaitingAt("fillShortfall");
    complete(instance, "fillShortfall", null, withVariables("additionalDelegates", "d-2,d-3",
        "approveQ11Exception", false, "comment", "补选"));
    assertThat(instance).isWaitingAt("holdCongress");

    String electionTask = task(instance, "holdCongress", null).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(electionTask,
        withVariables("results", "w-1,1\nw-2,1\nd-1,1\nd-2,1\nd-3,1\ne-1,1")))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("Q3：当选 6 人");
    assertThatThrownBy(() -> engine.getTaskService().complete(electionTask, withVariables("results", "w-1,10\nd-1,9")))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("d-1 不是 2026 年经确认的主席团候选人");
    elect(instance, true);

    String filingTask = task(instance, "fileResults", null).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(filingTask, withVariables("filingDate", "昨天",
        "filingReference", "x"))).isInstanceOf(ProcedureRefusal.class).hasMessageContaining("yyyy-MM-dd");
    // D1: the convener records the day the new presidium signed the self-discipline convention, shown on the form
    assertThat((String) engine.getTaskService().getVariableLocal(filingTask, "conventionText")).contains("自律公约");
    LocalDate today = LocalDate.now(records.clock);
    assertThatThrownBy(() -> engine.getTaskService().complete(filingTask, withVariables("filingDate", "2026-12-01",
        "filingReference", "校学联备〔2026〕3号"))).isInstanceOf(ProcedureRefusal.class)
        .hasMessage("“向上级学联和学生会报备（C3）”：D1：任命前须记录本人签署《学生会研究生会干部自律公约》的日期（签署自律公约日期），未填写");
    assertThatThrownBy(() -> engine.getTaskService().complete(filingTask, withVariables("filingDate", "2026-12-01",
        "filingReference", "校学联备〔2026〕3号", "conventionSignedAt", today.plusDays(1).toString())))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("D1：签署自律公约日期 " + today.plusDays(1) + " 晚于今天");
    assertThat(instance).isWaitingAt("fileResults");
    assertThat(records.roster.current("school-su")).filteredOn(e -> e.post() == Post.PRESIDIUM)
        .extracting(RosterEntry::studentId).containsExactly("old");
    complete(instance, "fileResults", null, withVariables("filingDate", "2026-12-01", "filingReference", "校学联备〔2026〕3号",
        "conventionSignedAt", today.toString()));
    assertThat(records.roster.current("school-su")).filteredOn(e -> e.post() == Post.PRESIDIUM)
        .allSatisfy(e -> assertThat(e.conventionSignedAt()).isEqualTo(today));
    assertThat(instance).isEnded().hasPassed("installPresidium", "resultsFiled")
        .variables().containsEntry("outcome", "RESULTS_FILED");
    assertThat(businessKey(instance)).isEqualTo("C-" + YEAR + "-school-su");
    assertThat(records.roster.current("school-su")).filteredOn(e -> e.post() == Post.PRESIDIUM)
        .extracting(RosterEntry::studentId).containsExactlyInAnyOrder("w-1", "w-2");
    assertThat(records.chairRotations().current("school-su").orElseThrow().studentId())
        .as("the new presidium has its executive chair at once (S2)").isIn("w-1", "w-2");
  }

  @Test
  @DisplayName("C3: the Party committee refusing the results → REJECTED; the roster keeps the old presidium")
  void partyRefuses() {
    ProcessInstance instance = convene(100);
    electDelegates(instance, "d-1,d-2,d-3");
    complete(instance, "holdCongress", null, withVariables("results", "w-1,120\nw-2,98"));
    // the refusal in the form's own words (批准 / 不批准), an opinion required
    assertThatThrownBy(() -> complete(instance, "partyApproval", null, withVariables("approved", false)))
        .isInstanceOf(ProcedureRefusal.class).hasMessageEndingWith("：不批准时必须填写意见（comment）");
    complete(instance, "partyApproval", null, withVariables("approved", false, "comment", "程序有误"));
    assertThat(instance).isEnded().hasPassed("congressRejected").variables().containsEntry("outcome", "REJECTED");
    assertThat(records.roster.current("school-su")).extracting(RosterEntry::studentId).containsExactly("old");
  }

  @Test
  @DisplayName("Q11 soft: with only the number short, the Youth League committee may approve an exception with a reason")
  void q11Exception() {
    ProcessInstance instance = convene(1000);
    electDelegates(instance, "d-1,d-2,d-3");
    assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), "delegateShortfall"))
        .startsWith("Q11：").doesNotContain("Q12");
    String shortfallTask = task(instance, "fillShortfall", null).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(shortfallTask, withVariables("approveQ11Exception", true)))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("处理说明");
    complete(instance, "fillShortfall", null, withVariables("approveQ11Exception", true, "comment", "部分学院实习，人数暂缺"));
    assertThat(instance).isWaitingAt("holdCongress");
  }

  @Test
  @DisplayName("C2: a recommendation outside the college, or a delegate not recommended, is refused")
  void delegatesFromOwnCollegeAndRecommended() {
    ProcessInstance instance = convene(100);
    String recommendation = task(instance, "recommendDelegates", "cs").getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(recommendation, withVariables("recommended", "d-1,e-1")))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("不是学院 cs 的学生：e-1");
    engine.getTaskService().complete(recommendation, withVariables("recommended", "d-1"));
    String election = task(instance, "electDelegates", "cs").getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(election, withVariables("delegateIds", "d-2")))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("未被推荐：d-2");
  }

  @Test
  @DisplayName("C1 start refusals: unknown union, a year that is not a whole number, a convener of the wrong level")
  void startRefusals() {
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(KEY, withVariables("unionId", "mars",
        "year", "2026", "studentsRepresented", 10))).isInstanceOf(ProcedureRefusal.class)
        .hasMessageContaining("year（年度）应为整数").hasMessageContaining("mars 不存在");
    engine.getIdentityService().setAuthentication("cs", List.of("college-cs-league"));
    assertThatThrownBy(() -> convene(100)).isInstanceOf(ProcedureRefusal.class).hasMessageContaining("youth-league");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }
}
