package edu.university.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** D2/O1: every row of bpmn/activity-escalation.dmn, at its boundaries. */
class ActivityEscalationTableTest {

  static DmnEngine dmn;
  static DmnDecision table;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("bpmn", "activity-escalation.dmn"))) {
      table = dmn.parseDecision("activity-escalation", in);
    }
  }

  @ParameterizedTest(name = "{0}, {1} yuan → party committee: {2} ({3})")
  @CsvSource({
      "IMPORTANT_DECISION,  0,        true,  重要事项决策",
      "EXTERNAL_CONTACT,    0.01,     true,  涉及经费的对外联络",
      "EXTERNAL_CONTACT,    0,        false, 校团委权限内",
      "ACTIVITY,            49999.99, false, 校团委权限内",
      "ACTIVITY,            50000,    true,  经费 5 万元及以上",
      "FUNDS_AND_MATERIALS, 120000,   true,  经费 5 万元及以上",
      "INFORMATION_RELEASE, 0,        false, 校团委权限内"})
  @DisplayName("D2 escalation rows")
  void rows(String category, double budget, boolean escalate, String reason) {
    Map<String, Object> result = dmn.evaluateDecisionTable(table,
        Variables.createVariables().putValue("category", category).putValue("budgetYuan", budget)).getSingleResult()
        .getEntryMap();
    assertThat(result).containsEntry("toPartyCommittee", escalate).containsEntry("escalationReason", reason);
  }
}
