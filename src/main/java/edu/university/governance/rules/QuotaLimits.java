package edu.university.governance.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The quota limits that apply to one level of union: the rules the decision table returns for it. Immutable (shared). */
public final class QuotaLimits {

  private final UnionLevel level;
  private final Map<QuotaRule, QuotaLimit> limits = new EnumMap<>(QuotaRule.class);

  public QuotaLimits(UnionLevel level, Collection<QuotaLimit> limits) {
    this.level = level;
    limits.forEach(limit -> this.limits.put(limit.rule(), limit));
  }

  public UnionLevel level() {
    return level;
  }

  public Optional<QuotaLimit> of(QuotaRule rule) {
    return Optional.ofNullable(limits.get(rule));
  }

  public Collection<QuotaLimit> all() {
    return Collections.unmodifiableCollection(limits.values());
  }
}
