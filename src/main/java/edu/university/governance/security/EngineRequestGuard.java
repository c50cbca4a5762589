package edu.university.governance.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two inputs make Camunda's REST layer answer 500 (found by the bad-input sweep): a JSON body that is
 * the literal null (a NullPointerException), and a variable of type Json whose value is not JSON (the
 * engine fails to deserialize it). Both are refused here with 400 in Camunda's error format, before
 * they reach engine-rest or the webapps' engine API. Every other request passes on unchanged.
 */
public class EngineRequestGuard extends OncePerRequestFilter {

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String contentType = request.getContentType();
    boolean jsonBody = ("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))
        && contentType != null && contentType.toLowerCase().startsWith("application/json");
    if (!jsonBody) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    String refusal = refusal(new String(body, StandardCharsets.UTF_8));
    if (refusal != null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json;charset=UTF-8");
      ObjectNode error = json.createObjectNode().put("type", "InvalidRequestException").put("message", refusal);
      response.getWriter().write(json.writeValueAsString(error));
      return;
    }
    chain.doFilter(new CachedBody(request, body), response);
  }

  /** Why the body is refused, or null to let it through (malformed JSON is left to Camunda's own 400). */
  String refusal(String body) {
    if (body.strip().equals("null")) {
      return "请求体不能为 null，应为 JSON 对象";
    }
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      return null;
    }
    JsonNode variables = root == null ? null : root.get("variables");
    if (variables == null || !variables.isObject()) {
      return null;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      JsonNode type = variable.getValue().get("type");
      JsonNode value = variable.getValue().get("value");
      if (type != null && "json".equalsIgnoreCase(type.asText()) && value != null && value.isTextual()) {
        try {
          json.readTree(value.asText());
        } catch (IOException e) {
          return "变量 " + variable.getKey() + " 的类型为 Json，但其值不是有效的 JSON";
        }
      }
    }
    return null;
  }

  /** The request with its body read once and served again to the rest of the chain. */
  private static final class CachedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous body");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
