package edu.university.governance.rules;

/**
 * R2: the five aspects the review board rates, each on a fixed scale of 1 to 5 (5 优秀, 4 良好, 3 合格,
 * 2 基本合格, 1 不合格).
 */
public enum ReviewAspect {
  POLITICAL_ATTITUDE("politicalAttitude", "政治态度"),
  MORAL_CONDUCT("moralConduct", "道德品行"),
  STUDY("study", "学习情况"),
  WORK_RESULTS("workResults", "工作成效"),
  DISCIPLINE("discipline", "纪律作风");

  public static final int MIN = 1;
  public static final int MAX = 5;

  private final String variable;
  private final String label;

  ReviewAspect(String variable, String label) {
    this.variable = variable;
    this.label = label;
  }

  /** The task variable the rating is completed with. */
  public String variable() {
    return variable;
  }

  public String label() {
    return label;
  }
}
