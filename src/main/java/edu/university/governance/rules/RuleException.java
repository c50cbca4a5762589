package edu.university.governance.rules;

/** A request that a rule forbids outright (not a nominee's business rejection, which is data). */
public class RuleException extends RuntimeException {

  private final RuleViolation violation;

  public RuleException(RuleViolation violation) {
    super(violation.text());
    this.violation = violation;
  }

  public RuleViolation violation() {
    return violation;
  }
}
