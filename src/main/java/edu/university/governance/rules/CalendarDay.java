package edu.university.governance.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day as staff give it in a form or a file: an ISO date (2026-09-01, what Tasklist's date field submits), a date as a
 * Chinese Excel shows it (2026/9/1, 2026.9.1, 2026年9月1日), an ISO date-time with an offset, or a Date; a point in
 * time is the day it is in the service's zone, whatever offset it was sent in.
 */
public final class CalendarDay {

  private static final Pattern WRITTEN = Pattern.compile("(\\d{4})[/.年](\\d{1,2})[/.月](\\d{1,2})日?");

  private CalendarDay() {
  }

  /** The day, or DateTimeException when the value is no day; null and blank text are the caller's to refuse. */
  public static LocalDate of(Object value, ZoneId zone) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(zone).toLocalDate();
    }
    if (value == null) {
      throw new DateTimeException("no date");
    }
    String text = value.toString().strip();
    Matcher written = WRITTEN.matcher(text);
    if (written.matches()) {
      return LocalDate.of(Integer.parseInt(written.group(1)), Integer.parseInt(written.group(2)),
          Integer.parseInt(written.group(3)));
    }
    return text.length() > 10 ? OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDate() : LocalDate.parse(text);
  }
}
