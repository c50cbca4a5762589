package edu.university.governance.process.schedule;

import edu.university.governance.records.Reviews;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.rules.ChairRotation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the semester timer starts: S2 for every union and the current semester, R1 for the semester just ended. */
@Component("semesterSchedule")
public class SemesterSchedule {

  private final UnionRepository unions;
  private final Reviews reviews;
  private final Clock clock;

  public SemesterSchedule(UnionRepository unions, Reviews reviews, Clock clock) {
    this.unions = unions;
    this.reviews = reviews;
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
}
