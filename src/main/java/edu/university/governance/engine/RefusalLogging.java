package edu.university.governance.engine;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A refusal is logged in one INFO line; real faults keep their ERROR with the stack trace. Camunda's command
 * context logs every exception that ends a command as an ERROR with its stack trace (ENGINE-16004, logger
 * org.camunda.bpm.engine.context), except a few it logs at DEBUG (a BadUserRequestException, an optimistic
 * locking or authorization failure). Its command contexts here also log at DEBUG a {@link ProcedureRefusal} and
 * an exception that {@link ClientErrorTranslation} turns into one, and the refusal itself is logged once, at
 * INFO, by the logger edu.university.governance.engine.ProcedureRefusal (the translation logs its own).
 * Each refusal logged here is also counted, by the rules its message cites, in the metric
 * {@code governance_refusals_total{rule="E2"}} (operator guide "Health and metrics").
 */
@Component
public class RefusalLogging extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ProcedureRefusal.class);
  /** The counter of refusals, tagged with a rule id of RULES.md (E2, Q3, P4, …) or "none". */
  public static final String REFUSALS = "governance.refusals";
  /** A rule id of RULES.md standing alone ("（P1.1）", "E2：", not "cs2301" or "ABC12"). */
  private static final Pattern RULE_ID = Pattern.compile("(?<![A-Za-z0-9])([CDEOPQRS]\\d{1,2})(?![A-Za-z0-9])");

  private final ObjectProvider<MeterRegistry> meters;

  /** meters: looked up at the first refusal (the engine and its plugins are built before the meter registry). */
  public RefusalLogging(ObjectProvider<MeterRegistry> meters) {
    this.meters = meters;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandContextFactory factory = new CommandContextFactory() {
      @Override
      public CommandContext createCommandContext() {
        return new RefusalAwareContext(processEngineConfiguration, RefusalLogging.this);
      }
    };
    factory.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(factory);
  }

  static final class RefusalAwareContext extends CommandContext {

    private final RefusalLogging refusals;
    private String command = "";

    RefusalAwareContext(ProcessEngineConfigurationImpl configuration, RefusalLogging refusals) {
      super(configuration);
      this.refusals = refusals;
    }

    @Override
    public void close(CommandInvocationContext invocation) {
      if (invocation.getCommand() != null) {
        command = invocation.getCommand().getClass().getSimpleName();
      }
      super.close(invocation);
    }

    @Override
    protected boolean shouldLogFine(Throwable exception) {
      ProcedureRefusal refusal = RefusalMessages.refusalIn(exception);
      if (refusal != null) {
        LOG.info("Refused {} ({}) for {}: {}", command, refusal.getStatus().getStatusCode(), getAuthenticatedUserId(),
            oneLine(refusal.getMessage()));
        refusals.count(refusal.getMessage());
      }
      return super.shouldLogFine(exception) || requestsFault(exception);
    }
  }

  /** Counts a refusal once under each rule its message cites, or under "none". */
  void count(String message) {
    MeterRegistry registry = meters.getIfAvailable();
    if (registry != null) {
      ruleIds(message).forEach(rule -> registry.counter(REFUSALS, "rule", rule).increment());
    }
  }

  /** The rule ids a refusal's message cites, in order, each once; "none" when it cites none. */
  static Set<String> ruleIds(String message) {
    Set<String> rules = new LinkedHashSet<>();
    Matcher matcher = RULE_ID.matcher(String.valueOf(message));
    while (matcher.find()) {
      rules.add(matcher.group(1));
    }
    return rules.isEmpty() ? Set.of("none") : rules;
  }

  /** A refusal, or an engine exception that {@link ClientErrorTranslation} answers as one: not a fault of the service. */
  static boolean requestsFault(Throwable exception) {
    return RefusalMessages.refusalIn(exception) != null
        || exception instanceof ProcessEngineException engine && ClientErrorTranslation.refusal(engine) != null;
  }

  static String oneLine(String message) {
    return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ");
  }
}
