package edu.university.governance.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Evaluates Q1–Q9 on a union's counts: the figures of GET /api/unions/{unionId}/quotas. */
public final class Quotas {

  private Quotas() {
  }

  public static List<QuotaStatus> evaluate(UnionCounts counts, Iterable<String> departmentIds) {
    List<QuotaStatus> statuses = new ArrayList<>();
    for (QuotaRule rule : QuotaRule.values()) {
      if (!rule.appliesTo(counts.level())) {
        continue;
      }
      if (rule.scope() == QuotaRule.Scope.DEPARTMENT) {
        for (String departmentId : new TreeSet<>(toList(departmentIds))) {
          statuses.add(status(rule, departmentId, departmentCount(rule, counts, departmentId)));
        }
      } else if (rule == QuotaRule.Q9) {
        statuses.add(shareStatus(counts));
      } else {
        statuses.add(status(rule, "union", unionCount(rule, counts)));
      }
    }
    return statuses;
  }

  /**
   * The upper bounds that one more member with this post would break (Q2, Q3, Q4, Q5, Q6, Q7, Q8). A soft
   * bound counts as broken too: exceeding it needs an approved exception, which this check does not grant.
   */
  public static List<RuleViolation> admit(UnionCounts counts, Post post, String departmentId) {
    List<RuleViolation> violations = new ArrayList<>();
    for (QuotaRule rule : QuotaRule.values()) {
      if (!rule.appliesTo(counts.level()) || rule.max() == null || !counts(rule, post)) {
        continue;
      }
      int count = rule.scope() == QuotaRule.Scope.DEPARTMENT
          ? departmentCount(rule, counts, departmentId) : unionCount(rule, counts);
      if (count + 1 > rule.max()) {
        String where = rule.scope() == QuotaRule.Scope.DEPARTMENT ? "部门 " + departmentId + " 的" : "";
        violations.add(new RuleViolation(rule.name(), where + rule.what() + "已有 " + count + " 人（" + count + "/"
            + rule.max() + "），" + (rule.hard() ? "不得超过 " + rule.max() + " 人"
            : "一般不超过 " + rule.max() + " 人，超出须经校团委批准例外")));
      }
    }
    return violations;
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

  private static QuotaStatus status(QuotaRule rule, String scope, int count) {
    boolean holds = rule.max() == null || count <= rule.max();
    String warning = rule.min() != null && count < rule.min()
        ? rule.name() + "：" + rule.what() + " " + count + "，满员时应不少于 " + rule.min()
        : null;
    return new QuotaStatus(rule.name(), scope, rule.what(), count, rule.min(), rule.max(), rule.hard(), holds, warning);
  }

  /** Q9: the share of members who came from a college union, in whole percent; holds while nobody is counted yet. */
  private static QuotaStatus shareStatus(UnionCounts counts) {
    QuotaRule rule = QuotaRule.Q9;
    int members = counts.members();
    int share = members == 0 ? 0 : (int) ((counts.membersFromCollegeUnion() * 100L) / members);
    boolean holds = members == 0 || counts.membersFromCollegeUnion() * 100L >= (long) rule.min() * members;
    String warning = holds ? null
        : "Q9：来自学院学生会的工作人员 " + counts.membersFromCollegeUnion() + "/" + members + "（"
            + Percent.format(counts.membersFromCollegeUnion(), members) + "），一般应不少于 " + rule.min() + "%";
    return new QuotaStatus(rule.name(), "union", rule.what(), share, rule.min(), rule.max(), rule.hard(), holds, warning);
  }

  private static List<String> toList(Iterable<String> ids) {
    List<String> list = new ArrayList<>();
    ids.forEach(list::add);
    return list;
  }
}
