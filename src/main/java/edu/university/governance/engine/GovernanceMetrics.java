package edu.university.governance.engine;

import edu.university.governance.records.NotificationRepository;
import edu.university.governance.records.NotificationRepository.Backlog;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The service's own series at /actuator/prometheus (operator guide "Health and metrics"), computed at each scrape
 * from six grouped queries over small or indexed tables, never a loop over tasks or instances:
 * open and overdue tasks by process and step, procedures started and ended by outcome, running procedures, failed
 * jobs and open incidents by process, and the notification outbox's backlog and failed attempts. They describe the database, so every node of a cluster reports the same
 * figures. A step or process with nothing open is reported as 0 (every user task of the latest version of every
 * process), so a series does not vanish when its last task is completed. Refusals are counted where they are logged
 * ({@link RefusalLogging}), per node.
 */
@Component
public class GovernanceMetrics implements MultiCollector {

  private static final Logger LOG = LoggerFactory.getLogger(GovernanceMetrics.class);
  /** Outcome of an instance that ended without an end event of the service (cancelled or deleted): no gov_outcome row. */
  static final String CANCELLED = "CANCELLED";
  private static final String NONE = "none";

  private final JdbcTemplate jdbc;
  private final RepositoryService repository;
  private final Clock clock;
  private final ObjectProvider<PrometheusRegistry> prometheus;
  private final NotificationRepository notifications;
  /** The user tasks of each process definition (a definition never changes once deployed). */
  private final Map<String, List<String>> userTasks = new ConcurrentHashMap<>();

  public GovernanceMetrics(JdbcTemplate jdbc, RepositoryService repository, Clock clock,
                           ObjectProvider<PrometheusRegistry> prometheus, NotificationRepository notifications) {
    this.jdbc = jdbc;
    this.notifications = notifications;
    this.repository = repository;
    this.clock = clock;
    this.prometheus = prometheus;
  }

  @PostConstruct
  void register() {
    prometheus.ifAvailable(registry -> registry.register(this));
  }

  @PreDestroy
  void unregister() {
    prometheus.ifAvailable(registry -> registry.unregister(this));
  }

  @Override
  public MetricSnapshots collect() {
    List<MetricSnapshot> metrics = new ArrayList<>();
    boolean answered = true;
    try {
      collectInto(metrics);
    } catch (DataAccessException e) {
      LOG.warn("Metrics of the database not collected: {}", e.getMostSpecificCause().getMessage());
      metrics.clear();
      answered = false;
    }
    metrics.add(GaugeSnapshot.builder().name("governance_database_up")
        .help("1 when the database answered the queries of this scrape, 0 when it did not")
        .dataPoint(GaugeDataPointSnapshot.builder().value(answered ? 1 : 0).build()).build());
    return new MetricSnapshots(metrics);
  }

  private void collectInto(List<MetricSnapshot> metrics) {
    // the latest version of every process: zeros for its steps and for the process itself
    Map<String, String> latest = new TreeMap<>();
    jdbc.query("select d.KEY_, d.ID_ from ACT_RE_PROCDEF d where d.VERSION_ ="
        + " (select max(v.VERSION_) from ACT_RE_PROCDEF v where v.KEY_ = d.KEY_)",
        row -> { latest.put(row.getString(1), row.getString(2)); });
    Map<Labels, double[]> tasks = new TreeMap<>();
    latest.forEach((key, definitionId) -> userTasksOf(definitionId)
        .forEach(step -> tasks.put(Labels.of("process", key, "step", step), new double[2])));
    jdbc.query("select d.KEY_, t.TASK_DEF_KEY_, count(*), sum(case when t.DUE_DATE_ < ? then 1 else 0 end)"
        + " from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ group by d.KEY_, t.TASK_DEF_KEY_",
        row -> {
          double[] counts = tasks.computeIfAbsent(Labels.of("process", row.getString(1), "step", row.getString(2)),
              labels -> new double[2]);
          counts[0] = row.getLong(3);
          counts[1] = row.getLong(4);
        }, Timestamp.from(clock.instant()));
    metrics.add(gauge("governance_open_tasks", "Open user tasks by process and step", tasks, 0));
    metrics.add(gauge("governance_overdue_tasks", "Open user tasks whose due date has passed, by process and step",
        tasks, 1));

    Map<Labels, double[]> started = new TreeMap<>();
    latest.keySet().forEach(key -> started.put(Labels.of("process", key), new double[2]));
    jdbc.query("select PROC_DEF_KEY_, count(*), count(END_TIME_) from ACT_HI_PROCINST group by PROC_DEF_KEY_", row -> {
      double[] counts = started.computeIfAbsent(Labels.of("process", row.getString(1)), labels -> new double[2]);
      counts[0] = row.getLong(2);
      counts[1] = row.getLong(3);
    });
    Map<Labels, double[]> ended = new TreeMap<>();
    Map<String, Long> withOutcome = new TreeMap<>();
    jdbc.query("select process_definition_key, outcome, count(*) from gov_outcome group by process_definition_key, outcome",
        row -> {
          ended.put(Labels.of("outcome", row.getString(2), "process", row.getString(1)), new double[] {row.getLong(3)});
          withOutcome.merge(row.getString(1), row.getLong(3), Long::sum);
        });
    started.forEach((labels, counts) -> {
      String key = labels.get("process");
      long cancelled = (long) counts[1] - withOutcome.getOrDefault(key, 0L);
      if (cancelled > 0) {
        ended.put(Labels.of("outcome", CANCELLED, "process", key), new double[] {cancelled});
      }
    });
    metrics.add(counter("governance_procedures_started", "Procedures started, by process (the engine's history)",
        started, 0));
    metrics.add(counter("governance_procedures_ended", "Procedures ended, by process and outcome (gov_outcome;"
        + " CANCELLED: ended without an outcome, cancelled or deleted)", ended, 0));
    Map<Labels, double[]> running = new TreeMap<>();
    started.forEach((labels, counts) -> running.put(labels, new double[] {counts[0] - counts[1]}));
    metrics.add(gauge("governance_procedures_running", "Procedures running, by process", running, 0));

    Map<Labels, double[]> failedJobs = zeros(latest);
    jdbc.query("select PROCESS_DEF_KEY_, count(*) from ACT_RU_JOB where RETRIES_ = 0 group by PROCESS_DEF_KEY_",
        row -> { failedJobs.put(processLabel(row.getString(1)), new double[] {row.getLong(2)}); });
    metrics.add(gauge("governance_failed_jobs", "Jobs that failed and have no retries left, by process", failedJobs, 0));
    Map<Labels, double[]> incidents = zeros(latest);
    jdbc.query("select d.KEY_, count(*) from ACT_RU_INCIDENT i left join ACT_RE_PROCDEF d on d.ID_ = i.PROC_DEF_ID_"
        + " group by d.KEY_", row -> { incidents.put(processLabel(row.getString(1)), new double[] {row.getLong(2)}); });
    metrics.add(gauge("governance_open_incidents", "Open incidents, by process", incidents, 0));

    Backlog backlog = notifications.backlog();
    metrics.add(gauge("governance_notifications_pending", "Notifications in the outbox still to be sent (issue 14)",
        Map.of(Labels.EMPTY, new double[] {backlog.pending()}), 0));
    metrics.add(gauge("governance_notifications_retrying", "Pending notifications whose last attempt failed",
        Map.of(Labels.EMPTY, new double[] {backlog.retrying()}), 0));
    metrics.add(gauge("governance_notifications_failed", "Notifications given up after the last attempt",
        Map.of(Labels.EMPTY, new double[] {backlog.failed()}), 0));
    metrics.add(counter("governance_notification_failures", "Failed attempts to send a notification (mail or webhook)",
        Map.of(Labels.EMPTY, new double[] {backlog.failures()}), 0));
  }

  private List<String> userTasksOf(String definitionId) {
    return userTasks.computeIfAbsent(definitionId, id -> repository.getBpmnModelInstance(id)
        .getModelElementsByType(UserTask.class).stream().map(UserTask::getId).toList());
  }

  private static Map<Labels, double[]> zeros(Map<String, String> latest) {
    Map<Labels, double[]> zeros = new TreeMap<>();
    latest.keySet().forEach(key -> zeros.put(Labels.of("process", key), new double[1]));
    return zeros;
  }

  private static Labels processLabel(String key) {
    return Labels.of("process", key == null ? NONE : key);
  }

  private static GaugeSnapshot gauge(String name, String help, Map<Labels, double[]> values, int index) {
    GaugeSnapshot.Builder gauge = GaugeSnapshot.builder().name(name).help(help);
    values.forEach((labels, counts) -> gauge.dataPoint(
        GaugeDataPointSnapshot.builder().labels(labels).value(counts[index]).build()));
    return gauge.build();
  }

  private static CounterSnapshot counter(String name, String help, Map<Labels, double[]> values, int index) {
    CounterSnapshot.Builder counter = CounterSnapshot.builder().name(name).help(help);
    values.forEach((labels, counts) -> counter.dataPoint(
        CounterDataPointSnapshot.builder().labels(labels).value(counts[index]).build()));
    return counter.build();
  }
}
