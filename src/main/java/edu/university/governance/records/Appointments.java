package edu.university.governance.records;

import edu.university.governance.rules.AcademicCalendar;
import edu.university.governance.rules.Post;
import edu.university.governance.rules.QuotaBreach;
import edu.university.governance.rules.Quotas;
import edu.university.governance.rules.UnionLevel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where a seat on a union's roster is taken: an appointment under the quota rules (P2, P3),
 * a roster load, and the presidium a congress elects (C3). Every seat is taken under the union's row
 * lock, in the caller's transaction (the engine's, when a delegate calls): a concurrent change to the
 * same union waits until this one commits and then counts it, so a hard limit can never be broken
 * between the check and the insert.
 */
@Service
public class Appointments {

  /** APPOINTED: on the roster. EXCEPTION_NEEDED: only soft limits stand in the way. QUOTA_EXCEEDED: a hard one does. */
  public enum Result { APPOINTED, EXCEPTION_NEEDED, QUOTA_EXCEEDED }

  /** What happened, with the broken rules and their figures. */
  public record Decision(Result result, List<QuotaBreach> breaches) {

    public String reason() {
      return breaches.stream().map(b -> b.violation().text()).collect(Collectors.joining("；"));
    }

    /** The soft rules an exception would have to cover, e.g. "Q6,Q2". */
    public String softRules() {
      return breaches.stream().filter(b -> !b.hard()).map(QuotaBreach::rule).collect(Collectors.joining(","));
    }
  }

  /**
   * One seat to take: the student, the post (and its department for a department post), the term, what gave it, and
   * the day the member signed the self-discipline convention (D1; null only where a roster load does not know it).
   */
  public record Seat(String studentId, Post post, String departmentId, String term, boolean fromCollegeUnion,
                     String source, LocalDate conventionSignedAt) {
  }

  /**
   * Decides which seats to take, once the union is locked: it sees the locked union and the day of the
   * appointment, may end posts first (C3), and refuses by throwing, before any seat is taken.
   */
  @FunctionalInterface
  public interface Seating {

    List<Seat> seats(UnionRecord union, LocalDate today);
  }

  private final UnionRepository unions;
  private final RosterRepository roster;
  private final UnionQuotas quotas;
  private final Clock clock;

  public Appointments(UnionRepository unions, RosterRepository roster, UnionQuotas quotas, Clock clock) {
    this.unions = unions;
    this.roster = roster;
    this.quotas = quotas;
    this.clock = clock;
  }

  /**
   * Appoints the student when no quota stands in the way. Hard limits are never passed; a soft limit is
   * passed only when its rule is among the approved exceptions. checkShare adds Q9 (P2 confirmation).
   * conventionSignedAt: the day the appointee signed the self-discipline convention, as the service recorded it (D1).
   */
  @Transactional
  public Decision appoint(String unionId, String studentId, Post post, String departmentId, boolean checkShare,
                          Set<String> approvedExceptions, String source, LocalDate conventionSignedAt) {
    UnionRecord union = unions.lock(unionId);
    UnionQuotas.Standing standing = quotas.standing(union);
    boolean fromCollegeUnion = union.level() == UnionLevel.SCHOOL && roster.onRosterOfLevel(studentId, UnionLevel.COLLEGE);
    List<QuotaBreach> breaches = new ArrayList<>(Quotas.admit(standing.counts(), post, departmentId, standing.limits()));
    if (checkShare) {
      Quotas.shareAfter(standing.counts(), fromCollegeUnion, standing.limits()).ifPresent(breaches::add);
    }
    List<QuotaBreach> hard = breaches.stream().filter(QuotaBreach::hard).toList();
    if (!hard.isEmpty()) {
      return new Decision(Result.QUOTA_EXCEEDED, hard);
    }
    List<QuotaBreach> unapproved = breaches.stream().filter(b -> !approvedExceptions.contains(b.rule())).toList();
    if (!unapproved.isEmpty()) {
      return new Decision(Result.EXCEPTION_NEEDED, unapproved);
    }
    LocalDate today = LocalDate.now(clock);
    take(union, today, new Seat(studentId, post, departmentId, AcademicCalendar.academicYear(today), fromCollegeUnion,
        source, conventionSignedAt));
    return new Decision(Result.APPOINTED, breaches);
  }

  /** Locks the union, lets seating decide on every seat, then takes them all (a roster load, a new presidium). */
  @Transactional
  public void seat(String unionId, Seating seating) {
    UnionRecord union = unions.lock(unionId);
    LocalDate today = LocalDate.now(clock);
    seating.seats(union, today).forEach(seat -> take(union, today, seat));
  }

  private void take(UnionRecord union, LocalDate today, Seat seat) {
    roster.insert(union.unionId(), seat.studentId(), seat.post(), seat.post().inDepartment() ? seat.departmentId() : null,
        seat.term(), today, seat.fromCollegeUnion(), seat.source(), seat.conventionSignedAt());
  }
}
