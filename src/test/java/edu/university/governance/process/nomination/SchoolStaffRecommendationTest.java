package edu.university.governance.process.nomination;

import edu.university.governance.engine.ProcedureRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.university.governance.process.ProcessTest;
import edu.university.governance.rules.PoliticalStatus;
import edu.university.governance.rules.Post;
import java.util.HashMap;
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

/** Every path of P2 (school-staff-recommendation): Q10, each nominee on its own, hard and soft limits. */
@Deployment(resources = {"bpmn/school-staff-recommendation.bpmn", "bpmn/quota-limits.dmn",
    "forms/school-staff-recommendation-start.form", "forms/nomination-review.form", "forms/nomination-appointment.form",
    "forms/quota-exception.form"})
class SchoolStaffRecommendationTest extends ProcessTest {

  static final String KEY = "school-staff-recommendation";
  static final List<String> REVIEWS = List.of("studentAffairsReview", "graduateAffairsReview", "youthLeagueReview");

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = fullCoverage();

  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void records() {
    records.eligibleStudent("c-1", "cs").staffOf("cs-su", "c-1")
        .eligibleStudent("c-2", "cs").staffOf("cs-su", "c-2")
        .eligibleStudent("o-1", "cs")
        .eligibleStudent("o-2", "cs")
        .student("o-rank", "cs", PoliticalStatus.CYL_MEMBER, 90, 100, 0)
        .eligibleStudent("e-1", "econ")
        .registerNomination();
  }

  static String nominee(String studentId, String departmentId, String post) {
    return "{\"studentId\":\"" + studentId + "\",\"departmentId\":\"" + departmentId + "\",\"post\":\"" + post + "\"}";
  }

  ProcessInstance recommend(String... nominees) {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, withVariables("collegeId", "cs",
        "unionId", "school-su", "nominees", "[" + String.join(",", nominees) + "]"));
  }

  /** The open task of one nominee's review. */
  Task task(ProcessInstance instance, String key, String nomineeId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list()
        .stream().filter(t -> nomineeId.equals(engine.getTaskService().getVariable(t.getId(), "nomineeId")))
        .findFirst().orElseThrow(() -> new AssertionError("no task " + key + " for " + nomineeId));
  }

  void decide(ProcessInstance instance, String key, String nomineeId, boolean approved, String comment) {
    engine.getTaskService().complete(task(instance, key, nomineeId).getId(),
        key.equals("youthLeagueReview") && approved ? appointing(comment) : decision(approved, comment));
  }

  /** The three offices decide on one nominee; the asynchronous join then runs. */
  void review(ProcessInstance instance, String nomineeId, boolean studentAffairs) {
    decide(instance, "studentAffairsReview", nomineeId, studentAffairs, studentAffairs ? "同意" : "学工部：不同意");
    decide(instance, "graduateAffairsReview", nomineeId, true, "同意");
    decide(instance, "youthLeagueReview", nomineeId, true, "同意");
    engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list().forEach(j -> execute(j));
  }

  Map<String, JsonNode> outcomes(ProcessInstance instance) throws Exception {
    String value = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("nomineeOutcomes").singleResult().getValue();
    Map<String, JsonNode> byStudent = new HashMap<>();
    json.readTree(value).forEach(row -> byStudent.put(row.get("studentId").asText(), row));
    return byStudent;
  }

  String processVariable(ProcessInstance instance, String name) {
    return (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).list().stream().filter(v -> v.getActivityInstanceId().equals(instance.getId()))
        .findFirst().orElseThrow().getValue();
  }

  @Test
  @DisplayName("D1 at P2: the Youth League committee agrees to a nominee only with the convention's signing date (refused"
      + " missing, each nominee on their own); the other offices are not asked; the date goes onto the roster")
  void d1ConventionAtP2() throws Exception {
    ProcessInstance instance = recommend(nominee("c-1", "secretariat", "STAFF"), nominee("c-2", "rights", "STAFF"),
        nominee("o-1", "rights", "STAFF"));
    String c1 = task(instance, "youthLeagueReview", "c-1").getId();
    assertThat((String) engine.getTaskService().getVariableLocal(c1, "conventionText")).contains("自律公约");
    assertThat(engine.getTaskService().getVariableLocal(task(instance, "studentAffairsReview", "c-1").getId(),
        "conventionText")).isNull();
    assertThatThrownBy(() -> engine.getTaskService().complete(c1, decision(true, "同意")))
        .isInstanceOf(ProcedureRefusal.class).hasMessageStartingWith("“校团委审核（P2）”：D1：").hasMessageContaining("未填写");
    java.time.LocalDate signed = java.time.LocalDate.now(records.clock).minusDays(10);
    Map<String, Object> decision = decision(true, "同意");
    decision.put("conventionSignedAt", signed.toString());
    engine.getTaskService().complete(c1, decision);
    decide(instance, "studentAffairsReview", "c-1", true, "同意");
    decide(instance, "graduateAffairsReview", "c-1", true, "同意");
    engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list().forEach(j -> execute(j));
    review(instance, "c-2", true);
    review(instance, "o-1", true);
    assertThat(instance).isEnded();
    assertThat(outcomes(instance).get("c-1").get("outcome").asText()).isEqualTo("APPOINTED");
    assertThat(records.roster.current("school-su")).filteredOn(e -> e.studentId().equals("c-1"))
        .singleElement().satisfies(e -> assertThat(e.conventionSignedAt()).isEqualTo(signed));
    assertThat(records.roster.current("school-su")).filteredOn(e -> e.studentId().equals("o-1"))
        .singleElement().satisfies(e -> assertThat(e.conventionSignedAt()).isEqualTo(
            java.time.LocalDate.now(records.clock)));
  }

  @Test
  @DisplayName("Q10 hard: a batch with only one college-union staff member is REJECTED as a whole")
  void batchFailsQ10() {
    ProcessInstance instance = recommend(nominee("c-1", "secretariat", "STAFF"), nominee("o-1", "secretariat", "STAFF"),
        nominee("o-2", "rights", "STAFF"));
    assertThat(instance).isEnded().hasPassed("batchRejected").hasNotPassed("nomineeReview");
    assertThat(processVariable(instance, "outcome")).isEqualTo("REJECTED");
    assertThat(processVariable(instance, "rejectionReason")).startsWith("Q10：").contains("3 名").contains("1 名");
    assertThat(records.nominations.allOfProcessInstance(instance.getId()))
        .allSatisfy(n -> assertThat(n.status()).isEqualTo("REJECTED"));
  }

  @Test
  @DisplayName("P2: every nominee reviewed on their own; one refused does not sink the others → COMPLETED")
  void eachNomineeOnTheirOwn() throws Exception {
    ProcessInstance instance = recommend(nominee("c-1", "secretariat", "STAFF"), nominee("c-2", "secretariat",
        "DEPARTMENT_HEAD"), nominee("o-1", "rights", "STAFF"), nominee("o-rank", "rights", "STAFF"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("studentAffairsReview").count()).isEqualTo(3);
    // each nominee's own review task names that nominee
    assertThat(task(instance, "studentAffairsReview", "c-2").getName())
        .isEqualTo("学生工作部（处）审核（P2） · c-2 学生c-2 · cs 学院");
    review(instance, "c-1", true);
    review(instance, "c-2", true);
    review(instance, "o-1", false);

    assertThat(instance).isEnded().hasPassed("summarizeOutcomes", "batchCompleted");
    assertThat(businessKey(instance)).startsWith("P2-" + thisYear() + "-cs-school-su-");
    assertThat(processVariable(instance, "outcome")).isEqualTo("COMPLETED");
    Map<String, JsonNode> outcomes = outcomes(instance);
    assertThat(outcomes.get("c-1").get("outcome").asText()).isEqualTo("APPOINTED");
    assertThat(outcomes.get("c-2").get("outcome").asText()).isEqualTo("APPOINTED");
    assertThat(outcomes.get("o-1").get("outcome").asText()).isEqualTo("REJECTED");
    assertThat(outcomes.get("o-1").get("reason").asText()).isEqualTo("学生工作部（处）审核（P2）不同意：学工部：不同意");
    assertThat(outcomes.get("o-rank").get("outcome").asText()).isEqualTo("INELIGIBLE");
    assertThat(outcomes.get("o-rank").get("reason").asText()).startsWith("E2：");
    assertThat(records.roster.currentPost("school-su", "c-2")).contains(Post.DEPARTMENT_HEAD);
    assertThat(records.roster.currentPost("school-su", "o-1")).isEmpty();
  }

  @Test
  @DisplayName("Q4 hard: a fourth head of a school department → that nominee QUOTA_EXCEEDED, the others go on")
  void headsHardLimit() throws Exception {
    records.members("school-su", "cs", "h", 3, Post.DEPARTMENT_HEAD, "secretariat");
    ProcessInstance instance = recommend(nominee("c-1", "secretariat", "DEPARTMENT_HEAD"),
        nominee("c-2", "rights", "STAFF"));
    review(instance, "c-1", true);
    review(instance, "c-2", true);
    Map<String, JsonNode> outcomes = outcomes(instance);
    assertThat(outcomes.get("c-1").get("outcome").asText()).isEqualTo("QUOTA_EXCEEDED");
    assertThat(outcomes.get("c-1").get("reason").asText()).startsWith("Q4：").contains("3/3");
    assertThat(outcomes.get("c-2").get("outcome").asText()).isEqualTo("APPOINTED");
  }

  @Test
  @DisplayName("Q5 soft: a seventh staff member of a department needs an exception; approved → APPOINTED, refused → QUOTA_EXCEEDED")
  void staffSoftLimit() throws Exception {
    records.members("school-su", "cs", "st", 6, Post.STAFF, "rights");
    // the six present came from no college union: nominees from a college union keep Q9 out of the way
    ProcessInstance instance = recommend(nominee("c-1", "rights", "STAFF"), nominee("c-2", "rights", "STAFF"));
    review(instance, "c-1", true);
    Task exception = task(instance, "quotaExceptionReview", "c-1");
    assertThat(engine.getTaskService().getVariable(exception.getId(), "quotaExceptionRules").toString()).contains("Q5");
    assertThat(engine.getTaskService().getVariable(exception.getId(), "quotaReason").toString()).contains("Q5：").contains("6/6");
    decide(instance, "quotaExceptionReview", "c-1", true, "迎新需要");
    review(instance, "c-2", true);
    decide(instance, "quotaExceptionReview", "c-2", false, "不再增加");

    Map<String, JsonNode> outcomes = outcomes(instance);
    assertThat(outcomes.get("c-1").get("outcome").asText()).isEqualTo("APPOINTED");
    assertThat(outcomes.get("c-2").get("outcome").asText()).isEqualTo("QUOTA_EXCEEDED");
    assertThat(outcomes.get("c-2").get("reason").asText()).contains("Q5：").contains("校团委审批超额例外（Q2、Q5、Q9）不同意：不再增加");
  }

  @Test
  @DisplayName("Q9 soft, then Q4 hard: an approved exception never passes a hard limit reached meanwhile")
  void shareExceptionThenHardLimit() throws Exception {
    records.members("school-su", "cs", "x", 2, Post.DEPARTMENT_HEAD, "secretariat");
    records.eligibleStudent("c-3", "cs").staffOf("cs-su", "c-3");
    ProcessInstance instance = recommend(nominee("o-1", "secretariat", "DEPARTMENT_HEAD"),
        nominee("c-1", "rights", "STAFF"), nominee("c-2", "rights", "STAFF"));
    review(instance, "o-1", true);
    assertThat(engine.getTaskService().getVariable(task(instance, "quotaExceptionReview", "o-1").getId(),
        "quotaReason").toString()).startsWith("Q9：").contains("0/3");
    records.members("school-su", "cs", "y", 1, Post.DEPARTMENT_HEAD, "secretariat");
    decide(instance, "quotaExceptionReview", "o-1", true, "同意例外");
    review(instance, "c-1", true);
    review(instance, "c-2", true);

    assertThat(instance).isEnded().hasPassed("nomineeQuotaExceededAfterException");
    Map<String, JsonNode> outcomes = outcomes(instance);
    assertThat(outcomes.get("o-1").get("outcome").asText()).isEqualTo("QUOTA_EXCEEDED");
    assertThat(outcomes.get("o-1").get("reason").asText()).startsWith("Q4：");
  }

  @Test
  @DisplayName("P2 re-check: a nominee who moved college since the start is not appointed; one who failed courses after an approved exception neither")
  void appointmentsRechecked() throws Exception {
    records.members("school-su", "cs", "st", 6, Post.STAFF, "rights");
    ProcessInstance instance = recommend(nominee("c-1", "secretariat", "STAFF"), nominee("c-2", "rights", "STAFF"));
    records.moved("c-1", "econ", 0);
    review(instance, "c-1", true);
    review(instance, "c-2", true);
    assertThat(task(instance, "quotaExceptionReview", "c-2")).isNotNull();
    records.moved("c-2", "cs", 2);
    decide(instance, "quotaExceptionReview", "c-2", true, "迎新需要");

    assertThat(instance).isEnded().hasPassed("nomineeIneligibleAtAppointment");
    Map<String, JsonNode> outcomes = outcomes(instance);
    assertThat(outcomes.get("c-1").get("outcome").asText()).isEqualTo("INELIGIBLE");
    assertThat(outcomes.get("c-1").get("reason").asText()).startsWith("确认前复核：").contains("P2：").contains("econ");
    assertThat(outcomes.get("c-2").get("outcome").asText()).isEqualTo("INELIGIBLE");
    assertThat(outcomes.get("c-2").get("reason").asText()).contains("E3：");
    assertThat(records.roster.currentPost("school-su", "c-1")).isEmpty();
    assertThat(records.roster.currentPost("school-su", "c-2")).isEmpty();
  }

  @Test
  @DisplayName("The start form's line format (学号,部门,职务 per line) gives the same batch as the JSON array")
  void lineFormat() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(KEY, withVariables("collegeId", "cs",
        "unionId", "school-su", "nominees", "c-1,secretariat,工作人员\n\nc-2\trights\t部门负责人\n"));
    assertThat(records.nominations.allOfProcessInstance(instance.getId()))
        .extracting(n -> n.studentId() + "/" + n.departmentId() + "/" + n.post())
        .containsExactly("c-1/secretariat/STAFF", "c-2/rights/DEPARTMENT_HEAD");
    refused("c-1,secretariat,主席", "S3：");
  }

  @Test
  @DisplayName("Start refusals: S3 and presidium posts, other college, unknown department, duplicates, roster, JSON, starter")
  void startRefusals() {
    refused("[" + nominee("c-1", "secretariat", "VICE_CHAIR") + "]", "S3：");
    refused("[" + nominee("c-1", "secretariat", "PRESIDIUM") + "]", "学生代表大会");
    refused("[" + nominee("e-1", "secretariat", "STAFF") + "]", "属于学院 econ");
    refused("[" + nominee("c-1", "moon", "STAFF") + "]", "没有部门“moon”");
    refused("[" + nominee("c-1", "secretariat", "STAFF") + "," + nominee("c-1", "rights", "STAFF") + "]", "重复");
    refused("{\"studentId\":\"c-1\"}", "应为含 1–50 名人选的数组");
    refused("[]", "应为含 1–50 名人选的数组");
    refused("[not json", "不是有效的 JSON");
    records.member("school-su", "o-2", Post.STAFF, "rights");
    refused("[" + nominee("o-2", "secretariat", "STAFF") + "]", "已在校级学生会担任工作人员");
    engine.getIdentityService().setAuthentication("econ", List.of("college-econ-league"));
    refused("[" + nominee("c-1", "secretariat", "STAFF") + "]", "college-cs-league");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(records.nominations.openFor("school-su", "c-1")).isEmpty();
  }

  void refused(String nominees, String expected) {
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(KEY, withVariables("collegeId", "cs",
        "unionId", "school-su", "nominees", nominees)))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining(expected);
  }
}
