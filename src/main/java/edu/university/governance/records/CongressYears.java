package edu.university.governance.records;

import edu.university.governance.rules.CongressYear;
import edu.university.governance.rules.UnionLevel;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * C1: each union's congresses of a year (gov_congress, its elected presidium with votes in gov_congress_winner) and
 * the reminders to college leagues (gov_congress_reminder); from them every union's congress state for a year.
 */
@Repository
public class CongressYears {

  /** A congress session: opened, approved by the Party organisation (C3), filed; outcome null while it runs. */
  public record Session(String processInstanceId, String unionId, int year, String businessKey, Instant openedAt,
                        String outcome, Instant approvedAt, LocalDate filedOn, String filingReference) {

    public boolean filed() {
      return filedOn != null;
    }

    public boolean running() {
      return outcome == null && filedOn == null;
    }
  }

  /** A reminder to a college league (C1), and its answer. */
  public record Reminder(String processInstanceId, String unionId, int year, String businessKey, Instant remindedAt,
                         LocalDate plannedOn, String note) {
  }

  /** One elected member with votes, names from the records. */
  public record Winner(String studentId, String name, String collegeName, int votes) {
  }

  /** A union's congress state for a year, with the session or reminder it comes from. */
  public record UnionCongress(String unionId, String unionName, String level, String collegeId,
                              CongressYear.State state, String stateLabel, LocalDate date, String processInstanceId,
                              String businessKey, LocalDate approvedOn, LocalDate filedOn, String filingReference,
                              String reminderBusinessKey, LocalDate remindedOn, LocalDate plannedOn, String note) {
  }

  private static final String SESSION = "select c.process_instance_id, c.union_id, c.congress_year, c.business_key,"
      + " c.opened_at, c.filed_on, c.filing_reference, o.outcome, (select max(d.decided_at) from gov_decision d"
      + " where d.process_instance_id = c.process_instance_id and d.step = 'partyApproval' and d.approved = true)"
      + " approved_at from gov_congress c left join gov_outcome o on o.process_instance_id = c.process_instance_id";
  private static final String REMINDER = "select process_instance_id, union_id, congress_year, business_key,"
      + " reminded_at, planned_on, note from gov_congress_reminder";

  private final JdbcTemplate jdbc;
  private final UnionRepository unions;
  private final Clock clock;

  public CongressYears(JdbcTemplate jdbc, UnionRepository unions, Clock clock) {
    this.jdbc = jdbc;
    this.unions = unions;
    this.clock = clock;
  }

  public void opened(String processInstanceId, String unionId, int year, String businessKey) {
    jdbc.update("insert into gov_congress (process_instance_id, union_id, congress_year, business_key, opened_at)"
        + " values (?, ?, ?, ?, ?)", processInstanceId, unionId, year, businessKey, Timestamp.from(Instant.now(clock)));
  }

  /** C3: the elected presidium and each one's votes, replacing what an earlier entry of the results recorded. */
  public void elected(String processInstanceId, Map<String, Integer> votes) {
    jdbc.update("delete from gov_congress_winner where process_instance_id = ?", processInstanceId);
    votes.forEach((studentId, count) -> jdbc.update("insert into gov_congress_winner (process_instance_id, student_id,"
        + " votes) values (?, ?, ?)", processInstanceId, studentId, count));
  }

  /** C3: the results filed with the higher-level federation on that date under that reference. */
  public void filed(String processInstanceId, LocalDate filedOn, String reference) {
    jdbc.update("update gov_congress set filed_on = ?, filing_reference = ? where process_instance_id = ?",
        Date.valueOf(filedOn), reference, processInstanceId);
  }

  /** A cancelled congress or reminder leaves nothing behind. */
  public void cancel(String processInstanceId) {
    jdbc.update("delete from gov_congress_winner where process_instance_id = ?", processInstanceId);
    jdbc.update("delete from gov_congress where process_instance_id = ?", processInstanceId);
    jdbc.update("delete from gov_congress_reminder where process_instance_id = ?", processInstanceId);
  }

  /**
   * Records the reminder; empty when recorded, or the one the union already has for the year. Two starts at the same
   * moment: the unique key refuses the second with DuplicateKeyException, after which its transaction can only roll back.
   */
  public Optional<Reminder> remind(String processInstanceId, String unionId, int year, String businessKey) {
    Optional<Reminder> first = reminder(unionId, year);
    if (first.isPresent()) {
      return first;
    }
    jdbc.update("insert into gov_congress_reminder (process_instance_id, union_id, congress_year, business_key,"
        + " reminded_at) values (?, ?, ?, ?, ?)", processInstanceId, unionId, year, businessKey,
        Timestamp.from(Instant.now(clock)));
    return Optional.empty();
  }

  /** The college league's answer to the reminder: when the congress is planned, and a note. */
  public void planned(String processInstanceId, LocalDate plannedOn, String note) {
    jdbc.update("update gov_congress_reminder set planned_on = ?, note = ? where process_instance_id = ?",
        Date.valueOf(plannedOn), note, processInstanceId);
  }

  public Optional<Reminder> reminder(String unionId, int year) {
    return jdbc.query(REMINDER + " where union_id = ? and congress_year = ?", CongressYears::reminder, unionId, year)
        .stream().findFirst();
  }

  public List<Session> sessions(String unionId, int year) {
    return jdbc.query(SESSION + " where c.union_id = ? and c.congress_year = ? order by c.opened_at",
        CongressYears::session, unionId, year);
  }

  /** The congress of the union and year whose results were filed, the latest if several. */
  public Optional<Session> filedSession(String unionId, int year) {
    return sessions(unionId, year).stream().filter(Session::filed).reduce((first, second) -> second);
  }

  public List<Winner> winners(String processInstanceId) {
    return jdbc.query("select w.student_id, s.name, c.name college_name, w.votes from gov_congress_winner w"
            + " join gov_student s on s.student_id = w.student_id left join gov_college c on c.college_id = s.college_id"
            + " where w.process_instance_id = ? order by w.votes desc, w.student_id",
        (rs, i) -> new Winner(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)), processInstanceId);
  }

  /** C1: the college unions with no filed congress of the year and no reminder yet. */
  public List<UnionRecord> collegeUnionsToRemind(int year) {
    return unions.findAll().stream().filter(u -> u.level() == UnionLevel.COLLEGE)
        .filter(u -> filedSession(u.unionId(), year).isEmpty() && reminder(u.unionId(), year).isEmpty()).toList();
  }

  /** Whether a congress of the union and year is running (convened, not filed, not ended). */
  public boolean running(String unionId, int year) {
    return sessions(unionId, year).stream().anyMatch(Session::running);
  }

  /** Every union (or those the filter keeps) with its congress state for the year, school unions first. */
  public List<UnionCongress> overview(int year, Predicate<UnionRecord> visible) {
    Map<String, List<Session>> sessions = jdbc.query(SESSION + " where c.congress_year = ? order by c.opened_at",
        CongressYears::session, year).stream().collect(Collectors.groupingBy(Session::unionId));
    Map<String, Reminder> reminders = jdbc.query(REMINDER + " where congress_year = ?", CongressYears::reminder, year)
        .stream().collect(Collectors.toMap(Reminder::unionId, Function.identity()));
    List<UnionCongress> list = new ArrayList<>();
    for (UnionRecord union : unions.findAll().stream().filter(visible)
        .sorted(Comparator.comparing((UnionRecord u) -> u.level() != UnionLevel.SCHOOL).thenComparing(UnionRecord::unionId))
        .toList()) {
      List<Session> own = sessions.getOrDefault(union.unionId(), List.of());
      Optional<Session> filed = own.stream().filter(Session::filed).reduce((a, b) -> b);
      Optional<Session> running = own.stream().filter(Session::running).findFirst();
      Reminder reminder = reminders.get(union.unionId());
      CongressYear.State state = CongressYear.state(filed.isPresent(), running.isPresent(), reminder != null);
      Session session = filed.or(() -> running).orElse(null);
      LocalDate date = switch (state) {
        case FILED -> filed.get().filedOn();
        case IN_PROGRESS -> day(running.get().openedAt());
        case REMINDED -> day(reminder.remindedAt());
        case MISSING -> null;
      };
      list.add(new UnionCongress(union.unionId(), union.name(), union.level().name(), union.collegeId(), state,
          state.label(), date, session == null ? null : session.processInstanceId(),
          session == null ? null : session.businessKey(), session == null ? null : day(session.approvedAt()),
          session == null ? null : session.filedOn(), session == null ? null : session.filingReference(),
          reminder == null ? null : reminder.businessKey(), reminder == null ? null : day(reminder.remindedAt()),
          reminder == null ? null : reminder.plannedOn(), reminder == null ? null : reminder.note()));
    }
    return list;
  }

  private LocalDate day(Instant instant) {
    return instant == null ? null : instant.atZone(clock.getZone()).toLocalDate();
  }

  private static Session session(ResultSet rs, int i) throws SQLException {
    Timestamp approved = rs.getTimestamp("approved_at");
    Date filed = rs.getDate("filed_on");
    return new Session(rs.getString("process_instance_id"), rs.getString("union_id"), rs.getInt("congress_year"),
        rs.getString("business_key"), rs.getTimestamp("opened_at").toInstant(), rs.getString("outcome"),
        approved == null ? null : approved.toInstant(), filed == null ? null : filed.toLocalDate(),
        rs.getString("filing_reference"));
  }

  private static Reminder reminder(ResultSet rs, int i) throws SQLException {
    Date planned = rs.getDate("planned_on");
    return new Reminder(rs.getString("process_instance_id"), rs.getString("union_id"), rs.getInt("congress_year"),
        rs.getString("business_key"), rs.getTimestamp("reminded_at").toInstant(),
        planned == null ? null : planned.toLocalDate(), rs.getString("note"));
  }
}
