package edu.university.governance.rules;

/** A quota rule that an appointment would break, and whether it is hard (never) or soft (only by exception). */
public record QuotaBreach(RuleViolation violation, boolean hard) {

  public String rule() {
    return violation.ruleId();
  }
}
