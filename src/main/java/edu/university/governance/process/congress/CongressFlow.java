package edu.university.governance.process.congress;

import edu.university.governance.engine.DeclaredForms;
import edu.university.governance.engine.ProcedureRefusal;
import edu.university.governance.process.ConventionDate;
import edu.university.governance.process.Decisions;
import edu.university.governance.process.Facts;
import edu.university.governance.process.ProcedureOpening;
import edu.university.governance.process.ReviewDecision;
import edu.university.governance.process.StartVariables;
import edu.university.governance.process.Starter;
import edu.university.governance.process.TextLists;
import edu.university.governance.records.ChairRotations;
import edu.university.governance.records.Clubs;
import edu.university.governance.records.CongressRecords;
import edu.university.governance.records.CongressYears;
import edu.university.governance.records.NominationRepository;
import edu.university.governance.records.Student;
import edu.university.governance.records.StudentRepository;
import edu.university.governance.records.UnionQuotas;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.rules.CalendarDay;
import edu.university.governance.rules.Congress;
import edu.university.governance.rules.RuleViolation;
import edu.university.governance.rules.UnionLevel;
import edu.university.governance.organisation.Groups;
import java.time.Clock;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The glue of C1–C3 (student-congress): start checks and seat allocation (Q11), the colleges for the
 * per-college delegate elections (C2), the check of Q11 and Q12, the election of the presidium from the
 * year's confirmed candidates within Q3/Q7, the announcement, the filing with the day the new presidium signed the
 * self-discipline convention (D1) and the new presidium on the roster (C3). Each piece is a method the model names.
 */
@Component("congressFlow")
public class CongressFlow {

  private final UnionRepository unions;
  private final StudentRepository students;
  private final CongressRecords records;
  private final Clubs clubs;
  private final NominationRepository nominations;
  private final UnionQuotas quotas;
  private final ChairRotations chairs;
  private final Facts facts;
  private final ProcedureOpening procedure;
  private final DeclaredForms forms;
  private final Decisions decisions;
  private final Clock clock;
  private final CongressYears years;

  /** The filing form's D1 input: the day the new presidium signed the self-discipline convention. */
  static final String CONVENTION_SIGNED_AT = "conventionSignedAt";

  public CongressFlow(UnionRepository unions, StudentRepository students, CongressRecords records, Clubs clubs,
                      NominationRepository nominations, UnionQuotas quotas, ChairRotations chairs, Facts facts,
                      ProcedureOpening procedure, DeclaredForms forms, Decisions decisions, Clock clock,
                      CongressYears years) {
    this.years = years;
    this.decisions = decisions;
    this.clock = clock;
    this.forms = forms;
    this.procedure = procedure;
    this.chairs = chairs;
    this.facts = facts;
    this.unions = unions;
    this.students = students;
    this.records = records;
    this.clubs = clubs;
    this.nominations = nominations;
    this.quotas = quotas;
  }

  /** Start: the union, the year and the students represented; who convenes; the seat plan (Q11, Q12). */
  public ExecutionListener start() {
    return execution -> {
      StartVariables variables = new StartVariables(execution);
      String unionId = variables.id("unionId", "学生组织");
      Integer year = variables.whole("year", "年度", 2000, 2100);
      Integer represented = variables.whole("studentsRepresented", "所代表的学生人数", 1, 1_000_000);
      UnionRecord union = variables.union(unionId, unions);
      variables.refuseIfAny();
      boolean school = union.level() == UnionLevel.SCHOOL;
      String convener = school ? Groups.YOUTH_LEAGUE : Groups.collegeLeague(union.collegeId());
      Starter.require(execution, convener, "（C1）：学生代表大会由" + (school ? "校团委" : "学院团组织") + "召集");
      List<String> colleges = records.colleges(union);
      int minimum = Congress.minimumDelegates(represented, quotas.limits(union));
      Map<String, Integer> seats = Congress.allocate(records.studentsByCollege(colleges), minimum);
      // the congress as convened: its union, year and size, who convenes and who approves its results (C3)
      facts.fix(execution, "unionId", union.unionId());
      facts.fix(execution, "year", year);
      facts.fix(execution, "studentsRepresented", represented);
      facts.fix(execution, "convenerGroup", convener);
      facts.fix(execution, "partyGroup", school ? Groups.PARTY_COMMITTEE : Groups.collegeParty(union.collegeId()));
      execution.setVariable("unionName", union.name());
      execution.setVariable("minimumDelegates", minimum);
      execution.setVariable("seatPlan", "代表不少于 " + minimum + " 名（Q11）：" + seats.entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue() + " 名").collect(Collectors.joining("，")));
      procedure.open(execution, convener, "C", String.valueOf(year), union.unionId());
      years.opened(execution.getProcessInstanceId(), union.unionId(), year, execution.getProcessBusinessKey());
    };
  }

  /** C2: the colleges that elect delegates, one parallel election each. */
  public List<String> colleges(DelegateExecution execution) {
    return records.colleges(union(execution));
  }

  /** The class branches of a college, who recommend its delegates. */
  public String classBranches(String collegeId) {
    return String.join(",", classIds(collegeId).stream().map(Groups::classBranch).toList());
  }

  /** C2 recommendation: known students of this college. */
  public ExecutionListener recommendation() {
    return execution -> {
      if (!execution.isCanceled()) {
        ofCollege(execution, "recommended", (String) execution.getVariable("collegeId"));
      }
    };
  }

  /** C2 election by the college union: delegates chosen among the recommended, recorded at once. */
  public ExecutionListener election() {
    return execution -> {
      if (execution.isCanceled()) {
        return;
      }
      String collegeId = (String) execution.getVariable("collegeId");
      List<Student> elected = ofCollege(execution, "delegateIds", collegeId);
      Set<String> recommended = TextLists.ids(execution.getVariable("recommended"));
      List<String> notRecommended = elected.stream().map(Student::studentId).filter(id -> !recommended.contains(id)).toList();
      if (!notRecommended.isEmpty()) {
        throw new ProcedureRefusal(task(execution) + "C2：代表须从班级团支部推荐的人选中选举，未被推荐：" + String.join("、", notRecommended));
      }
      records.addDelegates(execution.getProcessInstanceId(), elected);
    };
  }

  /** Q11 and Q12 before the congress is held: "delegatesHold", and what is missing in "delegateShortfall". */
  public JavaDelegate check() {
    return execution -> {
      UnionRecord union = union(execution);
      List<String> colleges = records.colleges(union);
      List<RuleViolation> missing = new ArrayList<>(Congress.check(records.delegates(execution.getProcessInstanceId()),
          facts.whole(execution, "studentsRepresented"), quotas.limits(union), Set.copyOf(colleges),
          records.grades(colleges), clubs.majorClubMembers(colleges)));
      if (Boolean.TRUE.equals(execution.getVariable("q11ExceptionApproved"))) {
        missing.removeIf(v -> v.ruleId().equals("Q11"));
      }
      execution.setVariable("delegatesHold", missing.isEmpty());
      execution.setVariable("delegateShortfall", missing.stream().map(RuleViolation::text).collect(Collectors.joining("；")));
    };
  }

  /**
   * Completing a shortfall: more delegates (any represented student), and the explicit choice whether the Q11
   * exception is approved (a radio without default: 批准例外 true / 不批准 false), always with a reason.
   */
  public ExecutionListener shortfall() {
    return execution -> {
      if (execution.isCanceled()) {
        return;
      }
      Object exception = execution.getVariable("approveQ11Exception");
      if (!(exception instanceof Boolean)) {
        throw new ProcedureRefusal(ReviewDecision.noChoice(execution.getCurrentActivityName(),
            forms.ofActivity(execution).inputs().get("approveQ11Exception"), "approveQ11Exception"));
      }
      Object comment = execution.getVariable("comment");
      if (!(comment instanceof String text) || text.isBlank()) {
        throw new ProcedureRefusal(task(execution) + "必须写明处理说明（comment）");
      }
      Object added = execution.getVariable("additionalDelegates");
      if (added instanceof String list && !list.isBlank()) {
        List<String> colleges = records.colleges(union(execution));
        List<Student> found = known(execution, TextLists.ids(list));
        List<String> outside = found.stream().filter(s -> !colleges.contains(s.collegeId())).map(Student::studentId).toList();
        if (!outside.isEmpty()) {
          throw new ProcedureRefusal(task(execution) + "不在本次大会所代表的学院：" + String.join("、", outside));
        }
        records.addDelegates(execution.getProcessInstanceId(), found);
      }
      execution.setVariable("q11ExceptionApproved", exception);
    };
  }

  /** C3: the congress's results, "studentId,votes" a line; winners within Q3/Q7 and confirmed candidates of the year only. */
  public ExecutionListener results() {
    return execution -> {
      if (execution.isCanceled()) {
        return;
      }
      Object value = execution.getVariable("results");
      if (!(value instanceof String text) || text.isBlank()) {
        throw new ProcedureRefusal(task(execution) + "请填写选举结果（results）：每行“学号,得票数”");
      }
      List<Congress.Winner> winners = new ArrayList<>();
      for (String line : text.strip().split("\\R")) {
        String[] cells = TextLists.cells(line);
        try {
          winners.add(new Congress.Winner(cells[0], Integer.parseInt(cells[1])));
        } catch (RuntimeException e) {
          throw new ProcedureRefusal(task(execution) + "结果“" + line.strip() + "”应为“学号,得票数”");
        }
      }
      UnionRecord union = union(execution);
      int year = facts.whole(execution, "year");
      Set<String> candidates = nominations.confirmedCandidates(union.unionId(), year).stream()
          .map(n -> n.studentId()).collect(Collectors.toSet());
      List<RuleViolation> problems = Congress.election(winners, candidates, quotas.limits(union), year);
      if (!problems.isEmpty()) {
        throw new ProcedureRefusal(task(execution) + problems.stream().map(RuleViolation::text).collect(Collectors.joining("；")));
      }
      facts.fix(execution, "winnerIds", winners.stream().map(Congress.Winner::studentId).collect(Collectors.joining(",")));
      years.elected(execution.getProcessInstanceId(), winners.stream().collect(Collectors.toMap(Congress.Winner::studentId,
          Congress.Winner::votes, (first, second) -> second, LinkedHashMap::new)));
      execution.setVariable("announcement", "当选主席团成员：" + winners.stream().map(w -> w.studentId() + "（"
          + students.find(w.studentId()).map(Student::name).orElse("") + "，" + w.votes() + " 票）")
          .collect(Collectors.joining("、")));
    };
  }

  /** C3 filing with the higher-level student federation: a date (yyyy-MM-dd) and a reference are required. */
  public ExecutionListener filing() {
    return execution -> {
      if (execution.isCanceled()) {
        return;
      }
      Object date = execution.getVariable("filingDate");
      Object reference = execution.getVariable("filingReference");
      LocalDate filedOn;
      try {
        filedOn = CalendarDay.of(date, clock.getZone());
      } catch (DateTimeException e) {
        throw new ProcedureRefusal(task(execution) + "filingDate（报备日期）应为 yyyy-MM-dd");
      }
      if (!(reference instanceof String text) || text.isBlank() || text.length() > 200) {
        throw new ProcedureRefusal(task(execution) + "必须填写报备文号（filingReference），不超过 200 字");
      }
      // D1 where the filing form asks for the date; a congress opened on a model version before D1 files without it,
      // and its new presidium shows in the quota view's D1 warning until the union's roster records the date
      if (forms.ofActivity(execution).inputs().containsKey(CONVENTION_SIGNED_AT)) {
        ConventionDate.checked(execution, execution.getVariable(CONVENTION_SIGNED_AT), clock);
      }
      years.filed(execution.getProcessInstanceId(), filedOn, text.strip());
      // C1: the union's congress of the year is filed; its college league's reminder, if any, ends by itself
      CollegeCongressReminder.congressFiled(execution, facts.of(execution, "unionId"), facts.whole(execution, "year"));
    };
  }

  /** C3: the elected presidium replaces the old one on the roster, and takes the executive chair in rotation (S2). */
  public JavaDelegate newPresidium() {
    return execution -> {
      String unionId = union(execution).unionId();
      // D1: the date the convener recorded at the filing, from the service's decision record
      // (none from a filing on a model version before D1: see filing())
      LocalDate signed = decisions.detail(execution, "fileResults", CONVENTION_SIGNED_AT)
          .map(recorded -> ConventionDate.checked(execution, recorded, clock)).orElse(null);
      records.replacePresidium(unionId, Arrays.asList(facts.of(execution, "winnerIds").split(",")),
          "届满：" + facts.of(execution, "year") + " 年学生代表大会选出新一届主席团", signed);
      execution.setVariable("executiveChair", chairs.restartForCurrentSemester(unionId).orElse(null));
    };
  }

  private UnionRecord union(DelegateExecution execution) {
    return unions.find(facts.of(execution, "unionId")).orElseThrow();
  }

  private List<String> classIds(String collegeId) {
    return students.classesOf(collegeId);
  }

  private List<Student> ofCollege(DelegateExecution execution, String variable, String collegeId) {
    Set<String> ids = TextLists.ids(execution.getVariable(variable));
    if (ids.isEmpty()) {
      throw new ProcedureRefusal(task(execution) + "请填写学号（" + variable + "），每行一个或用逗号分隔");
    }
    List<Student> found = known(execution, ids);
    List<String> foreign = found.stream().filter(s -> !s.collegeId().equals(collegeId)).map(Student::studentId).toList();
    if (!foreign.isEmpty()) {
      throw new ProcedureRefusal(task(execution) + "不是学院 " + collegeId + " 的学生：" + String.join("、", foreign));
    }
    return found;
  }

  private List<Student> known(DelegateExecution execution, Set<String> ids) {
    List<Student> found = ids.stream().map(students::find).flatMap(java.util.Optional::stream).toList();
    if (found.size() < ids.size()) {
      Set<String> unknown = new LinkedHashSet<>(ids);
      found.forEach(s -> unknown.remove(s.studentId()));
      throw new ProcedureRefusal(task(execution) + "学号不存在：" + String.join("、", unknown));
    }
    return found;
  }

  private static String task(DelegateExecution execution) {
    return "“" + execution.getCurrentActivityName() + "”：";
  }
}
