package edu.university.governance.engine;

import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * A {@link ProcedureRefusal} answered with the service's message alone. engine-rest's resources wrap what a
 * start or completion throws in an InvalidRequestException of the same status whose message they prefix with
 * "Cannot instantiate process definition {id}: " or "Cannot submit task form {id}: " (ProcessDefinitionResourceImpl,
 * TaskResourceImpl); Tasklist shows that message. Here the refusal's own message replaces it, in Camunda's
 * error format ({"type", "message"}) and with the same status. Every other exception is answered as Camunda
 * answers it (its RestExceptionHandler).
 */
public class RefusalMessages implements ExceptionMapper<InvalidRequestException> {

  @Override
  public Response toResponse(InvalidRequestException exception) {
    ProcedureRefusal refusal = refusalIn(exception);
    if (refusal == null) {
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
    ExceptionDto body = ExceptionHandlerHelper.getInstance().fromException(exception);
    body.setMessage(refusal.getMessage());
    return Response.status(exception.getStatus()).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** The refusal that is the exception or one of its causes, or null. */
  static ProcedureRefusal refusalIn(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof ProcedureRefusal refusal) {
        return refusal;
      }
    }
    return null;
  }

  /**
   * Registers the mapper in every Jersey application of the service: engine-rest and the webapps' engine API
   * (Tasklist, Cockpit), which the Camunda starters set up without a hook for providers. Listed in
   * META-INF/services/org.glassfish.jersey.internal.spi.AutoDiscoverable. The mapper is for the exact type
   * InvalidRequestException, so Jersey prefers it to Camunda's mapper for all RestExceptions.
   */
  public static final class Registration implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
      if (!context.getConfiguration().isRegistered(RefusalMessages.class)) {
        context.register(RefusalMessages.class);
      }
    }
  }
}
