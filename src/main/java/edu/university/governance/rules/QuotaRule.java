package edu.university.governance.rules;

/**
 * The quota rules of RULES.md: what each one counts. Their numbers (bounds, hard or soft, the level
 * they apply to) are not here: they live in the decision table bpmn/quota-limits.dmn and reach the
 * rules as {@link QuotaLimits}, so that an administrator changes a limit without a code change.
 */
public enum QuotaRule {
  Q1(Scope.UNION, "工作部门数"),
  Q2(Scope.UNION, "工作人员总数（含主席团）"),
  Q3(Scope.UNION, "主席团成员"),
  Q4(Scope.DEPARTMENT, "部门负责人"),
  Q5(Scope.DEPARTMENT, "部门工作人员（不含负责人）"),
  Q6(Scope.UNION, "工作人员总数（含主席团）"),
  Q7(Scope.UNION, "主席团成员"),
  Q8(Scope.DEPARTMENT, "部门负责人"),
  Q9(Scope.UNION, "来自学院学生会的工作人员占比（%）"),
  Q10(Scope.BATCH, "推荐人选中的学院学生会工作人员"),
  Q11(Scope.CONGRESS, "代表占所代表学生的比例（%）"),
  Q12(Scope.CONGRESS, "代表覆盖学院、年级和主要学生社团");

  /** What a rule counts: a whole union, each department, one batch of nominees, or a congress. */
  public enum Scope { UNION, DEPARTMENT, BATCH, CONGRESS }

  private final Scope scope;
  private final String what;

  QuotaRule(Scope scope, String what) {
    this.scope = scope;
    this.what = what;
  }

  public Scope scope() {
    return scope;
  }

  public String what() {
    return what;
  }

  /** Whether the rule is decided on a union's roster (Q1–Q9), and so shown in its quota view. */
  public boolean onRoster() {
    return scope == Scope.UNION || scope == Scope.DEPARTMENT;
  }
}
