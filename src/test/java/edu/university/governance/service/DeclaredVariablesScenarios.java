package edu.university.governance.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The channel test, generated from what is deployed (CONTRACT.md "Decisions in user tasks"): for every start
 * event with a form and every user task of every deployed process, each channel a caller has (start,
 * submit-form, complete, task, local, execution and process-instance variables, set, modify and delete, and the
 * webapps' engine API) is tried by the very office that may start it or holds the task, with one undeclared
 * variable and with each variable that another step of the same process declares. Each must be refused with
 * 400 naming the variable, and the instance, its task and the records must be as they were. A new task or
 * process is covered with no new test: the models, forms and candidate groups are read from the engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class DeclaredVariablesScenarios {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final String UNDECLARED = "notDeclaredByAnyForm";
  /** The field type recorded for a radio or select whose option values are all JSON booleans (同意 true / 不同意 false). */
  static final String BOOLEAN_CHOICE = "boolean-choice";
  static final ObjectMapper JSON = new ObjectMapper();
  static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
  static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w'])([a-zA-Z]\\w*)\\b(?!\\s*[.(])|'(\\w+)'");

  @LocalServerPort
  int port;
  Http http;
  final Map<String, Webapp> sessions = new HashMap<>();
  /** Requests that sent a JSON boolean for a variable another step declares as a boolean choice. */
  int booleanChoiceRequests;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  /** A deployed form: its inputs with their field types, and its display fields. */
  record Form(Map<String, String> inputs, Set<String> display) {
  }

  /** A start event or user task: its id, name, form, and the XML element for its expressions. */
  record Step(String id, String name, String formRef, Element element) {
  }

  record Model(String definitionId, String key, Step start, List<Step> tasks, Map<String, Form> forms) {

    Form formOf(Step step) {
      Form form = step.formRef() == null ? null : forms.get(step.formRef());
      return form == null ? new Form(Map.of(), Set.of()) : form;
    }

    /** Every variable another step declares and this one does not, with its field type. */
    Map<String, String> declaredElsewhere(Step step) {
      Map<String, String> others = new TreeMap<>();
      List<Step> steps = new ArrayList<>(tasks);
      if (start != null) {
        steps.add(start);
      }
      for (Step other : steps) {
        if (!other.id().equals(step.id())) {
          formOf(other).inputs().forEach(others::putIfAbsent);
        }
      }
      formOf(step).inputs().keySet().forEach(others::remove);
      return others;
    }
  }

  @Test
  @DisplayName("Every start and user task of every deployed process refuses, on every channel, an undeclared variable and each variable another step declares (400 naming it); nothing changes")
  void everyChannelRefusesWhatTheFormDoesNotDeclare() throws Exception {
    String recordsBefore = records();
    List<Model> models = deployedModels();
    assertThat(models).as("deployed processes").hasSizeGreaterThanOrEqualTo(8);
    int starts = 0;
    int tasks = 0;
    int requests = 0;
    for (Model model : models) {
      if (model.start() != null) {
        requests += tryStart(model);
        starts++;
      }
      for (Step task : model.tasks()) {
        requests += tryTask(model, task);
        tasks++;
      }
    }
    System.out.printf("Channel test: %d processes, %d start forms, %d user tasks, %d refused requests "
        + "(%d with a boolean choice such as approved)%n", models.size(), starts, tasks, requests, booleanChoiceRequests);
    assertThat(tasks).as("user tasks covered").isGreaterThanOrEqualTo(25);
    assertThat(booleanChoiceRequests).as("requests sending a boolean choice (approved) where it is not declared")
        .isPositive();
    assertThat(records()).as("the service's records after every refused request").isEqualTo(recordsBefore);
  }

  int tryStart(Model model) {
    String starter = starterOf(model.key());
    long before = http.get("admin", "/engine-rest/history/process-instance/count?processDefinitionKey=" + model.key())
        .json().get("count").asLong();
    Map<String, String> attempts = new LinkedHashMap<>();
    attempts.put(UNDECLARED, "textfield");
    attempts.putAll(model.declaredElsewhere(model.start()));
    int requests = 0;
    String definition = "/process-definition/key/" + model.key();
    for (Map.Entry<String, String> attempt : attempts.entrySet()) {
      String body = variables("variables", attempt.getKey(), attempt.getValue());
      String what = model.key() + " start as " + starter + " with " + attempt.getKey();
      refused(what + " /start", http.postJson(starter, "/engine-rest" + definition + "/start", body), attempt.getKey());
      refused(what + " /submit-form", http.postJson(starter, "/engine-rest" + definition + "/submit-form", body),
          attempt.getKey());
      refused(what + " webapp submit-form", session(starter).postEngine(definition + "/submit-form", body),
          attempt.getKey());
      requests += 3;
      booleanChoiceRequests += BOOLEAN_CHOICE.equals(attempt.getValue()) ? 3 : 0;
    }
    assertThat(http.get("admin", "/engine-rest/history/process-instance/count?processDefinitionKey=" + model.key())
        .json().get("count").asLong()).as(model.key() + ": instances after refused starts").isEqualTo(before);
    return requests;
  }

  int tryTask(Model model, Step task) throws Exception {
    ObjectNode start = JSON.createObjectNode();
    start.putArray("startInstructions").addObject().put("type", "startBeforeActivity").put("activityId", task.id());
    start.put("skipCustomListeners", true).put("skipIoMappings", true);
    start.set("variables", expressionVariables(task.element()));
    var started = http.postJson("admin", "/engine-rest/process-definition/" + model.definitionId() + "/start",
        start.toString());
    assertThat(started.status()).as(model.key() + " at " + task.id() + ": " + started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();
    JsonNode open = http.get("admin", "/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey="
        + task.id()).json();
    assertThat(open).as(model.key() + " task " + task.id()).hasSize(1);
    String taskId = open.get(0).get("id").asText();
    String executionId = open.get(0).get("executionId").asText();
    String holder = holderOf(taskId);
    assertThat(http.get(holder, "/engine-rest/task/" + taskId).status())
        .as(holder + " sees " + model.key() + " task " + task.id()).isEqualTo(200);

    String before = state(instanceId, taskId);
    Map<String, String> attempts = new LinkedHashMap<>();
    attempts.put(UNDECLARED, "textfield");
    attempts.putAll(model.declaredElsewhere(task));
    int requests = 0;
    for (Map.Entry<String, String> attempt : attempts.entrySet()) {
      String name = attempt.getKey();
      String what = model.key() + "/" + task.id() + " as " + holder + " with " + name;
      String asVariables = variables("variables", name, attempt.getValue());
      String asModifications = variables("modifications", name, attempt.getValue());
      String single = JSON.createObjectNode().set("value", value(attempt.getValue())).toString();
      String task0 = "/engine-rest/task/" + taskId;
      String instance = "/engine-rest/process-instance/" + instanceId;
      String execution = "/engine-rest/execution/" + executionId;
      refused(what + " complete", http.postJson(holder, task0 + "/complete", asVariables), name);
      refused(what + " submit-form", http.postJson(holder, task0 + "/submit-form", asVariables), name);
      for (String scope : List.of(task0 + "/variables", task0 + "/localVariables", instance + "/variables",
          execution + "/localVariables")) {
        refused(what + " POST " + scope, http.postJson(holder, scope, asModifications), name);
        refused(what + " POST " + scope + " deletion", http.postJson(holder, scope,
            "{\"deletions\":[\"" + name + "\"]}"), name);
        refused(what + " PUT " + scope, http.put(holder, scope + "/" + name, "application/json", single), name);
        refused(what + " DELETE " + scope, http.delete(holder, scope + "/" + name), name);
      }
      Webapp webapp = session(holder);
      refused(what + " webapp submit-form", webapp.postEngine("/task/" + taskId + "/submit-form", asVariables), name);
      refused(what + " webapp complete", webapp.postEngine("/task/" + taskId + "/complete", asVariables), name);
      refused(what + " webapp variables", webapp.postEngine("/task/" + taskId + "/variables", asModifications), name);
      requests += 21;
      booleanChoiceRequests += BOOLEAN_CHOICE.equals(attempt.getValue()) ? 21 : 0;
    }
    assertThat(state(instanceId, taskId)).as(model.key() + "/" + task.id() + " after refused requests").isEqualTo(before);
    assertThat(http.delete("admin", "/engine-rest/process-instance/" + instanceId + "?skipCustomListeners=true").status())
        .isEqualTo(204);
    return requests;
  }

  static void refused(String what, Http.Response response, String variable) {
    assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(400);
    assertThat(response.body()).as(what).contains(variable);
  }

  /** The instance's variables, its tasks and the task's identity links, as the administrator sees them. */
  String state(String instanceId, String taskId) {
    List<String> variables = new ArrayList<>();
    for (JsonNode variable : http.get("admin", "/engine-rest/variable-instance?processInstanceIdIn=" + instanceId
        + "&deserializeValues=false").json()) {
      variables.add(variable.get("name").asText() + "@" + variable.get("activityInstanceId").asText() + "="
          + variable.get("type").asText() + ":" + variable.get("value"));
    }
    variables.sort(String::compareTo);
    List<String> tasks = new ArrayList<>();
    for (JsonNode task : http.get("admin", "/engine-rest/task?processInstanceId=" + instanceId).json()) {
      ((ObjectNode) task).remove("formKey");
      tasks.add(task.toString());
    }
    tasks.sort(String::compareTo);
    return variables + "\n" + tasks + "\n" + http.get("admin", "/engine-rest/task/" + taskId + "/identity-links").body();
  }

  /** What the service records: every union's roster and quotas, and the candidates of this year. */
  String records() {
    StringBuilder records = new StringBuilder();
    int year = java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue();
    for (JsonNode union : http.get("admin", "/api/unions").json()) {
      String unionId = union.get("unionId").asText();
      records.append(http.get("admin", "/api/unions/" + unionId + "/roster").body())
          .append(http.get("admin", "/api/unions/" + unionId + "/quotas").body())
          .append(http.get("admin", "/api/unions/" + unionId + "/candidates?year=" + year).body());
    }
    return records.toString();
  }

  /** A group that may start the process (its demo user has the group's id), or any office for D3. */
  String starterOf(String key) {
    for (JsonNode grant : http.get("admin", "/engine-rest/authorization?type=1&resourceType=6&resourceId=" + key).json()) {
      if (grant.hasNonNull("groupId") && grant.toString().contains("CREATE_INSTANCE")) {
        return grant.get("groupId").asText();
      }
    }
    for (JsonNode grant : http.get("admin", "/engine-rest/authorization?type=1&resourceType=6&resourceId=*").json()) {
      if (grant.hasNonNull("groupId") && !grant.get("groupId").asText().equals("camunda-admin")) {
        return grant.get("groupId").asText();
      }
    }
    throw new AssertionError("No group may start " + key);
  }

  /** The demo user of the task's first candidate group. */
  String holderOf(String taskId) {
    for (JsonNode link : http.get("admin", "/engine-rest/task/" + taskId + "/identity-links?type=candidate").json()) {
      if (link.hasNonNull("groupId")) {
        return link.get("groupId").asText();
      }
    }
    throw new AssertionError("Task " + taskId + " has no candidate group");
  }

  Webapp session(String user) {
    return sessions.computeIfAbsent(user, u -> {
      Webapp webapp = new Webapp(port);
      assertThat(webapp.login("tasklist", u, Http.passwordOf(u)).status()).as("webapp login of " + u).isEqualTo(200);
      // the session's XSRF token comes with its first request after the login, as in Tasklist
      assertThat(webapp.getEngine("/filter").status()).isEqualTo(200);
      return webapp;
    });
  }

  /** Values for the variables a task's own expressions need (candidate groups, due dates): plausible demo values. */
  static ObjectNode expressionVariables(Element task) {
    ObjectNode variables = JSON.createObjectNode();
    for (int i = 0; i < task.getAttributes().getLength(); i++) {
      Matcher expression = EXPRESSION.matcher(task.getAttributes().item(i).getNodeValue());
      while (expression.find()) {
        Matcher identifier = IDENTIFIER.matcher(expression.group(1));
        while (identifier.find()) {
          // a variable, or the name of a fact (facts.of(execution, 'collegeId')): an instance started at an
          // activity has no facts, and the variables given stand in for them
          String name = identifier.group(1) != null ? identifier.group(1) : identifier.group(2);
          if (name.equals("execution") || name.equals("task")) {
            continue;
          }
          if (name.endsWith("Due") || name.endsWith("Date")) {
            variables.putObject(name).put("value", "2030-01-01T09:00:00.000+0800").put("type", "Date");
          } else {
            variables.putObject(name).put("value", name.endsWith("Group") ? "youth-league"
                : name.startsWith("college") ? "cs" : name.startsWith("union") ? "school-su" : "x");
          }
        }
      }
    }
    return variables;
  }

  static String variables(String member, String name, String fieldType) {
    ObjectNode body = JSON.createObjectNode();
    body.putObject(member).putObject(name).set("value", value(fieldType));
    return body.toString();
  }

  static JsonNode value(String fieldType) {
    return switch (fieldType) {
      case "checkbox", BOOLEAN_CHOICE -> JSON.getNodeFactory().booleanNode(true);
      case "number" -> JSON.getNodeFactory().numberNode(1);
      case "datetime" -> JSON.getNodeFactory().textNode("2030-01-01T09:00:00+08:00");
      default -> JSON.getNodeFactory().textNode("伪造的值");
    };
  }

  /** Every latest process definition with its start event, user tasks and the forms of its deployment. */
  List<Model> deployedModels() throws Exception {
    List<Model> models = new ArrayList<>();
    for (JsonNode definition : http.get("admin", "/engine-rest/process-definition?latestVersion=true").json()) {
      String id = definition.get("id").asText();
      String key = definition.get("key").asText();
      String xml = http.get("admin", "/engine-rest/process-definition/" + id + "/xml").json().get("bpmn20Xml").asText();
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document document = factory.newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      Element process = null;
      NodeList processes = document.getElementsByTagNameNS(BPMN, "process");
      for (int i = 0; i < processes.getLength(); i++) {
        if (key.equals(((Element) processes.item(i)).getAttribute("id"))) {
          process = (Element) processes.item(i);
        }
      }
      assertThat(process).as("process element of " + key).isNotNull();
      Step start = null;
      for (Node child = process.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element element && "startEvent".equals(element.getLocalName())
            && !element.getAttributeNS(CAMUNDA, "formRef").isEmpty() && !hasEventDefinition(element)) {
          start = step(element);
        }
      }
      List<Step> tasks = new ArrayList<>();
      NodeList userTasks = process.getElementsByTagNameNS(BPMN, "userTask");
      for (int i = 0; i < userTasks.getLength(); i++) {
        tasks.add(step((Element) userTasks.item(i)));
      }
      models.add(new Model(id, key, start, tasks, forms(definition.get("deploymentId").asText())));
    }
    return models;
  }

  static boolean hasEventDefinition(Element element) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && e.getLocalName().endsWith("EventDefinition")) {
        return true;
      }
    }
    return false;
  }

  static Step step(Element element) {
    String formRef = element.getAttributeNS(CAMUNDA, "formRef");
    return new Step(element.getAttribute("id"), element.getAttribute("name"), formRef.isEmpty() ? null : formRef,
        element);
  }

  Map<String, Form> forms(String deploymentId) throws Exception {
    Map<String, Form> forms = new HashMap<>();
    for (JsonNode resource : http.get("admin", "/engine-rest/deployment/" + deploymentId + "/resources").json()) {
      if (resource.get("name").asText().endsWith(".form")) {
        JsonNode form = JSON.readTree(http.get("admin", "/engine-rest/deployment/" + deploymentId + "/resources/"
            + resource.get("id").asText() + "/data").body());
        Map<String, String> inputs = new LinkedHashMap<>();
        Set<String> display = new LinkedHashSet<>();
        fields(form.path("components"), inputs, display);
        forms.put(form.get("id").asText(), new Form(inputs, display));
      }
    }
    return forms;
  }

  /** A radio or select whose options are all JSON booleans: Tasklist submits the chosen one as a Boolean. */
  static boolean booleanChoice(JsonNode component) {
    JsonNode values = component.path("values");
    if (!List.of("radio", "select").contains(component.path("type").asText()) || !values.isArray() || values.isEmpty()) {
      return false;
    }
    for (JsonNode option : values) {
      if (!option.path("value").isBoolean()) {
        return false;
      }
    }
    return true;
  }

  static void fields(JsonNode components, Map<String, String> inputs, Set<String> display) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        if (component.path("disabled").asBoolean() || component.path("readonly").asBoolean()) {
          display.add(component.get("key").asText());
        } else {
          inputs.put(component.get("key").asText(), booleanChoice(component) ? BOOLEAN_CHOICE : component.path("type").asText());
        }
      }
      fields(component.path("components"), inputs, display);
    }
  }
}
