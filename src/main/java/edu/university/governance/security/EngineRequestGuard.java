package edu.university.governance.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.university.governance.engine.RuntimeLookup;
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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Requests that make Camunda's REST layer answer 500, refused here with a 4xx in Camunda's error format
 * ({"type", "message"}) before they reach engine-rest or the webapps' engine API (bad-input sweeps):
 * <ul>
 *   <li>a JSON body that is the literal null (a NullPointerException);</li>
 *   <li>a variable, wherever a body carries variables (start, submit-form, complete, resolve, condition,
 *   message, signal, modifications, a single variable's PUT), that the engine cannot store or read back:
 *   a Json value that is not JSON; a String of more than 4,000 characters (the TEXT_ column; Camunda keeps
 *   only Json, Object and Bytes values as byte arrays); an Object in Java serialization (prohibited: 500 at
 *   once) or in a format or of a class the engine cannot deserialize (stored, then every read of the
 *   instance's variables, Tasklist's form included, answers 500); an Xml value (no XML data format here);</li>
 *   <li>a negative firstResult or maxResults;</li>
 *   <li>a request about a task, process instance or execution that has ended or never existed: 409 for a
 *   write to a task that has ended (a colleague has just completed it), 404 otherwise.</li>
 * </ul>
 * Every other request passes on unchanged.
 */
public class EngineRequestGuard extends OncePerRequestFilter {

  /** ACT_RU_VARIABLE.TEXT_ and its history twin hold at most 4,000 characters. */
  static final int STRING_LIMIT = 4000;
  /** ACT_RU_VARIABLE.NAME_ holds at most 255 characters. */
  static final int NAME_LIMIT = 255;

  /** Fields of a request body whose value is a map of variables, at any depth (startInstructions[].variables). */
  private static final Set<String> VARIABLE_MAPS = Set.of("variables", "modifications", "processVariables",
      "processVariablesLocal", "processVariablesToTriggeredScope", "correlationKeys", "localCorrelationKeys",
      "localVariables");
  private static final Pattern RESOURCE = Pattern.compile(
      "^(/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/(task|process-instance|execution)/([^/]+)(/.*)?$");
  /** Paths under a resource that are collections, not ids (TaskRestService, ProcessInstanceRestService, ...). */
  private static final Set<String> NOT_IDS = Set.of("count", "create", "report", "delete", "delete-historic-query-based",
      "job-retries", "job-retries-historic-query-based", "message-async", "suspended", "suspended-async",
      "variables-async");
  /** PUT .../variables/{name}: the body is the variable itself. */
  private static final Pattern SINGLE_VARIABLE = Pattern.compile(".*/(?:variables|localVariables)/([^/]+)$");

  /** Negative paging reached the database as a negative OFFSET/LIMIT (a 500). */
  private static final List<String> PAGING = List.of("firstResult", "maxResults");

  private final ObjectMapper json = new ObjectMapper();
  private final RuntimeLookup runtime;

  public EngineRequestGuard(RuntimeLookup runtime) {
    this.runtime = runtime;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher resource = RESOURCE.matcher(path);
    boolean aboutOne = resource.matches() && !NOT_IDS.contains(resource.group(3));
    boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
    // engine-rest has authenticated the caller by now (ProcessEngineAuthenticationFilter comes first), so an
    // unknown id or a write to an ended task is answered at once; the webapps authenticate after this filter,
    // so there, as for everything else, a resource that is gone is looked up only after a failure (below)
    if (aboutOne && path.startsWith("/engine-rest")) {
      String kind = resource.group(2);
      RuntimeLookup.State state = state(kind, resource.group(3));
      if (state == RuntimeLookup.State.UNKNOWN || state == RuntimeLookup.State.ENDED && write && kind.equals("task")) {
        refuse(response, gone(kind, resource.group(3), write, state));
        return;
      }
    }
    // from the query string only: getParameter would read a form body that engine-rest is still to read
    String query = request.getQueryString() == null ? "" : request.getQueryString();
    for (String pair : query.split("&")) {
      String[] nameValue = pair.split("=", 2);
      if (nameValue.length == 2 && PAGING.contains(nameValue[0])
          && decoded(nameValue[1]).strip().matches("-\\d+")) {
        refuse(response, new Refusal(HttpServletResponse.SC_BAD_REQUEST, "分页参数 " + nameValue[0] + " 不能为负数"));
        return;
      }
    }
    String contentType = request.getContentType();
    boolean jsonBody = ("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))
        && contentType != null && contentType.toLowerCase().startsWith("application/json");
    HttpServletRequest forwarded = request;
    if (jsonBody) {
      byte[] body = request.getInputStream().readAllBytes();
      Matcher single = SINGLE_VARIABLE.matcher(path);
      String refusal = refusal(new String(body, StandardCharsets.UTF_8),
          "PUT".equals(request.getMethod()) && single.matches() ? single.group(1) : null);
      if (refusal != null) {
        refuse(response, new Refusal(HttpServletResponse.SC_BAD_REQUEST, refusal));
        return;
      }
      forwarded = new CachedBody(request, body);
    }
    if (!aboutOne) {
      chain.doFilter(forwarded, response);
      return;
    }
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(forwarded, answer);
    // a failure about a task or instance that is gone (a 500, or a 400 from the engine) is explained by its being
    // gone: two completions of one task at the same moment, an ended instance. A 403 only where it was a write: the
    // second of two simultaneous completions may find the task's candidate links already deleted by the first
    boolean failed = answer.getStatus() >= 400 && answer.getStatus() != 401 && (answer.getStatus() != 403 || write);
    RuntimeLookup.State state = failed ? state(resource.group(2), resource.group(3)) : RuntimeLookup.State.RUNNING;
    if (state != RuntimeLookup.State.RUNNING) {
      answer.resetBuffer();
      answer.setContentType(null);
      refuse(response, gone(resource.group(2), resource.group(3), write, state));
      return;
    }
    answer.copyBodyToResponse();
  }

  private RuntimeLookup.State state(String kind, String id) {
    return kind.equals("task") ? runtime.task(decoded(id)) : runtime.execution(decoded(id));
  }

  /** 409 for a write to a task that has ended, 404 for anything else that has ended or never existed. */
  private static Refusal gone(String kind, String id, boolean write, RuntimeLookup.State state) {
    String what = switch (kind) {
      case "task" -> "任务 ";
      case "process-instance" -> "流程实例 ";
      default -> "执行 ";
    } + decoded(id);
    if (state == RuntimeLookup.State.UNKNOWN) {
      return new Refusal(HttpServletResponse.SC_NOT_FOUND, what + " 不存在");
    }
    return kind.equals("task") && write
        ? new Refusal(HttpServletResponse.SC_CONFLICT, what + " 已经办理完毕（可能刚由他人完成），不能再操作")
        : new Refusal(HttpServletResponse.SC_NOT_FOUND, what + " 已经结束");
  }

  /** A path or query segment decoded; as it is when it is not well encoded (URLDecoder would throw). */
  private static String decoded(String segment) {
    try {
      return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return segment;
    }
  }

  private record Refusal(int status, String message) {
  }

  private void refuse(HttpServletResponse response, Refusal refusal) throws IOException {
    response.setStatus(refusal.status());
    response.setContentType("application/json;charset=UTF-8");
    String type = refusal.status() == HttpServletResponse.SC_BAD_REQUEST ? "InvalidRequestException"
        : refusal.status() == HttpServletResponse.SC_CONFLICT ? "TaskAlreadyCompleted" : "NotFound";
    ObjectNode error = json.createObjectNode().put("type", type).put("message", refusal.message());
    // bytes, not a writer: after a 500 (below) the webapp has already taken the response's output stream
    response.getOutputStream().write(json.writeValueAsBytes(error));
  }

  /**
   * Why the body is refused, or null to let it through (malformed JSON is left to Camunda's own 400).
   * singleVariable: the variable's name when the body is one variable (PUT .../variables/{name}).
   */
  String refusal(String body, String singleVariable) {
    if (body.strip().equals("null")) {
      return "请求体不能为 null，应为 JSON 对象";
    }
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      return null;
    }
    if (root == null) {
      return null;
    }
    if (singleVariable != null) {
      return variableRefusal(decoded(singleVariable), root);
    }
    return refusalWithin(root);
  }

  private String refusalWithin(JsonNode node) {
    if (node.isArray()) {
      for (JsonNode element : node) {
        String refusal = refusalWithin(element);
        if (refusal != null) {
          return refusal;
        }
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String refusal = VARIABLE_MAPS.contains(field.getKey()) && field.getValue().isObject()
            ? variablesRefusal(field.getValue()) : refusalWithin(field.getValue());
        if (refusal != null) {
          return refusal;
        }
      }
    }
    return null;
  }

  private String variablesRefusal(JsonNode variables) {
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      String refusal = variableRefusal(variable.getKey(), variable.getValue());
      if (refusal != null) {
        return refusal;
      }
    }
    return null;
  }

  /** Why one variable ({"value", "type", "valueInfo"}) cannot be stored and read back, or null. */
  String variableRefusal(String name, JsonNode variable) {
    if (name.length() > NAME_LIMIT) {
      return "变量名 " + name.substring(0, 40) + "… 有 " + name.length() + " 个字符，超过 " + NAME_LIMIT + " 个字符的上限";
    }
    if (!variable.isObject()) {
      return null;
    }
    JsonNode typeNode = variable.get("type");
    String type = typeNode == null || typeNode.isNull() ? null : typeNode.asText().toLowerCase();
    JsonNode value = variable.get("value");
    if ((type == null || type.equals("string")) && value != null && value.isTextual()
        && value.asText().length() > STRING_LIMIT) {
      return "变量 " + name + " 的值有 " + value.asText().length() + " 个字符，超过字符串变量 " + STRING_LIMIT + " 个字符的上限";
    }
    if ("json".equals(type) && value != null && value.isTextual()) {
      try {
        json.readTree(value.asText());
      } catch (IOException e) {
        return "变量 " + name + " 的类型为 Json，但其值不是有效的 JSON";
      }
    }
    if ("xml".equals(type)) {
      return "变量 " + name + " 的类型 Xml 不受支持，请改用 String 或 Json";
    }
    if ("object".equals(type)) {
      return objectRefusal(name, variable.get("valueInfo"));
    }
    return null;
  }

  private String objectRefusal(String name, JsonNode valueInfo) {
    String format = valueInfo == null || valueInfo.get("serializationDataFormat") == null ? null
        : valueInfo.get("serializationDataFormat").asText();
    if (format == null || !format.startsWith("application/json")) {
      return "变量 " + name + " 是序列化对象（格式 " + (format == null ? "未注明" : format)
          + "），不予接受：请改用 String、数字、Boolean、Date 或 Json";
    }
    String typeName = valueInfo.get("objectTypeName") == null ? null : valueInfo.get("objectTypeName").asText();
    if (typeName == null || typeName.isBlank()) {
      return "变量 " + name + " 是对象，但没有注明对象类型（objectTypeName），读取时无法还原，不予接受";
    }
    // every class of the canonical type name (java.util.ArrayList<java.lang.String>), as Spin reads it back;
    // loaded without initialising it
    for (String className : typeName.split("[<>,\\s\\[\\]]+")) {
      try {
        if (!className.isEmpty()) {
          Class.forName(className, false, getClass().getClassLoader());
        }
      } catch (ClassNotFoundException | LinkageError e) {
        return "变量 " + name + " 的对象类型 " + typeName + " 在本服务中不存在，读取时无法还原，不予接受";
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
