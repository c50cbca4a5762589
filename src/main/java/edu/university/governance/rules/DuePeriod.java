package edu.university.governance.rules;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a step may take (issue 14, the "dueIn" column of bpmn/task-deadlines.dmn): calendar time as an ISO-8601
 * duration ("P7D", "PT48H"), or working days ("5WD"): Monday to Friday in the service's zone, the same time of day,
 * public holidays not known. The days after the day of creation are counted, weekends skipped: Friday 10:00 + 1WD and
 * Saturday 10:00 + 1WD are both Monday 10:00; Monday 10:00 + 5WD is the next Monday 10:00.
 */
public record DuePeriod(Duration calendar, int workingDays) {

  private static final Pattern WORKING_DAYS = Pattern.compile("(\\d{1,3})\\s*WD");

  /** "P7D", "PT48H" or "5WD"; anything else is refused, naming the text. */
  public static DuePeriod parse(String text) {
    String trimmed = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    Matcher days = WORKING_DAYS.matcher(trimmed);
    if (days.matches()) {
      return new DuePeriod(null, Integer.parseInt(days.group(1)));
    }
    try {
      Duration duration = Duration.parse(trimmed);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("Due period must be positive: " + text);
      }
      return new DuePeriod(duration, 0);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Due period is neither an ISO-8601 duration nor working days (5WD): " + text, e);
    }
  }

  /** The due date of a task created at that instant. */
  public Instant dueFrom(Instant created, ZoneId zone) {
    if (calendar != null) {
      return created.plus(calendar);
    }
    ZonedDateTime due = created.atZone(zone);
    int counted = 0;
    while (counted < workingDays) {
      due = due.plusDays(1);
      if (isWorkingDay(due.getDayOfWeek())) {
        counted++;
      }
    }
    return due.toInstant();
  }

  private static boolean isWorkingDay(DayOfWeek day) {
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }
}
