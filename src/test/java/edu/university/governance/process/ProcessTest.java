package edu.university.governance.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import java.time.Year;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every process test: the in-memory engine of process-test.cfg.xml, fresh records with the
 * organisation of {@link TestRecords#withOrganisation()}, the glue of process/ registered, and the engine's
 * authentication and the registered beans cleared after each test. A test class declares the engine with
 * its coverage assertion, registers the delegates of its family, and adds the records its paths need:
 *
 * <pre>
 * &#64;RegisterExtension
 * static ProcessEngineCoverageExtension coverage = fullCoverage();
 *
 * &#64;BeforeEach
 * void records() {
 *   records.eligibleStudent("s-ok", "cs").registerNomination();
 * }
 * </pre>
 * A class that forgets the extension fails at once: nothing else can hand it the engine.
 */
public abstract class ProcessTest {

  protected ProcessEngine engine;
  protected TestRecords records;

  /**
   * The process-test engine, asserting that the class's tests together cover every element of every model
   * it deploys (100 %), except the models it only calls and whose own tests cover them.
   */
  protected static ProcessEngineCoverageExtension fullCoverage(String... calledOnly) {
    return ProcessEngineCoverageExtension.builder("process-test.cfg.xml")
        .excludeProcessDefinitionKeys(calledOnly).assertClassCoverageAtLeast(1.0).build();
  }

  /** A reviewer's decision as the review forms submit it. */
  protected static Map<String, Object> decision(boolean approved, String comment) {
    return withVariables("approved", approved, "comment", comment);
  }

  /** D1: the appointing league agrees, recording that the nominee signed the self-discipline convention today. */
  protected Map<String, Object> appointing(String comment) {
    Map<String, Object> variables = decision(true, comment);
    variables.put("conventionSignedAt", java.time.LocalDate.now(records.clock).toString());
    return variables;
  }

  /** The business key the start gave the instance, as the engine's history keeps it (running or ended). */
  protected String businessKey(ProcessInstance instance) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getBusinessKey();
  }

  /** This year in the service's zone, as the business keys carry it. */
  protected String thisYear() {
    return Year.now(records.clock).toString();
  }

  @BeforeEach
  void startWithRecords(ProcessEngine engine) {
    this.engine = engine;
    records = new TestRecords(engine).withOrganisation();
    records.registerSharedGlue();
  }

  @AfterEach
  void clearEngineState() {
    engine.getIdentityService().clearAuthentication();
    Mocks.reset();
  }
}
