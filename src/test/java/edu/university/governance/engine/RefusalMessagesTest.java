package edu.university.governance.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RefusalMessagesTest {

  private final RefusalMessages mapper = new RefusalMessages();

  @Test
  @DisplayName("A refusal that engine-rest wrapped with \"Cannot instantiate process definition {id}: \" answers its own message and status")
  void wrappedRefusalAnswersItsOwnMessage() {
    ProcedureRefusal refusal = new ProcedureRefusal(Response.Status.FORBIDDEN, "启动被拒绝（P1.1）：候选人由其所在学院团组织推荐");
    InvalidRequestException wrapped = new InvalidRequestException(refusal.getStatus(), refusal,
        "Cannot instantiate process definition fe070af6-ed9d-11f1-a7a9-02fc00000001: " + refusal.getMessage());

    Response response = mapper.toResponse(wrapped);

    assertThat(response.getStatus()).isEqualTo(403);
    ExceptionDto body = (ExceptionDto) response.getEntity();
    assertThat(body.getType()).isEqualTo("InvalidRequestException");
    assertThat(body.getMessage()).isEqualTo("启动被拒绝（P1.1）：候选人由其所在学院团组织推荐");
  }

  @Test
  @DisplayName("Any other InvalidRequestException is answered as Camunda answers it, prefix and all")
  void otherExceptionsUnchanged() {
    InvalidRequestException other = new InvalidRequestException(Response.Status.BAD_REQUEST,
        new ProcessEngineException("form field invalid"), "Cannot submit task form 3c72d9e4: form field invalid");

    Response response = mapper.toResponse(other);

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(((ExceptionDto) response.getEntity()).getMessage()).isEqualTo("Cannot submit task form 3c72d9e4: form field invalid");
  }

  @Test
  @DisplayName("Logging: refusals and translated client errors are the request's fault (INFO line, no ERROR); faults are not")
  void refusalsAreNotFaults() {
    assertThat(RefusalLogging.requestsFault(new ProcedureRefusal("“审核”：不同意时必须填写意见"))).isTrue();
    assertThat(RefusalLogging.requestsFault(new ProcessEngineException("listener failed", new ProcedureRefusal("x"))))
        .isTrue();
    assertThat(RefusalLogging.requestsFault(new NullValueException("task is null"))).isTrue();
    assertThat(RefusalLogging.requestsFault(new ProcessEngineException("ENGINE-03076 definition has instances"))).isTrue();
    assertThat(RefusalLogging.requestsFault(new ProcessEngineException("database is down"))).isFalse();
    assertThat(RefusalLogging.requestsFault(new OptimisticLockingException("collision"))).isFalse();
    assertThat(RefusalLogging.requestsFault(new IllegalStateException("bug"))).isFalse();
    assertThat(RefusalLogging.oneLine("第一行\n  第二行")).isEqualTo("第一行 第二行");
  }
}
