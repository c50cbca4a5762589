package edu.university.governance.process;

import edu.university.governance.engine.ProcedureRefusal;
import edu.university.governance.security.Caller;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The user who starts or completes something, as the engine's authentication knows it (REST and webapps set it). */
public final class Starter {

  private Starter() {
  }

  /** The starter must belong to the unit the rule names (administrators and the engine itself may start anything). */
  public static void require(DelegateExecution execution, String groupId, String refusal) {
    Optional<Caller> starter = of(execution);
    if (starter.isPresent() && !starter.get().isAdmin() && !starter.get().inGroup(groupId)) {
      throw new ProcedureRefusal("启动被拒绝" + refusal + "，您（" + starter.get().userId() + "）不是 " + groupId
          + " 的成员");
    }
  }

  /** Empty for the engine's own calls (timers, Java API without a user): those are trusted. */
  public static Optional<Caller> of(DelegateExecution execution) {
    Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return Optional.empty();
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    return Optional.of(new Caller(authentication.getUserId(), groups));
  }
}
