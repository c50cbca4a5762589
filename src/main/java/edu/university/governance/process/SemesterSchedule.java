package edu.university.governance.process;

import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.rules.ChairRotation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the semester timer starts for: the current semester and every union. */
@Component("semesterSchedule")
public class SemesterSchedule {

  private final UnionRepository unions;
  private final Clock clock;

  public SemesterSchedule(UnionRepository unions, Clock clock) {
    this.unions = unions;
    this.clock = clock;
  }

  public String semester() {
    return ChairRotation.semesterOf(LocalDate.now(clock));
  }

  public List<String> unionIds() {
    return unions.findAll().stream().map(UnionRecord::unionId).toList();
  }
}
