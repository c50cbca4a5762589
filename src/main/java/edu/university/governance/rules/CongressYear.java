package edu.university.governance.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * C1: a college congress meets once a year in principle. By the reminder date (default 1 December) a college union
 * that has filed no congress of the year is reminded; each union's state for a year is one of {@link State}.
 */
public final class CongressYear {

  /** The default reminder date, 1 December. */
  public static final MonthDay DEFAULT_REMINDER = MonthDay.of(12, 1);

  /** A union's congress state for a year, the first that holds. */
  public enum State {
    /** C1: a congress of the year had its results approved and filed (C3). */
    FILED("已召开并报备"),
    /** A congress of the year is running (convened, not yet filed). */
    IN_PROGRESS("正在进行"),
    /** No congress filed or running; its college league has been reminded (C1). */
    REMINDED("已提醒"),
    /** No congress filed or running, no reminder. */
    MISSING("未召开");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private CongressYear() {
  }

  /** The first state that holds: filed, running, reminded, missing. A congress whose results were refused counts as none. */
  public static State state(boolean filed, boolean running, boolean reminded) {
    return filed ? State.FILED : running ? State.IN_PROGRESS : reminded ? State.REMINDED : State.MISSING;
  }

  /** The reminder date as configured, "MM-dd" (12-01); refused with the setting's name when it is no date. */
  public static MonthDay reminderDate(String text) {
    try {
      return MonthDay.parse("--" + text.strip());
    } catch (DateTimeException | NullPointerException e) {
      throw new IllegalArgumentException("C1: governance.congress.reminder-date 应为“MM-dd”（如 12-01），实际为“" + text + "”");
    }
  }

  /** C1: whether the reminders of today's year are due: on and after the reminder date until the year ends. */
  public static boolean remindersDue(LocalDate today, MonthDay reminderDate) {
    return !today.isBefore(reminderDate.atYear(today.getYear()));
  }

  /** What the reminder says, with the rule, the year and that no congress was filed. */
  public static String reason(String unionName, int year, MonthDay reminderDate, boolean running) {
    return "C1：学院学生代表大会原则上每年召开一次。截至 " + year + " 年 " + reminderDate.getMonthValue() + " 月 "
        + reminderDate.getDayOfMonth() + " 日，" + unionName + "尚未报备 " + year + " 年度学生代表大会的选举结果"
        + (running ? "（本年度大会正在进行，尚未报备）" : "") + "，请召开本年度学院学生代表大会，或说明计划召开日期。";
  }
}
