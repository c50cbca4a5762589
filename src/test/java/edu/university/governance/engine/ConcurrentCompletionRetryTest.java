package edu.university.governance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The retry of colliding completions on its own; H2ServiceIT and PostgresServiceIT run it against real collisions. */
class ConcurrentCompletionRetryTest {

  /** Stands for the rest of the engine's chain: collides the first given number of times, then answers. */
  static final class Colliding extends CommandInterceptor {

    final AtomicInteger calls = new AtomicInteger();
    private final int collisions;

    Colliding(int collisions) {
      this.collisions = collisions;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T execute(Command<T> command) {
      if (calls.incrementAndGet() <= collisions) {
        throw new OptimisticLockingException("Entity was updated by another transaction concurrently.");
      }
      return (T) "done";
    }
  }

  private static ConcurrentCompletionRetry.Retry retryBefore(Colliding rest) {
    ConcurrentCompletionRetry.Retry retry = new ConcurrentCompletionRetry.Retry();
    retry.setNext(rest);
    return retry;
  }

  private static final CompleteTaskCmd COMPLETION = new CompleteTaskCmd("task-1", Map.of("approved", true));

  @Test
  @DisplayName("A completion that collides is run again until it goes through")
  void completionRetried() {
    Colliding rest = new Colliding(2);
    assertThat((Object) retryBefore(rest).execute(COMPLETION)).isEqualTo("done");
    assertThat(rest.calls).hasValue(3);
  }

  @Test
  @DisplayName("After " + ConcurrentCompletionRetry.ATTEMPTS + " collisions the last one is reported")
  void attemptsBounded() {
    Colliding rest = new Colliding(Integer.MAX_VALUE);
    assertThatThrownBy(() -> retryBefore(rest).execute(COMPLETION)).isInstanceOf(OptimisticLockingException.class);
    assertThat(rest.calls).hasValue(ConcurrentCompletionRetry.ATTEMPTS);
  }

  @Test
  @DisplayName("Other commands, and a completion inside a caller's transaction, are never repeated")
  void onlyOutermostCompletions() {
    Colliding other = new Colliding(1);
    Command<Object> start = context -> null;
    assertThatThrownBy(() -> retryBefore(other).execute(start)).isInstanceOf(OptimisticLockingException.class);
    assertThat(other.calls).hasValue(1);

    Colliding nested = new Colliding(1);
    TransactionSynchronizationManager.setActualTransactionActive(true);
    try {
      assertThatThrownBy(() -> retryBefore(nested).execute(COMPLETION)).isInstanceOf(OptimisticLockingException.class);
    } finally {
      TransactionSynchronizationManager.setActualTransactionActive(false);
    }
    assertThat(nested.calls).hasValue(1);
  }
}
