package edu.university.governance.process.congress;

import edu.university.governance.engine.ProcedureRefusal;
import edu.university.governance.organisation.Groups;
import edu.university.governance.process.Facts;
import edu.university.governance.process.ProcedureOpening;
import edu.university.governance.process.StartVariables;
import edu.university.governance.process.Starter;
import edu.university.governance.records.CongressYears;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.rules.CalendarDay;
import edu.university.governance.rules.CongressYear;
import edu.university.governance.rules.UnionLevel;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * C1 college-congress-reminder: the reminder to a college league whose union filed no congress of the year (started
 * by college-congress-schedule, or by an administrator through engine-rest: it has no start form), its
 * answer (planned date and note), and its end when a congress of that union and year is filed.
 */
@Component("collegeCongressReminder")
public class CollegeCongressReminder {

  /** The message that ends a reminder when its union's congress of the year is filed (C3). */
  static final String CONGRESS_FILED = "collegeCongressFiled";
  static final int NOTE_LIMIT = 2000;

  private final UnionRepository unions;
  private final CongressYears years;
  private final Facts facts;
  private final ProcedureOpening procedure;
  private final Clock clock;
  private final MonthDay reminderDate;

  public CollegeCongressReminder(UnionRepository unions, CongressYears years, Facts facts, ProcedureOpening procedure,
                                 Clock clock, @Value("${governance.congress.reminder-date:12-01}") String reminderDate) {
    this.unions = unions;
    this.years = years;
    this.facts = facts;
    this.procedure = procedure;
    this.clock = clock;
    this.reminderDate = CongressYear.reminderDate(reminderDate);
  }

  /** The reminder's business key, e.g. C1-2026-cs-su: the one a filed congress ends. */
  static String businessKey(int year, String unionId) {
    return "C1-" + year + "-" + unionId;
  }

  /** Start: a college union, a year; none filed, none reminded yet; the college league answers. */
  public ExecutionListener start() {
    return execution -> {
      StartVariables variables = new StartVariables(execution);
      String unionId = variables.id("unionId", "学生组织");
      Integer year = variables.whole("year", "年度", 2000, 2100);
      UnionRecord union = variables.union(unionId, unions);
      if (union != null && union.level() != UnionLevel.COLLEGE) {
        variables.problem("C1：年度提醒只发给学院学生组织，" + union.name() + "（" + unionId + "）是校级学生组织");
      }
      variables.refuseIfAny("C1");
      Starter.require(execution, Groups.YOUTH_LEAGUE, "（C1）：学院学生代表大会年度提醒由系统或校团委发出");
      years.filedSession(unionId, year).ifPresent(filed -> {
        throw new ProcedureRefusal("启动被拒绝（C1）：" + union.name() + " " + year + " 年度学生代表大会已于 "
            + filed.filedOn() + " 报备（" + filed.businessKey() + "），无需提醒");
      });
      String key = businessKey(year, unionId);
      try {
        years.remind(execution.getProcessInstanceId(), unionId, year, key).ifPresent(first -> {
          throw new ProcedureRefusal("启动被拒绝（C1）：" + union.name() + " " + year + " 年度的提醒已由 "
              + first.businessKey() + " 发出，每个学生组织每年只提醒一次");
        });
      } catch (DuplicateKeyException e) {
        // another start recorded it at the same moment (the unique key); PostgreSQL has aborted this transaction
        throw new ProcedureRefusal("启动被拒绝（C1）：" + union.name() + " " + year + " 年度的提醒刚刚已经发出，每个学生组织每年只提醒一次");
      }
      facts.fix(execution, "unionId", unionId);
      facts.fix(execution, "year", year);
      facts.fix(execution, "collegeId", union.collegeId());
      facts.fix(execution, "leagueGroup", Groups.collegeLeague(union.collegeId()));
      execution.setVariable("unionName", union.name());
      execution.setVariable("reminderReason",
          CongressYear.reason(union.name(), year, reminderDate, years.running(unionId, year)));
      procedure.open(execution, Groups.YOUTH_LEAGUE, key);
    };
  }

  /** The league's answer: the planned date (today or later) and an optional note, recorded with the reminder. */
  public ExecutionListener plan() {
    return execution -> {
      if (execution.isCanceled()) {
        return;
      }
      String task = "“" + execution.getCurrentActivityName() + "”：";
      Object date = execution.getVariable("plannedDate");
      LocalDate planned;
      try {
        planned = CalendarDay.of(date, clock.getZone());
      } catch (DateTimeException e) {
        throw new ProcedureRefusal(task + "C1：请填写计划召开日期（plannedDate），格式 yyyy-MM-dd");
      }
      LocalDate today = LocalDate.now(clock);
      if (planned.isBefore(today)) {
        throw new ProcedureRefusal(task + "C1：计划召开日期 " + planned + " 早于今天（" + today + "）");
      }
      Object note = execution.getVariable("note");
      if (note != null && !(note instanceof String)) {
        throw new ProcedureRefusal(task + "说明（note）应为文字");
      }
      if (note instanceof String text && text.length() > NOTE_LIMIT) {
        throw new ProcedureRefusal(task + "说明（note）不能超过 " + NOTE_LIMIT + " 字，实际为 " + text.length() + " 字");
      }
      years.planned(execution.getProcessInstanceId(), planned, note == null || ((String) note).isBlank() ? null
          : ((String) note).strip());
    };
  }

  /**
   * C1: a congress of the union and year was filed: the reminder's task ends by itself. Run without the caller's
   * authorization: the convener may not touch the reminder instance, and the filing decides, not the caller.
   */
  static void congressFiled(DelegateExecution execution, String unionId, int year) {
    Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(CONGRESS_FILED).processInstanceBusinessKey(businessKey(year, unionId)).correlateAllWithResult());
  }
}
