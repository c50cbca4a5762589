package edu.university.governance.records;

import edu.university.governance.rules.QuotaLimits;
import edu.university.governance.rules.QuotaLimitsSource;
import edu.university.governance.rules.QuotaStatus;
import edu.university.governance.rules.Quotas;
import edu.university.governance.rules.UnionCounts;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What every quota decision starts from: a union, what the rules count on its roster, and the limits of
 * its level from the decision table. The one lookup for appointments, roster loads, new departments
 * (Q1), batches (Q10), congresses (Q3, Q7, Q11) and the quota figures staff read.
 */
@Service
public class UnionQuotas {

  /** What the quota rules count on a union's roster now, and the limits of its level. */
  public record Standing(UnionCounts counts, QuotaLimits limits) {
  }

  private final UnionRepository unions;
  private final RosterRepository roster;
  private final QuotaLimitsSource quotaLimits;

  public UnionQuotas(UnionRepository unions, RosterRepository roster, QuotaLimitsSource quotaLimits) {
    this.unions = unions;
    this.roster = roster;
    this.quotaLimits = quotaLimits;
  }

  /** The limits of the union's level (Q1–Q12 as the decision table gives them). */
  public QuotaLimits limits(UnionRecord union) {
    return quotaLimits.limits(union.level());
  }

  /** The union's counts now and its limits; the caller takes the union lock first when it goes on to write. */
  public Standing standing(UnionRecord union) {
    return new Standing(roster.counts(union.unionId(), union.level()), limits(union));
  }

  /** The quota figures of the union (Q1–Q9): one row per rule, and per department for Q4, Q5, Q8. */
  public List<QuotaStatus> figures(UnionRecord union) {
    List<String> departmentIds = unions.departments(union.unionId()).stream().map(Department::departmentId).toList();
    Standing standing = standing(union);
    return Quotas.evaluate(standing.counts(), departmentIds, standing.limits());
  }
}
