package edu.university.governance.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Parallel reviewers (P1.3's three offices) may complete their tasks at the same moment. At the join the
 * engine then lets one completion through and refuses the other with an OptimisticLockingException,
 * which engine-rest and Tasklist would show as a 500. Such a completion is run again, in a transaction
 * of its own that now sees the other's work, so the join can stay synchronous: no job per arriving
 * reviewer, and the next task is there as soon as the last review is in (the asynchronous join cost a
 * tenth to a fifth of P1's service CPU in the benchmark). Only a completion that is a request of its own is
 * repeated; the failed attempt was rolled back whole, the service's own records included.
 */
@Component
public class ConcurrentCompletionRetry extends AbstractProcessEnginePlugin {

  static final int ATTEMPTS = 5;
  private static final Logger LOG = LoggerFactory.getLogger(ConcurrentCompletionRetry.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new Retry());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  /** Outside the engine's transaction: each attempt gets a new transaction and a new command context. */
  static final class Retry extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      boolean completion = command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd;
      boolean outermost = Context.getCommandContext() == null && !TransactionSynchronizationManager.isActualTransactionActive();
      if (!completion || !outermost) {
        return next.execute(command);
      }
      for (int attempt = 1; ; attempt++) {
        try {
          return next.execute(command);
        } catch (OptimisticLockingException e) {
          if (attempt == ATTEMPTS) {
            throw e;
          }
          LOG.debug("Task completion collided with a concurrent one (attempt {} of {}), running it again: {}", attempt,
              ATTEMPTS, e.getMessage());
        }
      }
    }
  }
}
