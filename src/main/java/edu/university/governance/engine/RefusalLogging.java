package edu.university.governance.engine;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A refusal is logged in one INFO line; real faults keep their ERROR with the stack trace. Camunda's command
 * context logs every exception that ends a command as an ERROR with its stack trace (ENGINE-16004, logger
 * org.camunda.bpm.engine.context), except a few it logs at DEBUG (a BadUserRequestException, an optimistic
 * locking or authorization failure). Its command contexts here also log at DEBUG a {@link ProcedureRefusal} and
 * an exception that {@link ClientErrorTranslation} turns into one, and the refusal itself is logged once, at
 * INFO, by the logger edu.university.governance.engine.ProcedureRefusal (the translation logs its own).
 */
@Component
public class RefusalLogging extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ProcedureRefusal.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandContextFactory factory = new CommandContextFactory() {
      @Override
      public CommandContext createCommandContext() {
        return new RefusalAwareContext(processEngineConfiguration);
      }
    };
    factory.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(factory);
  }

  static final class RefusalAwareContext extends CommandContext {

    private String command = "";

    RefusalAwareContext(ProcessEngineConfigurationImpl configuration) {
      super(configuration);
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
      }
      return super.shouldLogFine(exception) || requestsFault(exception);
    }
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
