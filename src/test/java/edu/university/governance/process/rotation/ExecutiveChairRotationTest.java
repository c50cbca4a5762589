package edu.university.governance.process.rotation;

import edu.university.governance.engine.ProcedureRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import edu.university.governance.process.ProcessTest;
import edu.university.governance.records.ChairRotations;
import edu.university.governance.rules.Post;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of S2 (executive-chair-rotation); the semester timer is tested in SemesterScheduleTest. */
@Deployment(resources = {"bpmn/executive-chair-rotation.bpmn", "forms/chair-rotation-start.form"})
class ExecutiveChairRotationTest extends ProcessTest {

  static final String KEY = "executive-chair-rotation";

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = fullCoverage();

  ChairRotations chairs;

  @BeforeEach
  void records() {
    records.members("cs-su", "cs", "p", 3, Post.PRESIDIUM, null)
        .members("econ-su", "econ", "solo", 1, Post.PRESIDIUM, null)
        .registerRotation();
    chairs = records.chairRotations();
  }

  ProcessInstance rotate(String unionId, String semester) {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, withVariables("unionId", unionId, "semester", semester));
  }

  @Test
  @DisplayName("S2 by hand: each semester the next presidium member becomes executive chair; a semester rotates once")
  void rotatesInTurn() {
    ProcessInstance first = rotate("cs-su", "2026-2027-1");
    assertThat(first).isEnded().hasPassed("rotateChair", "rotated")
        .variables().containsEntry("outcome", "ROTATED").containsEntry("executiveChair", "p-1");
    assertThat(businessKey(first)).isEqualTo("S2-2026-2027-1-cs-su");
    assertThat(rotate("cs-su", "2026-2027-2")).variables().containsEntry("executiveChair", "p-2");
    assertThat(rotate("cs-su", "2026-2027-2")).variables().containsEntry("executiveChair", "p-2");
    assertThat(chairs.current("cs-su").orElseThrow().upcoming()).containsExactly("p-3", "p-1", "p-2");
  }

  @Test
  @DisplayName("S2: a removed member leaves the rotation; a presidium of one keeps the chair")
  void removedLeavesOneKeeps() {
    rotate("cs-su", "2026-2027-1");
    records.roster.end("cs-su", "p-2", java.time.Instant.now(), "D3");
    assertThat(rotate("cs-su", "2026-2027-2")).variables().containsEntry("executiveChair", "p-3");
    assertThat(rotate("econ-su", "2026-2027-1")).variables().containsEntry("executiveChair", "solo-1");
    assertThat(rotate("econ-su", "2026-2027-2")).variables().containsEntry("executiveChair", "solo-1");
  }

  @Test
  @DisplayName("S2 start refusals: a malformed semester, an unknown union, a starter outside the Youth League committee")
  void startRefusals() {
    assertThatThrownBy(() -> rotate("cs-su", "2026-1")).isInstanceOf(ProcedureRefusal.class).hasMessageContaining("2026-2027-1");
    assertThatThrownBy(() -> rotate("mars-su", "2026-2027-1")).isInstanceOf(ProcedureRefusal.class)
        .hasMessageContaining("mars-su 不存在");
    engine.getIdentityService().setAuthentication("u", List.of("union-cs-su"));
    assertThatThrownBy(() -> rotate("cs-su", "2026-2027-1")).isInstanceOf(ProcedureRefusal.class)
        .hasMessageContaining("youth-league");
    assertThat(chairs.current("cs-su")).isEmpty();
  }
}
