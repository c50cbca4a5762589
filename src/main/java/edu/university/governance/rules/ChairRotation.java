package edu.university.governance.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * S2: one presidium member is executive chair for a semester, in rotation. The next chair is the member
 * who has served fewest times, earliest in the presidium's order on a tie: round robin for a stable
 * presidium; a removed member simply leaves it; a presidium of one keeps its chair.
 */
public final class ChairRotation {

  private static final Pattern SEMESTER = Pattern.compile("(\\d{4})-(\\d{4})-([12])");

  private ChairRotation() {
  }

  /** The next executive chair among the presidium (in roster order), given how often each has served. */
  public static Optional<String> next(List<String> presidium, Map<String, Integer> timesServed) {
    return upcoming(presidium, timesServed, 1).stream().findFirst();
  }

  /** The next n chairs in turn, as the roster view shows the order to come. */
  public static List<String> upcoming(List<String> presidium, Map<String, Integer> timesServed, int n) {
    Map<String, Integer> served = new HashMap<>(timesServed);
    List<String> order = new ArrayList<>();
    for (int i = 0; i < n && !presidium.isEmpty(); i++) {
      String chosen = presidium.get(0);
      for (String member : presidium) {
        if (served.getOrDefault(member, 0) < served.getOrDefault(chosen, 0)) {
          chosen = member;
        }
      }
      order.add(chosen);
      served.merge(chosen, 1, Integer::sum);
    }
    return order;
  }

  /** Whether a semester is named as the contract names it: "2026-2027-1" (consecutive years, term 1 or 2). */
  public static boolean validSemester(String semester) {
    var match = semester == null ? null : SEMESTER.matcher(semester);
    return match != null && match.matches()
        && Integer.parseInt(match.group(2)) == Integer.parseInt(match.group(1)) + 1;
  }

  /** The semester a day falls in: September to January the first, February to August the second. */
  public static String semesterOf(java.time.LocalDate day) {
    int month = day.getMonthValue();
    if (month >= 9) {
      return day.getYear() + "-" + (day.getYear() + 1) + "-1";
    }
    if (month == 1) {
      return (day.getYear() - 1) + "-" + day.getYear() + "-1";
    }
    return (day.getYear() - 1) + "-" + day.getYear() + "-2";
  }
}
