package edu.university.governance.rules;

import edu.university.governance.engine.QuotaTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** The quota limits of the real decision table bpmn/quota-limits.dmn, evaluated without a process engine. */
public final class TestQuotaLimits {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final DmnDecision TABLE = parse(Path.of("bpmn", "quota-limits.dmn"));

  private TestQuotaLimits() {
  }

  public static QuotaLimits of(UnionLevel level) {
    return QuotaTable.evaluate(DMN, TABLE, level);
  }

  private static DmnDecision parse(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return DMN.parseDecision(QuotaTable.DECISION_KEY, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
