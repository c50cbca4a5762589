package edu.university.governance.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The student congress (C): delegate seats (Q11: at least a share of the students represented), their
 * coverage (Q12: every college, every grade, each major club), and the election of the presidium from
 * the year's confirmed candidates within Q3/Q7. The numbers come from {@link QuotaLimits}.
 */
public final class Congress {

  /** An elected delegate as Q12 sees them. */
  public record Delegate(String studentId, String collegeId, int grade) {
  }

  /** One winner of the presidium election with their votes. */
  public record Winner(String studentId, int votes) {
  }

  private Congress() {
  }

  /** Q11: the fewest delegates for this many students represented (rounded up). */
  public static int minimumDelegates(int studentsRepresented, QuotaLimits limits) {
    int percent = limits.of(QuotaRule.Q11).map(QuotaLimit::min).orElse(0);
    return (int) Math.ceil(studentsRepresented * percent / 100.0);
  }

  /**
   * Seats per college: at least one each (Q12), the rest in proportion to their students (largest
   * remainder), so that the total reaches the Q11 minimum.
   */
  public static Map<String, Integer> allocate(Map<String, Integer> studentsByCollege, int minimum) {
    Map<String, Integer> seats = new LinkedHashMap<>();
    studentsByCollege.keySet().stream().sorted().forEach(college -> seats.put(college, 1));
    int total = Math.max(minimum, seats.size());
    int students = studentsByCollege.values().stream().mapToInt(Integer::intValue).sum();
    int left = total - seats.size();
    if (left <= 0 || students == 0) {
      return seats;
    }
    Map<String, Double> exact = new LinkedHashMap<>();
    seats.keySet().forEach(c -> exact.put(c, (double) left * studentsByCollege.get(c) / students));
    exact.forEach((c, share) -> seats.merge(c, (int) Math.floor(share), Integer::sum));
    int given = seats.values().stream().mapToInt(Integer::intValue).sum();
    List<String> byRemainder = exact.keySet().stream()
        .sorted(Comparator.comparingDouble((String c) -> exact.get(c) - Math.floor(exact.get(c))).reversed()
            .thenComparing(c -> c)).toList();
    for (int i = 0; given < total; i++, given++) {
      seats.merge(byRemainder.get(i % byRemainder.size()), 1, Integer::sum);
    }
    return seats;
  }

  /** Q11 and Q12 on the elected delegates: what is missing, each with its rule and figures; empty when the congress may be held. */
  public static List<RuleViolation> check(Collection<Delegate> delegates, int studentsRepresented, QuotaLimits limits,
                                          Set<String> colleges, Set<Integer> grades,
                                          Map<String, Set<String>> majorClubMembers) {
    List<RuleViolation> missing = new ArrayList<>();
    int minimum = minimumDelegates(studentsRepresented, limits);
    if (delegates.size() < minimum) {
      missing.add(new RuleViolation("Q11", "代表 " + delegates.size() + " 名，所代表学生 " + studentsRepresented + " 名的 "
          + limits.of(QuotaRule.Q11).map(QuotaLimit::min).orElse(0) + "% 为 " + minimum + " 名"));
    }
    Set<String> studentIds = delegates.stream().map(Delegate::studentId).collect(Collectors.toSet());
    Set<String> collegesMissing = new TreeSet<>(colleges);
    delegates.forEach(d -> collegesMissing.remove(d.collegeId()));
    Set<Integer> gradesMissing = new TreeSet<>(grades);
    delegates.forEach(d -> gradesMissing.remove(d.grade()));
    Set<String> clubsMissing = majorClubMembers.entrySet().stream()
        .filter(e -> e.getValue().stream().noneMatch(studentIds::contains)).map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
    if (!collegesMissing.isEmpty()) {
      missing.add(new RuleViolation("Q12", "没有代表的学院：" + String.join("、", collegesMissing)));
    }
    if (!gradesMissing.isEmpty()) {
      missing.add(new RuleViolation("Q12", "没有代表的年级：" + gradesMissing.stream().map(g -> g + " 级")
          .collect(Collectors.joining("、"))));
    }
    if (!clubsMissing.isEmpty()) {
      missing.add(new RuleViolation("Q12", "没有代表的主要学生社团：" + String.join("、", clubsMissing)));
    }
    return missing;
  }

  /** C3: the winners must be confirmed candidates of the year and no more than Q3 (school) or Q7 (college) allow. */
  public static List<RuleViolation> election(List<Winner> winners, Set<String> confirmedCandidates, QuotaLimits limits,
                                             int year) {
    List<RuleViolation> problems = new ArrayList<>();
    QuotaRule seatsRule = limits.level() == UnionLevel.SCHOOL ? QuotaRule.Q3 : QuotaRule.Q7;
    limits.of(seatsRule).map(QuotaLimit::max).filter(max -> winners.size() > max).ifPresent(max ->
        problems.add(new RuleViolation(seatsRule.name(), "当选 " + winners.size() + " 人，主席团成员不得超过 " + max + " 人")));
    winners.stream().map(Winner::studentId).filter(id -> !confirmedCandidates.contains(id)).forEach(id ->
        problems.add(new RuleViolation("C3", "学生 " + id + " 不是 " + year + " 年经确认的主席团候选人（P1/P3）")));
    if (winners.isEmpty()) {
      problems.add(new RuleViolation("C3", "至少应有一名当选人"));
    }
    return problems;
  }
}
