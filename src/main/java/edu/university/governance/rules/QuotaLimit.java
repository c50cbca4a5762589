package edu.university.governance.rules;

/** The bounds of one quota rule for one level of union, as the decision table gives them; null means no bound. */
public record QuotaLimit(QuotaRule rule, Integer min, Integer max, boolean hard) {
}
