package edu.university.governance.rules;

/**
 * One rule's figures for a union or one of its departments: the count, its bounds, whether the upper
 * bound holds, and a warning while a lower bound is not yet reached.
 */
public record QuotaStatus(String rule, String scope, String what, int count, Integer min, Integer max, boolean hard,
                          boolean holds, String warning) {
}
