package edu.university.governance.process.workreport;

import edu.university.governance.engine.ProcedureRefusal;
import edu.university.governance.organisation.Groups;
import edu.university.governance.process.Facts;
import edu.university.governance.process.ProcedureOpening;
import edu.university.governance.process.UnionSemester;
import edu.university.governance.process.Starter;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.records.WorkReportRepository;
import edu.university.governance.rules.UnionLevel;
import edu.university.governance.rules.WorkReport;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Start of O1 (union-work-report): by semester-schedule for every school union, or by hand by the union's presidium.
 * One report per union and semester: a second start is refused naming the first. Fixes who hears the report (the
 * school Party committee; for a college union the college league first, then the college Party organisation) and
 * when it is due (governance.work-report.due-days into the semester, default 30).
 */
@Component("unionWorkReportStart")
public class UnionWorkReportStart implements ExecutionListener {

  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final UnionRepository unions;
  private final WorkReportRepository reports;
  private final Facts facts;
  private final ProcedureOpening procedure;
  private final Clock clock;
  private final int dueDays;

  public UnionWorkReportStart(UnionRepository unions, WorkReportRepository reports, Facts facts,
                              ProcedureOpening procedure, Clock clock,
                              @Value("${governance.work-report.due-days:30}") int dueDays) {
    this.unions = unions;
    this.reports = reports;
    this.facts = facts;
    this.procedure = procedure;
    this.clock = clock;
    this.dueDays = dueDays;
  }

  @Override
  public void notify(DelegateExecution execution) {
    UnionSemester subject = UnionSemester.read(execution, unions, "O1");
    String unionId = subject.unionId();
    String semester = subject.semester();
    UnionRecord union = subject.union();
    Starter.require(execution, Groups.unionPresidium(unionId), "（O1）：工作汇报由该组织主席团提交");
    OffsetDateTime due = WorkReport.due(semester, dueDays).atStartOfDay(clock.getZone()).toOffsetDateTime();
    String businessKey = String.join("-", "O1", semester, unionId);
    reports.open(execution.getProcessInstanceId(), unionId, semester, businessKey, due.toInstant()).ifPresent(first -> {
      throw new ProcedureRefusal("启动被拒绝（O1）：" + union.name() + " " + semester + " 学期的工作汇报已于 "
          + SHOWN.format(first.openedAt().atZone(clock.getZone())) + " 由 " + first.businessKey()
          + " 发起，每个学生组织每学期只汇报一次");
    });
    boolean college = union.level() == UnionLevel.COLLEGE;
    subject.fix(execution, facts);
    facts.fix(execution, "unionLevel", union.level().name());
    facts.fix(execution, "collegeId", college ? union.collegeId() : "");
    // O1: the school Party committee hears a school union; a college union reports to its college Party organisation
    facts.fix(execution, "partyGroup", college ? Groups.collegeParty(union.collegeId()) : Groups.PARTY_COMMITTEE);
    facts.fix(execution, "reportDue", due.toString());
    execution.setVariable("unionName", union.name());
    execution.setVariable("reportDueShown", SHOWN.format(due));
    procedure.open(execution, Groups.unionPresidium(unionId), businessKey);
  }
}
