package edu.university.governance.process;

import edu.university.governance.engine.CaseFiles;
import edu.university.governance.records.DecisionRepository;
import edu.university.governance.records.DecisionRepository.Decision;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The approval record (审批记录) a decision form shows: every earlier decision of the procedure, in order, from the
 * decision record the service wrote (never from a variable), one line each: "2026-12-01 09:30 学院党组织审核同意（P1.2）
 * 计算机学院党组织 张三：同意。同意推荐" (the office's group name, or its id when the group has none). Inside a
 * multi-instance scope, the decisions about the scope's own subject and the procedure's own steps. The record is
 * what was decided when the task was created; a parallel office deciding later shows in the case file.
 */
@Component
public class ApprovalRecord {

  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final DecisionRepository decisions;
  private final Clock clock;

  public ApprovalRecord(DecisionRepository decisions, Clock clock) {
    this.decisions = decisions;
    this.clock = clock;
  }

  /** The lines, or "（尚无）" before the first decision. */
  public String of(String processInstanceId, String subject) {
    // each office and person looked up once per record, not once per line (with a directory, each is a search)
    Map<String, String> offices = new HashMap<>();
    Map<String, String> people = new HashMap<>();
    List<String> lines = new ArrayList<>();
    for (Decision decision : decisions.forProcessInstance(processInstanceId)) {
      if (decision.subject() == null || Objects.equals(decision.subject(), subject)) {
        String office = decision.office() == null ? ""
            : offices.computeIfAbsent(decision.office(), ApprovalRecord::office) + " ";
        String person = decision.userId() == null ? "系统"
            : people.computeIfAbsent(decision.userId(), ApprovalRecord::person);
        lines.add(line(decision, office, person));
      }
    }
    return lines.isEmpty() ? "（尚无）" : String.join("\n", lines);
  }

  private String line(Decision decision, String office, String person) {
    String verdict = decision.approved() == null ? (decision.handling() == null ? "已办理" : "处理决定 " + decision.handling())
        : decision.approved() ? "同意" : "不同意";
    String comment = decision.comment() == null || decision.comment().isBlank() ? "" : "。" + decision.comment();
    return decision.decidedAt().atZone(clock.getZone()).format(SHOWN) + " " + decision.stepName() + " " + office + person
        + "：" + verdict + comment;
  }

  /** The office's name as Camunda Admin shows the group ("计算机学院党组织"), or its id. */
  private static String office(String groupId) {
    Group group = Context.getCommandContext() == null ? null : Context.getCommandContext().runWithoutAuthorization(() ->
        Context.getProcessEngineConfiguration().getIdentityService().createGroupQuery().groupId(groupId).singleResult());
    return group == null || group.getName() == null || group.getName().isBlank() ? groupId : group.getName();
  }

  /** The person's name as the webapps show it ({@link CaseFiles#displayName}), or their id. */
  private static String person(String userId) {
    User user = Context.getCommandContext() == null ? null : Context.getCommandContext().runWithoutAuthorization(() ->
        Context.getProcessEngineConfiguration().getIdentityService().createUserQuery().userId(userId).singleResult());
    return user == null ? userId : CaseFiles.displayName(user);
  }
}
