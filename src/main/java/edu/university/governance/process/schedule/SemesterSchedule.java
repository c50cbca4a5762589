package edu.university.governance.process.schedule;

import edu.university.governance.records.Reviews;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.records.WorkReportRepository;
import edu.university.governance.rules.ChairRotation;
import edu.university.governance.rules.UnionLevel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the semester timer starts: S2 for every union and the current semester, R1 for the semester just ended, O1
 * (the work report to the Party committee) for every school union and the current semester.
 */
@Component("semesterSchedule")
public class SemesterSchedule {

  private final UnionRepository unions;
  private final Reviews reviews;
  private final WorkReportRepository workReports;
  private final Clock clock;

  public SemesterSchedule(UnionRepository unions, Reviews reviews, WorkReportRepository workReports, Clock clock) {
    this.unions = unions;
    this.reviews = reviews;
    this.workReports = workReports;
    this.clock = clock;
  }

  public String semester() {
    return ChairRotation.semesterOf(LocalDate.now(clock));
  }

  public List<String> unionIds() {
    return unions.findAll().stream().map(UnionRecord::unionId).toList();
  }

  /** The semester that has just ended, which R1 reviews at the start of the next. */
  public String previousSemester() {
    return ChairRotation.semesterOf(LocalDate.now(clock).minusMonths(2));
  }

  /** The unions with someone to review (R1) and no review yet for the semester that has ended. */
  public List<String> unionsToReview() {
    String semester = previousSemester();
    return unionIds().stream().filter(u -> !reviews.reviewees(u).isEmpty() && !reviews.started(u, semester)).toList();
  }

  /** O1: the school unions whose presidium has not yet opened its work report of the current semester by hand. */
  public List<String> schoolUnionsToReport() {
    String semester = semester();
    return unions.findAll().stream().filter(union -> union.level() == UnionLevel.SCHOOL).map(UnionRecord::unionId)
        .filter(unionId -> workReports.of(unionId, semester).isEmpty()).toList();
  }
}
