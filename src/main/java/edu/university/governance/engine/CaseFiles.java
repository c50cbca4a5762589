package edu.university.governance.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.university.governance.records.DecisionRepository.Decision;
import edu.university.governance.records.OutcomeRepository.Outcome;
import edu.university.governance.records.Procedures;
import edu.university.governance.records.RecordException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The case file of a procedure (CONTRACT.md "Procedures, their case files and decision records"): the engine's
 * history (key, business key, state, times) with the service's records (subject, outcome, decisions). The caller's
 * right to read is decided first, on the service's records; the engine's history is then read without the engine's
 * authorization checks, for this lookup only (a league may read the case file of a nomination whose instance its
 * members cannot see in Cockpit).
 */
@Component
public class CaseFiles {

  public static final String RUNNING = "RUNNING";
  public static final String ENDED = "ENDED";
  public static final String CANCELLED = "CANCELLED";
  static final String CANCELLED_REASON = "流程实例已被取消";

  /** One decision as the case file shows it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DecisionEntry(String step, String stepName, String subject, String office, String userId,
                              String userName, String decidedAt, Boolean approved, String handling, JsonNode details,
                              String comment) {
  }

  /** A procedure; {@code decisions} only for one procedure read on its own. */
  public record CaseFile(String processInstanceId, String processDefinitionKey, String businessKey, String state,
                         String outcome, String reason, Map<String, Object> subject, String startedBy,
                         String startedAt, String endedAt,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<DecisionEntry> decisions) {
  }

  /** A step the procedure waits in now: its name, the groups that may take it, who has claimed it, since when. */
  public record OpenStep(String name, List<String> groups, String assignee, String since) {
  }

  /**
   * What the case-file page shows: the case file, the procedure's name, the names of the people and of the offices
   * (groups) it mentions, the steps it waits in, and its diagram with the path taken ({@link DiagramSvg}).
   */
  public record Page(CaseFile file, String procedureName, Map<String, String> people, Map<String, String> offices,
                     List<OpenStep> open, String diagram) {
  }

  /** Who asks: administrators read everything, others what their groups (or they themselves) started or decide in. */
  public record Reader(String userId, boolean admin, Collection<String> groupIds) {
  }

  /** The list's filters; null or blank means any. */
  public record Filter(String processDefinitionKey, String state, String outcome, String studentId, Integer year) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Procedures procedures;
  private final HistoryService history;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final CommandExecutor commands;
  private final Clock clock;

  public CaseFiles(Procedures procedures, ProcessEngine engine, Clock clock) {
    this.procedures = procedures;
    this.history = engine.getHistoryService();
    this.tasks = engine.getTaskService();
    this.repository = engine.getRepositoryService();
    this.identity = engine.getIdentityService();
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    this.clock = clock;
  }

  /** One procedure with its decisions: 404 when unknown, 403 when the reader has no part in it. */
  public CaseFile read(String processInstanceId, Reader reader) {
    return withDecisions(readable(processInstanceId, reader));
  }

  /** The case file with what its page shows beside it; the same right to read as {@link #read}. */
  public Page page(String processInstanceId, Reader reader) {
    HistoricProcessInstance instance = readable(processInstanceId, reader);
    CaseFile file = withDecisions(instance);
    List<OpenStep> open = openSteps(processInstanceId);
    Set<String> groups = new LinkedHashSet<>();
    Set<String> users = new LinkedHashSet<>();
    users.add(file.startedBy());
    file.decisions().forEach(decision -> {
      groups.add(decision.office());
      users.add(decision.userId());
    });
    open.forEach(step -> {
      groups.addAll(step.groups());
      users.add(step.assignee());
    });
    Map<String, String> people = userNames(users.stream().toList());
    Map<String, String> offices = groupNames(groups);
    return withoutAuthorization(() -> new Page(file,
        repository.getProcessDefinition(instance.getProcessDefinitionId()).getName(), people, offices, open,
        DiagramSvg.render(repository.getBpmnModelInstance(instance.getProcessDefinitionId()), path(processInstanceId))));
  }

  /** The instance, when it exists and the reader has a part in it: 404, 403 otherwise. */
  private HistoricProcessInstance readable(String processInstanceId, Reader reader) {
    HistoricProcessInstance instance = withoutAuthorization(() ->
        history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult());
    if (instance == null) {
      throw RecordException.notFound("processInstanceId", "流程实例 " + processInstanceId + " 不存在");
    }
    if (!mayRead(instance, reader)) {
      throw RecordException.forbidden("无权查看流程实例 " + processInstanceId + " 的档案：只有发起、审批该流程的组织"
          + "和系统管理员可以查看");
    }
    return instance;
  }

  private CaseFile withDecisions(HistoricProcessInstance instance) {
    String processInstanceId = instance.getId();
    List<Decision> decided = procedures.decisions(processInstanceId);
    Map<String, String> names = userNames(decided.stream().map(Decision::userId).toList());
    List<DecisionEntry> entries = decided.stream().map(decision -> new DecisionEntry(decision.step(),
        decision.stepName(), decision.subject(), decision.office(), decision.userId(), names.get(decision.userId()),
        time(Date.from(decision.decidedAt())), decision.approved(), decision.handling(), details(decision.details()),
        decision.comment())).toList();
    return caseFile(instance, entries);
  }

  /** The procedures the reader's groups started or decided in (administrators: all), newest first. */
  public List<CaseFile> list(Filter filter, Reader reader) {
    if (filter.state() != null && !List.of(RUNNING, ENDED, CANCELLED).contains(filter.state())) {
      throw RecordException.invalid("state", null, "state 应为 RUNNING、ENDED 或 CANCELLED，而不是 " + filter.state());
    }
    Set<String> ids = null;
    if (!reader.admin()) {
      ids = procedures.ofGroups(reader.groupIds());
      ids.addAll(procedures.startedByUser(reader.userId()));
    }
    if (filter.studentId() != null) {
      Set<String> aboutStudent = procedures.ofStudent(filter.studentId());
      ids = ids == null ? aboutStudent : intersection(ids, aboutStudent);
    }
    if (ids != null && ids.isEmpty()) {
      return List.of();
    }
    Set<String> selected = ids;
    List<HistoricProcessInstance> found = withoutAuthorization(() -> {
      HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery();
      if (selected != null) {
        query.processInstanceIds(selected);
      }
      if (filter.processDefinitionKey() != null) {
        query.processDefinitionKey(filter.processDefinitionKey());
      }
      if (RUNNING.equals(filter.state())) {
        query.unfinished();
      } else if (filter.state() != null) {
        query.finished();
      }
      if (filter.year() != null) {
        LocalDate first = LocalDate.of(filter.year(), 1, 1);
        query.startedAfter(Date.from(first.atStartOfDay(clock.getZone()).toInstant()))
            .startedBefore(Date.from(first.plusYears(1).atStartOfDay(clock.getZone()).toInstant()));
      }
      return query.orderByProcessInstanceStartTime().desc().list();
    });
    return found.stream()
        .filter(instance -> filter.year() == null || startYear(instance) == filter.year())
        .map(instance -> caseFile(instance, null))
        .filter(file -> filter.state() == null || filter.state().equals(file.state()))
        .filter(file -> filter.outcome() == null || filter.outcome().equals(file.outcome()))
        .toList();
  }

  private boolean mayRead(HistoricProcessInstance instance, Reader reader) {
    if (reader.admin() || reader.userId().equals(procedures.startedBy(instance.getId()).orElse(null))) {
      return true;
    }
    Set<String> parties = procedures.participants(instance.getId());
    if (instance.getEndTime() == null) {
      parties.addAll(candidateGroups(instance.getId()));
    }
    return reader.groupIds().stream().anyMatch(parties::contains);
  }

  /**
   * The path taken, from the engine's history: the elements passed through, and those the procedure waits in (or,
   * cancelled, stopped in). A multi-instance body counts as its activity; a subprocess still running as passed.
   */
  private DiagramSvg.Path path(String processInstanceId) {
    Set<String> passed = new LinkedHashSet<>();
    Set<String> current = new LinkedHashSet<>();
    for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId).list()) {
      String id = activity.getActivityId().replace("#multiInstanceBody", "");
      boolean container = "subProcess".equals(activity.getActivityType())
          || "multiInstanceBody".equals(activity.getActivityType());
      if (!container && (activity.getEndTime() == null || activity.isCanceled())) {
        current.add(id);
      } else {
        passed.add(id);
      }
    }
    passed.removeAll(current);
    return new DiagramSvg.Path(passed, current);
  }

  /** The tasks the running instance waits in, with their candidate groups. */
  private List<OpenStep> openSteps(String processInstanceId) {
    return withoutAuthorization(() -> tasks.createTaskQuery().processInstanceId(processInstanceId)
        .orderByTaskCreateTime().asc().list().stream()
        .map(task -> new OpenStep(task.getName(), tasks.getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLink::getGroupId).toList(), task.getAssignee(), time(task.getCreateTime())))
        .toList());
  }

  /** The groups' names as Camunda Admin shows them. */
  private Map<String, String> groupNames(Collection<String> groupIds) {
    String[] ids = groupIds.stream().filter(id -> id != null).distinct().toArray(String[]::new);
    Map<String, String> names = new HashMap<>();
    if (ids.length > 0) {
      withoutAuthorization(() -> identity.createGroupQuery().groupIdIn(ids).list())
          .forEach(group -> names.put(group.getId(), group.getName() == null ? group.getId() : group.getName()));
    }
    return names;
  }

  /** The groups that hold a task of the running instance now (about to decide in it). */
  private Set<String> candidateGroups(String processInstanceId) {
    return withoutAuthorization(() -> {
      Set<String> groups = new LinkedHashSet<>();
      for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
          if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
            groups.add(link.getGroupId());
          }
        }
      }
      return groups;
    });
  }

  private CaseFile caseFile(HistoricProcessInstance instance, List<DecisionEntry> decisions) {
    String id = instance.getId();
    String state = state(instance);
    Optional<Outcome> outcome = procedures.outcome(id);
    String reason = outcome.map(Outcome::reason).orElse(null);
    if (reason == null && CANCELLED.equals(state)) {
      reason = instance.getDeleteReason() == null ? CANCELLED_REASON : instance.getDeleteReason();
    }
    return new CaseFile(id, instance.getProcessDefinitionKey(), instance.getBusinessKey(), state,
        outcome.map(Outcome::outcome).orElse(null), reason, procedures.subject(id),
        procedures.startedBy(id).orElse(instance.getStartUserId()), time(instance.getStartTime()),
        time(instance.getEndTime()), decisions);
  }

  static String state(HistoricProcessInstance instance) {
    return switch (instance.getState()) {
      case HistoricProcessInstance.STATE_COMPLETED -> ENDED;
      case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED, HistoricProcessInstance.STATE_INTERNALLY_TERMINATED ->
          CANCELLED;
      default -> RUNNING;
    };
  }

  /** The Camunda user's name as the webapps show it: first name, then last name. */
  private Map<String, String> userNames(List<String> userIds) {
    String[] ids = userIds.stream().filter(id -> id != null).distinct().toArray(String[]::new);
    Map<String, String> names = new HashMap<>();
    if (ids.length > 0) {
      List<User> users = withoutAuthorization(() -> identity.createUserQuery().userIdIn(ids).list());
      for (User user : users) {
        names.put(user.getId(), displayName(user));
      }
    }
    return names;
  }

  /** The user's name as the webapps show it: first name, then last name; the id when the profile has neither. */
  public static String displayName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }

  private int startYear(HistoricProcessInstance instance) {
    return instance.getStartTime().toInstant().atZone(clock.getZone()).getYear();
  }

  /** ISO-8601 with the offset of the service's zone, to the second. */
  private String time(Date date) {
    return date == null ? null : OffsetDateTime.ofInstant(date.toInstant(), clock.getZone())
        .truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static JsonNode details(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      return JSON.getNodeFactory().textNode(json);
    }
  }

  private static Set<String> intersection(Set<String> a, Set<String> b) {
    Set<String> both = new LinkedHashSet<>(a);
    both.retainAll(b);
    return both;
  }

  /** Runs engine queries with the engine's authorization checks off: the caller's right was checked before. */
  private <T> T withoutAuthorization(Supplier<T> lookup) {
    return commands.execute(context -> context.runWithoutAuthorization((Callable<T>) lookup::get));
  }
}
