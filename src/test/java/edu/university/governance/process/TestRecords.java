package edu.university.governance.process;

import edu.university.governance.engine.DeadlineTable;
import edu.university.governance.engine.QuotaTable;
import edu.university.governance.process.activity.MajorActivityReportStart;
import edu.university.governance.process.activity.VolunteerRecruitment;
import edu.university.governance.process.activity.VolunteerRelease;
import edu.university.governance.process.congress.CollegeCongressReminder;
import edu.university.governance.process.congress.CongressFlow;
import edu.university.governance.process.misconduct.HandlingDecision;
import edu.university.governance.process.misconduct.InvestigationClosing;
import edu.university.governance.process.misconduct.MisconductInvestigationStart;
import edu.university.governance.process.misconduct.MisconductRemoval;
import edu.university.governance.process.nomination.BatchCheck;
import edu.university.governance.process.nomination.BatchSummary;
import edu.university.governance.process.nomination.CollegeNominationStart;
import edu.university.governance.process.nomination.EligibilityCheck;
import edu.university.governance.process.nomination.NominationClosing;
import edu.university.governance.process.nomination.NominationOpening;
import edu.university.governance.process.nomination.ConventionSignature;
import edu.university.governance.process.nomination.NomineeAppointment;
import edu.university.governance.process.nomination.NomineeDetails;
import edu.university.governance.process.nomination.NomineeOutcome;
import edu.university.governance.process.nomination.QuotaFigures;
import edu.university.governance.process.nomination.SchoolPresidiumCandidacyStart;
import edu.university.governance.process.nomination.SchoolStaffRecommendationStart;
import edu.university.governance.process.nomination.StaffBatch;
import edu.university.governance.process.review.PerformanceReviewStart;
import edu.university.governance.process.review.ReviewBatch;
import edu.university.governance.process.rotation.ChairRotationTask;
import edu.university.governance.process.rotation.ExecutiveChairRotationStart;
import edu.university.governance.process.schedule.CollegeCongressSchedule;
import edu.university.governance.process.schedule.CongressSchedule;
import edu.university.governance.process.schedule.SemesterSchedule;
import edu.university.governance.process.workreport.ReportHearing;
import edu.university.governance.process.workreport.ReportSubmission;
import edu.university.governance.process.workreport.UnionWorkReportStart;
import edu.university.governance.engine.DeclaredForms;
import edu.university.governance.records.Admission;
import edu.university.governance.records.Appointments;
import edu.university.governance.records.DecisionRepository;
import edu.university.governance.records.FactRepository;
import edu.university.governance.records.OutcomeRepository;
import edu.university.governance.records.Procedures;
import edu.university.governance.records.ChairRotations;
import edu.university.governance.records.Clubs;
import edu.university.governance.records.College;
import edu.university.governance.records.CongressRecords;
import edu.university.governance.records.CongressYears;
import edu.university.governance.records.CollegeRepository;
import edu.university.governance.records.Department;
import edu.university.governance.records.InvestigationRepository;
import edu.university.governance.records.NominationRepository;
import edu.university.governance.records.Reviews;
import edu.university.governance.records.Roster;
import edu.university.governance.records.RosterRepository;
import edu.university.governance.records.Student;
import edu.university.governance.records.StudentRepository;
import edu.university.governance.records.TaskDeadlineRepository;
import edu.university.governance.records.UnionQuotas;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.records.VolunteerRepository;
import edu.university.governance.records.WorkReportRepository;
import edu.university.governance.rules.PoliticalStatus;
import edu.university.governance.rules.Post;
import edu.university.governance.rules.UnionLevel;
import java.time.Clock;
import org.springframework.core.io.DefaultResourceLoader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service's records on a fresh H2 database with the real schema (Flyway) and the real
 * repositories, for process tests: delegates read them exactly as in the service, and the quota
 * limits come from the decision table deployed in the test's engine. The delegates and listeners are
 * registered per family of process/, as the service wires them: a new family adds one method here.
 */
public final class TestRecords {

  /** D1: the convention text the service ships (governance.convention.file's default). */
  public static final String CONVENTION_FILE = "classpath:convention/self-discipline-convention.md";
  public final Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
  public final JdbcTemplate jdbc;
  public final StudentRepository students;
  public final UnionRepository unions;
  public final RosterRepository roster;
  public final NominationRepository nominations;
  public final CollegeRepository colleges;
  public final InvestigationRepository investigations;
  public final VolunteerRepository volunteers;
  public final WorkReportRepository workReports;
  public final CongressYears congressYears;
  private final UnionQuotas quotas;
  private final Admission admission;
  private final Appointments appointments;
  public final DecisionRepository decisionRecords;
  private final OutcomeRepository outcomes;
  private final Decisions decisions;
  public final Facts facts;
  public final ProcedureOpening procedure;
  private final FactRepository factRecords;
  public final TaskDeadlineRepository taskDeadlines;
  /** The periodic deadline check, called by tests with the engine clock they set. */
  public final OverdueTasks overdueTasks;

  public TestRecords(ProcessEngine engine) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:records-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).table("gov_schema_history").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    students = new StudentRepository(jdbc, clock);
    unions = new UnionRepository(jdbc, clock);
    roster = new RosterRepository(jdbc);
    nominations = new NominationRepository(jdbc, clock);
    colleges = new CollegeRepository(jdbc);
    investigations = new InvestigationRepository(jdbc, clock);
    volunteers = new VolunteerRepository(jdbc, clock);
    workReports = new WorkReportRepository(jdbc, clock);
    congressYears = new CongressYears(jdbc, unions, clock);
    quotas = new UnionQuotas(unions, roster, new QuotaTable(engine));
    admission = new Admission(unions, roster);
    appointments = new Appointments(unions, roster, quotas, clock);
    decisionRecords = new DecisionRepository(jdbc, clock);
    outcomes = new OutcomeRepository(jdbc, clock);
    decisions = new Decisions(decisionRecords);
    factRecords = new FactRepository(jdbc);
    facts = new Facts(factRecords);
    procedure = new ProcedureOpening(facts, clock);
    taskDeadlines = new TaskDeadlineRepository(jdbc);
    overdueTasks = new OverdueTasks(engine, taskDeadlines, Duration.ofMinutes(5));
  }

  /** Two colleges (cs, econ) with one class each, their unions, and the school unions. */
  public TestRecords withOrganisation() {
    unions.insertIfMissing(new UnionRecord("school-su", "校级学生会", UnionLevel.SCHOOL, "SU", null));
    unions.insertIfMissing(new UnionRecord("school-gsu", "研究生会", UnionLevel.SCHOOL, "GSU", null));
    unions.insertDepartment(new Department("school-su", "secretariat", "秘书处"));
    unions.insertDepartment(new Department("school-su", "rights", "权益服务部"));
    for (String college : List.of("cs", "econ")) {
      colleges.insert(new College(college, college + " 学院", List.of(college + "2301")));
      unions.insertIfMissing(new UnionRecord(college + "-su", college + " 学生会", UnionLevel.COLLEGE, "SU", college));
      unions.insertDepartment(new Department(college + "-su", "office", "办公室"));
      unions.insertDepartment(new Department(college + "-su", "study", "学习部"));
    }
    return this;
  }

  public TestRecords student(String studentId, String collegeId, PoliticalStatus status, int rank, int size, int failed) {
    students.insert(List.of(new Student(studentId, "学生" + studentId, collegeId, collegeId + "2301", "专业", 2023,
        status, rank, size, failed)));
    return this;
  }

  public TestRecords eligibleStudent(String studentId, String collegeId) {
    return student(studentId, collegeId, PoliticalStatus.CYL_MEMBER, 5, 120, 0);
  }

  /** The academic affairs office reports a change: the student moved to another college and failed courses. */
  public TestRecords moved(String studentId, String collegeId, int failed) {
    students.update(List.of(new Student(studentId, "学生" + studentId, collegeId, collegeId + "2301", "专业", 2023,
        PoliticalStatus.CYL_MEMBER, 5, 120, failed)));
    return this;
  }

  public TestRecords staffOf(String unionId, String studentId) {
    return member(unionId, studentId, Post.STAFF, "office");
  }

  public TestRecords member(String unionId, String studentId, Post post, String departmentId) {
    roster.insert(unionId, studentId, post, departmentId, "2026-2027", LocalDate.now(clock), false, "TEST",
        LocalDate.now(clock));
    return this;
  }

  /** Eligible students of the college with ids prefix-1 … prefix-n, each on the union's roster with that post. */
  public TestRecords members(String unionId, String collegeId, String prefix, int n, Post post, String departmentId) {
    for (int i = 1; i <= n; i++) {
      eligibleStudent(prefix + "-" + i, collegeId);
      member(unionId, prefix + "-" + i, post, departmentId);
    }
    return this;
  }

  /** process/: the glue every family shares. */
  public TestRecords registerSharedGlue() {
    Mocks.register("decisions", decisions);
    Mocks.register("facts", facts);
    Mocks.register("recordDecision", new RecordDecision(decisionRecords, new DeclaredForms()));
    Mocks.register("presentTask", new PresentTask(procedures(), new ApprovalRecord(decisionRecords, clock)));
    Mocks.register("reviewDecision", new ReviewDecision(new DeclaredForms()));
    Mocks.register("rejectionSummary", new RejectionSummary(decisions));
    Mocks.register("recordOutcome", new RecordOutcome(decisions, outcomes));
    Mocks.register("remarkCheck", new RemarkCheck());
    Mocks.register("taskDeadline", new TaskDeadline(new DeadlineTable(), taskDeadlines, clock));
    Mocks.register("conventionText", new ConventionText(new DefaultResourceLoader(), CONVENTION_FILE));
    // notifications are tested through the service (H2NotificationsIT): no channel here, nothing to tell
    Mocks.register("taskNotice", (TaskListener) task -> { });
    return this;
  }

  /** process/nomination: P1 (school-presidium-candidacy), P2 (school-staff-recommendation), P3 (college-nomination). */
  public TestRecords registerNomination() {
    NominationOpening start = new NominationOpening(students, unions, nominations, facts, clock);
    Mocks.register("schoolPresidiumCandidacyStart", new SchoolPresidiumCandidacyStart(start, procedure));
    Mocks.register("collegeNominationStart", new CollegeNominationStart(start, unions, admission, procedure));
    Mocks.register("schoolStaffRecommendationStart", new SchoolStaffRecommendationStart(start, colleges, admission, procedure));
    Mocks.register("batchCheck", new BatchCheck(nominations, roster, unions, quotas, facts));
    Mocks.register("staffBatch", new StaffBatch(nominations));
    Mocks.register("nomineeDetails", new NomineeDetails(nominations, students, unions));
    EligibilityCheck eligibility = new EligibilityCheck(nominations, students, roster, facts);
    Mocks.register("eligibilityCheck", eligibility);
    Mocks.register("nomineeOutcome", new NomineeOutcome(nominations));
    Mocks.register("batchSummary", new BatchSummary(nominations));
    Mocks.register("nominationClosing", new NominationClosing(nominations, outcomes, clock));
    Mocks.register("nomineeAppointment", new NomineeAppointment(nominations, appointments, decisions, eligibility,
        clock));
    Mocks.register("conventionSignature", new ConventionSignature(nominations, clock));
    Mocks.register("quotaFigures", new QuotaFigures(nominations, unions, quotas));
    return this;
  }

  /** process/activity: D2 (major-activity-report) with its S4 volunteers. */
  public TestRecords registerActivity() {
    Mocks.register("majorActivityReportStart", new MajorActivityReportStart(unions, clock, Duration.ofDays(7), facts,
        procedure));
    Mocks.register("volunteerRecruitment", new VolunteerRecruitment(students, volunteers, facts));
    Mocks.register("volunteerRelease", new VolunteerRelease(volunteers));
    return this;
  }

  /** process/misconduct: D3 (misconduct-investigation). */
  public TestRecords registerMisconduct() {
    Mocks.register("misconductInvestigationStart", new MisconductInvestigationStart(students, unions, roster,
        investigations, clock, Duration.ofDays(7), facts, procedure));
    Mocks.register("handlingDecision", new HandlingDecision());
    Mocks.register("misconductRemoval", new MisconductRemoval(new Roster(unions, roster, students, clock, quotas,
        admission, appointments), investigations, decisions));
    Mocks.register("investigationClosing", new InvestigationClosing(investigations, outcomes, decisions));
    return this;
  }

  /** process/review: R1–R3 (performance-review). */
  public TestRecords registerReview() {
    Reviews reviews = reviews();
    Mocks.register("performanceReviewStart", new PerformanceReviewStart(unions, reviews, facts, procedure));
    Mocks.register("reviewBatch", new ReviewBatch(reviews, students, roster, facts));
    return this;
  }

  /** process/rotation: S2 (executive-chair-rotation). */
  public TestRecords registerRotation() {
    Mocks.register("executiveChairRotationStart", new ExecutiveChairRotationStart(unions, facts, procedure));
    Mocks.register("chairRotationTask", new ChairRotationTask(chairRotations(), facts));
    return this;
  }

  /** process/congress: C1–C3 (student-congress). */
  public TestRecords registerCongress() {
    Mocks.register("congressFlow", new CongressFlow(unions, students, new CongressRecords(jdbc, roster, appointments,
        clock), new Clubs(jdbc), nominations, quotas, chairRotations(), facts, procedure, new DeclaredForms(), decisions,
        clock, congressYears));
    Mocks.register("collegeCongressReminder", new CollegeCongressReminder(unions, congressYears, facts, procedure, clock,
        "12-01"));
    return this;
  }

  /** process/schedule: the daily C1 check (college-congress-schedule) on the given clock and reminder date. */
  public TestRecords registerCollegeCongressSchedule(Clock today, String reminderDate) {
    Mocks.register("collegeCongressSchedule", new CollegeCongressSchedule(congressYears, today, reminderDate));
    return this;
  }

  /** process/workreport: O1 (union-work-report), the report due that many days into the semester. */
  public TestRecords registerWorkReport(int dueDays) {
    Mocks.register("unionWorkReportStart", new UnionWorkReportStart(unions, workReports, facts, procedure, clock,
        dueDays));
    Mocks.register("reportSubmission", new ReportSubmission(workReports));
    Mocks.register("reportHearing", new ReportHearing());
    return this;
  }

  /** process/schedule: the semester and yearly timers (semester-schedule, yearly-schedule). */
  public TestRecords registerSchedule() {
    Mocks.register("semesterSchedule", new SemesterSchedule(unions, reviews(), workReports, clock));
    Mocks.register("congressSchedule", new CongressSchedule(unions, students, clock));
    return this;
  }

  /** The service's reading of what a procedure is about, over these records. */
  public Procedures procedures() {
    return new Procedures(jdbc, factRecords, outcomes, decisionRecords, nominations, investigations, students, unions,
        colleges);
  }

  public Reviews reviews() {
    return new Reviews(jdbc, roster, clock);
  }

  public ChairRotations chairRotations() {
    return new ChairRotations(jdbc, unions, roster, clock);
  }

  /** A fact as the service fixed it (gov_fact), or null. */
  public String fact(String processInstanceId, String name) {
    return jdbc.queryForList("select fact_value from gov_fact where process_instance_id = ? and name = ?", String.class,
        processInstanceId, name).stream().findFirst().orElse(null);
  }

  public String nominationStatus(String processInstanceId) {
    return nominations.byProcessInstance(processInstanceId).orElseThrow().status();
  }
}
