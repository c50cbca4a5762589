package edu.university.governance.engine;

import edu.university.governance.organisation.Groups;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Every procedure checks its start (eligibility, the starter's college, the nomination record) at its
 * start event. Engine REST also lets a caller start an instance at any activity ("startInstructions",
 * optionally skipping listeners) with nothing but the right to start it, which would pass those checks
 * by. Only administrators may do that; anyone else is refused with 403.
 */
@Component
public class StartAtActivityGuard extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new Guard(configuration));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  private static final class Guard extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    Guard(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof StartProcessInstanceAtActivitiesCmd) {
        Authentication user = configuration.getIdentityService().getCurrentAuthentication();
        boolean admin = user != null && user.getGroupIds() != null && user.getGroupIds().contains(Groups.ADMIN);
        if (user != null && user.getUserId() != null && !admin) {
          throw new ProcedureRefusal(Response.Status.FORBIDDEN,
              "流程只能从开始事件启动（开始时核查资格与推荐单位）；从指定环节启动仅限系统管理员");
        }
      }
      return next.execute(command);
    }
  }
}
