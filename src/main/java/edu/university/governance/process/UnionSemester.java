package edu.university.governance.process;

import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The subject of a procedure about one union in one semester (R1 performance review, S2 chair rotation, O1 work
 * report): the start variables unionId and semester, checked together and refused together with the procedure's
 * rule id ("启动被拒绝（R1）：学生组织 … 不存在；semester（学期）应形如 …"), then fixed in the service's records.
 */
public record UnionSemester(String unionId, String semester, UnionRecord union) {

  /** Reads and checks both start variables; refuses the start naming the rule when either is wrong. */
  public static UnionSemester read(DelegateExecution execution, UnionRepository unions, String rule) {
    StartVariables variables = new StartVariables(execution);
    String unionId = variables.id("unionId", "学生组织");
    String semester = variables.semester();
    UnionRecord union = variables.union(unionId, unions);
    variables.refuseIfAny(rule);
    return new UnionSemester(unionId, semester, union);
  }

  /** Records unionId and semester as the procedure's facts, which later steps read instead of variables. */
  public void fix(DelegateExecution execution, Facts facts) {
    facts.fix(execution, "unionId", unionId);
    facts.fix(execution, "semester", semester);
  }
}
