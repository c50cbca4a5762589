package edu.university.governance.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Camunda's own OpenAPI description of engine-rest (openapi.json of org.camunda.bpm:camunda-engine-rest-openapi, the
 * engine's version), served beside the service's at /v3/api-docs/engine-rest so that Swagger UI shows both. Its
 * servers ("http://localhost:8080/engine-rest" and variants) are replaced by this service's /engine-rest, so that
 * "Try it out" calls the service that served the page.
 */
@Hidden
@RestController
public class EngineRestDescription {

  public static final String PATH = "/v3/api-docs/engine-rest";
  private static final String RESOURCE = "/openapi.json";

  private final ObjectMapper json;
  private volatile byte[] document;

  public EngineRestDescription(ObjectMapper json) {
    this.json = json;
  }

  @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  public byte[] document(HttpServletRequest request) {
    byte[] served = document;
    if (served == null) {
      served = read(request.getContextPath());
      document = served;
    }
    return served;
  }

  private byte[] read(String contextPath) {
    try (InputStream in = EngineRestDescription.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("camunda-engine-rest-openapi is not on the classpath (" + RESOURCE + ")");
      }
      ObjectNode description = (ObjectNode) json.readTree(in);
      description.putArray("servers").addObject().put("url", contextPath + "/engine-rest")
          .put("description", "engine-rest of this service (HTTP Basic)");
      return json.writeValueAsBytes(description);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
