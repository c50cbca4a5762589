package edu.university.governance.process.schedule;

import edu.university.governance.organisation.ProcessKeys;
import edu.university.governance.records.CongressYears;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.rules.CongressYear;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * C1: the daily check of college-congress-schedule. From the reminder date of the year (governance.congress.reminder-date,
 * default 12-01) until the year ends, every college union that has filed no congress of the year and has no reminder
 * yet gets one (college-congress-reminder); the names of those reminded are left in "remindedUnions".
 */
@Component("collegeCongressSchedule")
public class CollegeCongressSchedule implements JavaDelegate {

  private final CongressYears years;
  private final Clock clock;
  private final MonthDay reminderDate;

  public CollegeCongressSchedule(CongressYears years, Clock clock,
                                 @Value("${governance.congress.reminder-date:12-01}") String reminderDate) {
    this.years = years;
    this.clock = clock;
    this.reminderDate = CongressYear.reminderDate(reminderDate);
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = LocalDate.now(clock);
    List<String> reminded = List.of();
    if (CongressYear.remindersDue(today, reminderDate)) {
      int year = today.getYear();
      reminded = years.collegeUnionsToRemind(year).stream().map(UnionRecord::unionId).toList();
      reminded.forEach(unionId -> execution.getProcessEngineServices().getRuntimeService()
          .startProcessInstanceByKey(ProcessKeys.COLLEGE_CONGRESS_REMINDER, Map.of("unionId", unionId, "year", year)));
    }
    execution.setVariable("remindedUnions", String.join(",", reminded));
  }
}
