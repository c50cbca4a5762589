package edu.university.governance.rules;

/** The bounds of one quota rule for one level of union, as the decision table gives them; null means no bound. */
public record QuotaLimit(QuotaRule rule, Integer min, Integer max, boolean hard) {

  /** How staff read the kind of a limit: 不得 (hard) or 一般 (soft, an exception is possible). */
  public String kindText() {
    return hard ? "硬性限制" : "一般限制，超出须经校团委批准例外";
  }
}
