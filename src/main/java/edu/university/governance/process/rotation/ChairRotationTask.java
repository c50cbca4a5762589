package edu.university.governance.process.rotation;

import edu.university.governance.process.Facts;
import edu.university.governance.records.ChairRotations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** S2: the next presidium member in rotation becomes the union's executive chair for the semester ("executiveChair"). */
@Component("chairRotationTask")
public class ChairRotationTask implements JavaDelegate {

  private final ChairRotations rotations;
  private final Facts facts;

  public ChairRotationTask(ChairRotations rotations, Facts facts) {
    this.rotations = rotations;
    this.facts = facts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("executiveChair", rotations.rotate(facts.of(execution, "unionId"),
        facts.of(execution, "semester")).orElse(null));
  }
}
