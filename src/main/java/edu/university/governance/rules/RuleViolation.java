package edu.university.governance.rules;

/** A rule that a nominee, a post or a union fails, with the figures that show it. */
public record RuleViolation(String ruleId, String message) {

  /** The text staff read: the rule id first, then the figures, e.g. "E2：专业排名 41/120（34.2%），未进入专业前 30%". */
  public String text() {
    return ruleId + "：" + message;
  }

  @Override
  public String toString() {
    return text();
  }
}
