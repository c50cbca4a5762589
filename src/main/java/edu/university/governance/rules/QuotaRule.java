package edu.university.governance.rules;

/**
 * The quota rules of RULES.md that concern a union's roster (Q1–Q9). Q10–Q12 concern a batch of
 * nominees and the congress and are decided where those are handled. Hard limits (不超过/不少于) are
 * never exceeded; soft ones (一般/原则上) only by an approved exception. A lower bound describes a
 * fully staffed union: while it fills up it is a warning, not a refusal.
 */
public enum QuotaRule {
  Q1(null, Scope.UNION, "工作部门数", null, 6, false),
  Q2(UnionLevel.SCHOOL, Scope.UNION, "工作人员总数（含主席团）", null, 60, false),
  Q3(UnionLevel.SCHOOL, Scope.UNION, "主席团成员", null, 5, true),
  Q4(UnionLevel.SCHOOL, Scope.DEPARTMENT, "部门负责人", 2, 3, true),
  Q5(UnionLevel.SCHOOL, Scope.DEPARTMENT, "部门工作人员（不含负责人）", null, 6, false),
  Q6(UnionLevel.COLLEGE, Scope.UNION, "工作人员总数（含主席团）", 20, 30, false),
  Q7(UnionLevel.COLLEGE, Scope.UNION, "主席团成员", null, 3, true),
  Q8(UnionLevel.COLLEGE, Scope.DEPARTMENT, "部门负责人", 1, 2, true),
  Q9(UnionLevel.SCHOOL, Scope.UNION, "来自学院学生会的工作人员占比（%）", 50, null, false);

  /** Whether a rule counts a whole union or each of its departments. */
  public enum Scope { UNION, DEPARTMENT }

  private final UnionLevel level;
  private final Scope scope;
  private final String what;
  private final Integer min;
  private final Integer max;
  private final boolean hard;

  QuotaRule(UnionLevel level, Scope scope, String what, Integer min, Integer max, boolean hard) {
    this.level = level;
    this.scope = scope;
    this.what = what;
    this.min = min;
    this.max = max;
    this.hard = hard;
  }

  /** Whether the rule applies to a union of this level (Q1 applies to both). */
  public boolean appliesTo(UnionLevel unionLevel) {
    return level == null || level == unionLevel;
  }

  public Scope scope() {
    return scope;
  }

  public String what() {
    return what;
  }

  public Integer min() {
    return min;
  }

  public Integer max() {
    return max;
  }

  public boolean hard() {
    return hard;
  }
}
