package edu.university.governance.engine;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * Bad input refused inside the engine: at the start event (no instance is left, the transaction rolls
 * back) or when a task is completed (the task stays open). Its type is the REST layer's own
 * InvalidRequestException, because engine-rest and Tasklist pass a RestException's status on (400)
 * while they turn every ProcessEngineException into a 500. Execution listeners let it through unwrapped.
 */
public class ProcedureRefusal extends InvalidRequestException {

  public ProcedureRefusal(String message) {
    this(Response.Status.BAD_REQUEST, message);
  }

  public ProcedureRefusal(Response.Status status, String message) {
    super(status, message);
  }
}
