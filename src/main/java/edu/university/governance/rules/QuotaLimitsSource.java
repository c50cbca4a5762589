package edu.university.governance.rules;

/** Where the quota numbers come from (the decision table quota-limits); the rules only ask it. */
public interface QuotaLimitsSource {

  QuotaLimits limits(UnionLevel level);
}
