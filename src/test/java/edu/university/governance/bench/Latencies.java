package edu.university.governance.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Response times in nanoseconds, per kind of request, from many client threads; percentiles by nearest rank. */
final class Latencies {

  private final Map<String, List<Long>> byKind = new LinkedHashMap<>();

  synchronized void record(String kind, long nanos) {
    byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(nanos);
  }

  synchronized int count(String kind) {
    return byKind.getOrDefault(kind, List.of()).size();
  }

  /** How many requests of these kinds together. */
  synchronized int count(List<String> kinds) {
    return kinds.stream().mapToInt(this::count).sum();
  }

  /** The p-th percentile (0 < p ≤ 100) of one kind in milliseconds, or NaN when none was recorded. */
  synchronized double percentileMillis(String kind, double p) {
    return percentile(byKind.getOrDefault(kind, List.of()), p) / 1e6;
  }

  /** The p-th percentile over these kinds together, in milliseconds. */
  synchronized double percentileMillis(List<String> kinds, double p) {
    List<Long> all = new ArrayList<>();
    kinds.forEach(kind -> all.addAll(byKind.getOrDefault(kind, List.of())));
    return percentile(all, p) / 1e6;
  }

  static double percentile(List<Long> values, double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
