package edu.university.governance.records;

import edu.university.governance.rules.AcademicCalendar;
import edu.university.governance.rules.Post;
import edu.university.governance.rules.QuotaBreach;
import edu.university.governance.rules.QuotaLimits;
import edu.university.governance.rules.QuotaLimitsSource;
import edu.university.governance.rules.Quotas;
import edu.university.governance.rules.UnionCounts;
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
 * Appointment to a union's roster under the quota rules, the one place where a seat is taken (P2, P3).
 * The check and the insert happen under the union's row lock, in the caller's transaction (the engine's,
 * when a delegate calls): a concurrent appointment to the same union waits until this one commits and
 * then counts it, so a hard limit can never be broken between the check and the insert.
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

  private final UnionRepository unions;
  private final RosterRepository roster;
  private final QuotaLimitsSource quotaLimits;
  private final Clock clock;

  public Appointments(UnionRepository unions, RosterRepository roster, QuotaLimitsSource quotaLimits, Clock clock) {
    this.unions = unions;
    this.roster = roster;
    this.quotaLimits = quotaLimits;
    this.clock = clock;
  }

  /**
   * Appoints the student when no quota stands in the way. Hard limits are never passed; a soft limit is
   * passed only when its rule is among the approved exceptions. checkShare adds Q9 (P2 confirmation).
   */
  @Transactional
  public Decision appoint(String unionId, String studentId, Post post, String departmentId, boolean checkShare,
                          Set<String> approvedExceptions, String source) {
    UnionRecord union = unions.lock(unionId);
    UnionCounts counts = roster.counts(union.unionId(), union.level());
    QuotaLimits limits = quotaLimits.limits(union.level());
    boolean fromCollegeUnion = union.level() == UnionLevel.SCHOOL && roster.onRosterOfLevel(studentId, UnionLevel.COLLEGE);
    List<QuotaBreach> breaches = new ArrayList<>(Quotas.admit(counts, post, departmentId, limits));
    if (checkShare) {
      Quotas.shareAfter(counts, fromCollegeUnion, limits).ifPresent(breaches::add);
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
    roster.insert(union.unionId(), studentId, post, post.inDepartment() ? departmentId : null,
        AcademicCalendar.academicYear(today), today, fromCollegeUnion, source);
    return new Decision(Result.APPOINTED, breaches);
  }
}
