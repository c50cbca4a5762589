package edu.university.governance.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Decides the quota rules on counts: the figures of a union's quota view (Q1–Q9), whether a union may
 * add a department (Q1), what one more member would break (Q2–Q8), the college-union share (Q9) and a
 * batch of nominees (Q10). The numbers come
 * from {@link QuotaLimits}; this class says how each rule counts.
 */
public final class Quotas {

  private Quotas() {
  }

  /** Every roster rule that applies to the union, per department where the rule counts departments. */
  public static List<QuotaStatus> evaluate(UnionCounts counts, Iterable<String> departmentIds, QuotaLimits limits) {
    TreeSet<String> departments = new TreeSet<>();
    departmentIds.forEach(departments::add);
    List<QuotaStatus> statuses = new ArrayList<>();
    for (QuotaRule rule : QuotaRule.values()) {
      Optional<QuotaLimit> limit = limits.of(rule);
      if (!rule.onRoster() || limit.isEmpty()) {
        continue;
      }
      if (rule == QuotaRule.Q9) {
        statuses.add(shareStatus(counts, limit.get()));
      } else if (rule.scope() == QuotaRule.Scope.DEPARTMENT) {
        for (String departmentId : departments) {
          statuses.add(status(limit.get(), departmentId, departmentCount(rule, counts, departmentId)));
        }
      } else {
        statuses.add(status(limit.get(), "union", unionCount(rule, counts)));
      }
    }
    return statuses;
  }

  /**
   * Q1: whether a union that has this many work departments may add one more. No exception procedure
   * exists for departments, so the caller refuses on a soft breach too; the text says which kind it is.
   */
  public static Optional<RuleViolation> newDepartment(String unionName, int departments, QuotaLimits limits) {
    Optional<QuotaLimit> limit = limits.of(QuotaRule.Q1);
    if (limit.isEmpty() || limit.get().max() == null || departments < limit.get().max()) {
      return Optional.empty();
    }
    int max = limit.get().max();
    return Optional.of(new RuleViolation("Q1", unionName + "已有 " + departments + " 个工作部门（" + departments + "/"
        + max + "），" + (limit.get().hard() ? "不得超过 " + max + " 个" : "一般不超过 " + max + " 个，超出须经校团委批准例外")));
  }

  /**
   * The upper bounds that one more member with this post would break (Q2–Q8 as they apply), each marked
   * hard or soft. A soft one may be passed only by an approved exception, which the caller decides.
   */
  public static List<QuotaBreach> admit(UnionCounts counts, Post post, String departmentId, QuotaLimits limits) {
    List<QuotaBreach> breaches = new ArrayList<>();
    for (QuotaRule rule : QuotaRule.values()) {
      Optional<QuotaLimit> limit = limits.of(rule);
      if (limit.isEmpty() || limit.get().max() == null || !counts(rule, post)) {
        continue;
      }
      int max = limit.get().max();
      boolean perDepartment = rule.scope() == QuotaRule.Scope.DEPARTMENT;
      int count = perDepartment ? departmentCount(rule, counts, departmentId) : unionCount(rule, counts);
      if (count + 1 > max) {
        String where = perDepartment ? "部门 " + departmentId + " 的" : "";
        breaches.add(new QuotaBreach(new RuleViolation(rule.name(), where + rule.what() + "已有 " + count + " 人（"
            + count + "/" + max + "），" + (limit.get().hard() ? "不得超过 " + max + " 人"
            : "一般不超过 " + max + " 人，超出须经校团委批准例外")), limit.get().hard()));
      }
    }
    return breaches;
  }

  /** Q9: whether the share of members from a college union stays at its floor once this member joins. */
  public static Optional<QuotaBreach> shareAfter(UnionCounts counts, boolean fromCollegeUnion, QuotaLimits limits) {
    Optional<QuotaLimit> limit = limits.of(QuotaRule.Q9);
    if (limit.isEmpty() || limit.get().min() == null || fromCollegeUnion) {
      return Optional.empty();
    }
    int members = counts.members() + 1;
    int fromCollege = counts.membersFromCollegeUnion();
    if ((long) fromCollege * 100 >= (long) limit.get().min() * members) {
      return Optional.empty();
    }
    return Optional.of(new QuotaBreach(new RuleViolation("Q9", "任命后来自学院学生会的工作人员为 " + fromCollege + "/" + members
        + "（" + Percent.format(fromCollege, members) + "），" + (limit.get().hard() ? "不得低于 " : "一般不低于 ")
        + limit.get().min() + "%"), limit.get().hard()));
  }

  /** Q10: a college's batch of nominees for school departments must hold enough current college-union staff. */
  public static Optional<RuleViolation> batch(int collegeUnionStaffNominees, int nominees, QuotaLimits limits) {
    Optional<QuotaLimit> limit = limits.of(QuotaRule.Q10);
    if (limit.isEmpty() || limit.get().min() == null || collegeUnionStaffNominees >= limit.get().min()) {
      return Optional.empty();
    }
    return Optional.of(new RuleViolation("Q10", "本批 " + nominees + " 名人选中学院学生会现任工作人员 "
        + collegeUnionStaffNominees + " 名，不少于 " + limit.get().min() + " 名"));
  }

  /** Whether adding a member with this post changes what the rule counts. */
  private static boolean counts(QuotaRule rule, Post post) {
    return switch (rule) {
      case Q2, Q6 -> true;
      case Q3, Q7 -> post == Post.PRESIDIUM;
      case Q4, Q8 -> post == Post.DEPARTMENT_HEAD;
      case Q5 -> post == Post.STAFF;
      default -> false;
    };
  }

  private static int unionCount(QuotaRule rule, UnionCounts counts) {
    return switch (rule) {
      case Q1 -> counts.departments();
      case Q2, Q6 -> counts.members();
      case Q3, Q7 -> counts.presidium();
      default -> throw new IllegalArgumentException(rule + " is not counted per union");
    };
  }

  private static int departmentCount(QuotaRule rule, UnionCounts counts, String departmentId) {
    Map<String, Integer> byDepartment = rule == QuotaRule.Q5 ? counts.staffByDepartment() : counts.headsByDepartment();
    return byDepartment.getOrDefault(departmentId, 0);
  }

  private static QuotaStatus status(QuotaLimit limit, String scope, int count) {
    boolean holds = limit.max() == null || count <= limit.max();
    String warning = limit.min() != null && count < limit.min()
        ? limit.rule().name() + "：" + limit.rule().what() + " " + count + "，满员时应不少于 " + limit.min()
        : null;
    return new QuotaStatus(limit.rule().name(), scope, limit.rule().what(), count, limit.min(), limit.max(),
        limit.hard(), holds, warning);
  }

  /** Q9 in the quota view: the share in whole percent; holds while nobody is counted yet. */
  private static QuotaStatus shareStatus(UnionCounts counts, QuotaLimit limit) {
    int members = counts.members();
    int share = members == 0 ? 0 : (int) ((counts.membersFromCollegeUnion() * 100L) / members);
    boolean holds = members == 0 || limit.min() == null
        || counts.membersFromCollegeUnion() * 100L >= (long) limit.min() * members;
    String warning = holds ? null
        : "Q9：来自学院学生会的工作人员 " + counts.membersFromCollegeUnion() + "/" + members + "（"
            + Percent.format(counts.membersFromCollegeUnion(), members) + "），" + (limit.hard() ? "不得低于 " : "一般应不少于 ")
            + limit.min() + "%";
    return new QuotaStatus(limit.rule().name(), "union", limit.rule().what(), share, limit.min(), limit.max(),
        limit.hard(), holds, warning);
  }
}
