package edu.university.governance.engine;

import edu.university.governance.rules.QuotaLimit;
import edu.university.governance.rules.QuotaLimits;
import edu.university.governance.rules.QuotaLimitsSource;
import edu.university.governance.rules.QuotaRule;
import edu.university.governance.rules.UnionLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The quota limits from the latest deployed version of the decision table "quota-limits"
 * (bpmn/quota-limits.dmn). Deploying a new version changes the limits at the next check, with no code
 * change. The table is evaluated in memory by a DMN engine of its own, so a check leaves no decision
 * history and needs no command context. The limits a version gives for each level are evaluated once
 * and kept until a newer version is deployed: they depend on the level alone, and evaluating the
 * table's FEEL entries took about 2 ms a check (the benchmark's quota check, operator guide "Performance").
 */
@Component
public class QuotaTable implements QuotaLimitsSource {

  public static final String DECISION_KEY = "quota-limits";

  /** One version of the table and the limits it gives for every level. */
  private record Parsed(String definitionId, Map<UnionLevel, QuotaLimits> limits) {
  }

  private final ProcessEngine engine;
  /** A DMN engine of its own: the engine's one records history and metrics for every evaluation. */
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private volatile Parsed parsed;

  public QuotaTable(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public QuotaLimits limits(UnionLevel level) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    // the caller may not read decision definitions: the table is the service's, not the caller's
    Parsed latest = configuration.getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(this::latest));
    return latest.limits().get(level);
  }

  /** The limits a parsed quota table gives for one level of union. */
  public static QuotaLimits evaluate(DmnEngine dmn, DmnDecision decision, UnionLevel level) {
    List<Map<String, Object>> rows = dmn.evaluateDecisionTable(decision,
        Variables.createVariables().putValue("level", level.name())).getResultList();
    return new QuotaLimits(level, rows.stream().map(row -> new QuotaLimit(QuotaRule.valueOf((String) row.get("rule")),
        number(row.get("min")), number(row.get("max")), Boolean.TRUE.equals(row.get("hard")))).toList());
  }

  private Parsed latest() {
    DecisionDefinition definition = engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey(DECISION_KEY).latestVersion().singleResult();
    if (definition == null) {
      throw new IllegalStateException("The decision table " + DECISION_KEY + " is not deployed");
    }
    Parsed current = parsed;
    if (current != null && current.definitionId().equals(definition.getId())) {
      return current;
    }
    try (InputStream model = engine.getRepositoryService().getDecisionModel(definition.getId())) {
      DmnDecision decision = dmn.parseDecision(DECISION_KEY, model);
      Map<UnionLevel, QuotaLimits> limits = new EnumMap<>(UnionLevel.class);
      for (UnionLevel level : UnionLevel.values()) {
        limits.put(level, evaluate(dmn, decision, level));
      }
      current = new Parsed(definition.getId(), Collections.unmodifiableMap(limits));
      parsed = current;
      return current;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Integer number(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }
}
