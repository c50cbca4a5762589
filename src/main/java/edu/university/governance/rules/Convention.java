package edu.university.governance.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * D1: every member appointed to a union's roster has signed the self-discipline convention (学生会研究生会干部自律公约),
 * and the date is recorded with the appointment: by the appointing league in its task, by the congress's convener
 * for a new presidium, or in the initial roster load. A date that is missing, not a date, or after today is refused.
 */
public final class Convention {

  public static final String RULE = "D1";
  /** What staff read as the field's name (forms, roster file heading, Excel column). */
  public static final String LABEL = "签署自律公约日期";

  private Convention() {
  }

  /**
   * The day the member signed, from a form's date field ("2026-11-30", "2026/11/30", an ISO date-time with offset, or a Date
   * in the service's zone), refused by D1 when missing, malformed or later than today.
   */
  public static LocalDate signedOn(Object value, LocalDate today, ZoneId zone) {
    LocalDate signed = parse(value, zone);
    if (signed.isAfter(today)) {
      throw refusal(LABEL + " " + signed + " 晚于今天 " + today + "，只能记录已经签署的日期");
    }
    return signed;
  }

  /** The same for an optional column of the roster load: null when not given. */
  public static LocalDate signedOnIfGiven(Object value, LocalDate today, ZoneId zone) {
    return value == null || value instanceof String text && text.isBlank() ? null : signedOn(value, today, zone);
  }

  /** The warning of a union's quota view when members lack a recorded signature: "D1: 3 名成员未记录签署自律公约". */
  public static Optional<String> warning(int unsignedMembers) {
    return unsignedMembers == 0 ? Optional.empty()
        : Optional.of(RULE + ": " + unsignedMembers + " 名成员未记录签署自律公约");
  }

  private static LocalDate parse(Object value, ZoneId zone) {
    if (value == null || value instanceof String text && text.isBlank()) {
      throw refusal("任命前须记录本人签署《学生会研究生会干部自律公约》的日期（" + LABEL + "），未填写");
    }
    try {
      return CalendarDay.of(value, zone);
    } catch (DateTimeException e) {
      String text = value.toString().strip();
      throw refusal(LABEL + "应为日期 yyyy-MM-dd，实际为“" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "”");
    }
  }

  private static RuleException refusal(String message) {
    return new RuleException(new RuleViolation(RULE, message));
  }
}
