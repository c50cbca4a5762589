package edu.university.governance.process.activity;

import edu.university.governance.process.Facts;
import edu.university.governance.process.ProcedureOpening;
import edu.university.governance.process.StartVariables;
import edu.university.governance.process.Starter;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.rules.ActivityCategory;
import edu.university.governance.rules.UnionLevel;
import edu.university.governance.organisation.Groups;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Start of D2 (major-activity-report): a union's presidium reports in advance. "In advance" is real: a
 * start not later than now plus the lead time (governance.activity.lead-time, default 7 days) is refused,
 * and the end must come after the start. Sets what the routing and the forms need.
 */
@Component("majorActivityReportStart")
public class MajorActivityReportStart implements ExecutionListener {

  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final UnionRepository unions;
  private final Clock clock;
  private final Duration leadTime;
  private final Facts facts;
  private final ProcedureOpening procedure;

  public MajorActivityReportStart(UnionRepository unions, Clock clock,
                                  @Value("${governance.activity.lead-time:P7D}") Duration leadTime, Facts facts,
                                  ProcedureOpening procedure) {
    this.procedure = procedure;
    this.unions = unions;
    this.clock = clock;
    this.leadTime = leadTime;
    this.facts = facts;
  }

  @Override
  public void notify(DelegateExecution execution) {
    StartVariables variables = new StartVariables(execution);
    String unionId = variables.id("unionId", "学生组织");
    String title = variables.text("title", "名称", 100);
    ActivityCategory category = variables.choice("category", "类别", ActivityCategory.class);
    variables.text("description", "内容说明", 4000);
    OffsetDateTime startsAt = variables.dateTime("startsAt", "开始时间", clock.getZone());
    OffsetDateTime endsAt = variables.dateTime("endsAt", "结束时间", clock.getZone());
    Double budget = variables.number("budgetYuan", "经费（元）", 0, 1_000_000_000);
    Integer volunteersNeeded = variables.whole("volunteersNeeded", "所需志愿者人数", 0, 1000);
    UnionRecord union = variables.union(unionId, unions);
    OffsetDateTime earliest = OffsetDateTime.now(clock).plus(leadTime);
    if (startsAt != null && !startsAt.isAfter(earliest)) {
      variables.problem("D2：须事先报告，活动开始时间 " + shown(startsAt) + " 须晚于 " + shown(earliest) + "（至少提前 "
          + leadTime.toDays() + " 天）");
    }
    if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
      variables.problem("endsAt（结束时间）" + shown(endsAt) + " 须晚于开始时间 " + shown(startsAt));
    }
    variables.refuseIfAny();

    Starter.require(execution, Groups.unionPresidium(unionId), "（D2）：由该组织主席团报告");
    boolean college = union.level() == UnionLevel.COLLEGE;
    // what the review decides on, fixed now: the reporting union, who reviews and decides, the budget and the dates
    facts.fix(execution, "unionId", union.unionId());
    facts.fix(execution, "unionLevel", union.level().name());
    facts.fix(execution, "collegeId", college ? union.collegeId() : "");
    // D2: the college Party organisation decides a college union's major matters, the school Party committee the school's
    facts.fix(execution, "partyGroup", college ? Groups.collegeParty(union.collegeId()) : Groups.PARTY_COMMITTEE);
    facts.fix(execution, "title", title.strip());
    facts.fix(execution, "category", category.name());
    facts.fix(execution, "budgetYuan", budget);
    facts.fix(execution, "volunteersNeeded", volunteersNeeded);
    facts.fix(execution, "startsAt", startsAt.toString());
    facts.fix(execution, "endsAt", endsAt.toString());
    execution.setVariable("unionName", union.name());
    execution.setVariable("categoryLabel", category.label());
    execution.setVariable("period", shown(startsAt) + " 至 " + shown(endsAt));
    procedure.open(execution, Groups.unionPresidium(unionId), "D2", procedure.year(), unionId, title.strip());
  }

  private String shown(OffsetDateTime time) {
    return time.atZoneSameInstant(clock.getZone()).format(SHOWN);
  }
}
