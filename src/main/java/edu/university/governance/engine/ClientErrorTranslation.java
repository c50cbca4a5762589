package edu.university.governance.engine;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Engine exceptions that are the request's fault, which engine-rest and the webapps turn into a 500 (they
 * answer 4xx only for a BadUserRequestException or a RestException), rethrown as a {@link ProcedureRefusal}
 * with a 4xx and a message staff can read. Found by the bad-input sweep:
 * <ul>
 *   <li>a value longer than its column (a business key, task name or id, assignee, group id, a user's or
 *   filter's name; SQL state 22001): 400;</li>
 *   <li>an argument the engine requires (Camunda's checks: "workerId is null", "maxResults is not greater than
 *   or equal to 0") or an id the identity service refuses: 400;</li>
 *   <li>a BPMN error or escalation that nothing in the model catches (ENGINE-13033, ENGINE-02043), an unknown
 *   authorization type (ENGINE-03025): 400; deleting a process definition that still has instances (ENGINE-03076): 409.</li>
 * </ul>
 * Only the outermost command is translated; everything else passes unchanged.
 */
@Component
public class ClientErrorTranslation extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ClientErrorTranslation.class);
  private static final Pattern COLUMN_SIZE = Pattern.compile("(?i)varying\\((\\d+)\\)|varchar\\((\\d+)\\)");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(0, new Translation());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static final class Translation extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (Context.getCommandContext() != null) {
        return next.execute(command);
      }
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        ProcedureRefusal refusal = refusal(e);
        if (refusal == null) {
          throw e;
        }
        LOG.info("Refused as the request's fault ({}): {}", refusal.getStatus().getStatusCode(), e.getMessage());
        refusal.initCause(e);
        throw refusal;
      }
    }
  }

  /** The 4xx for an exception that is the request's fault, or null. */
  static ProcedureRefusal refusal(ProcessEngineException e) {
    if (e instanceof BadUserRequestException || e instanceof OptimisticLockingException) {
      return null;
    }
    SQLException tooLong = sqlState(e, "22001");
    if (tooLong != null) {
      Matcher size = COLUMN_SIZE.matcher(String.valueOf(tooLong.getMessage()));
      String limit = size.find() ? (size.group(1) != null ? size.group(1) : size.group(2)) + " 个字符" : "";
      return new ProcedureRefusal("输入的某个值（编号、名称、业务键或办理人等）超过了数据库字段的" + limit + "长度上限，请缩短后再提交");
    }
    String message = String.valueOf(e.getMessage());
    if (e instanceof NullValueException || message.contains(" is not greater than") || message.contains(" is not less than")
        || message.contains("has an invalid id")) {
      return new ProcedureRefusal("请求缺少必需的参数或参数无效：" + message);
    }
    if (message.startsWith("ENGINE-13033") || message.startsWith("ENGINE-02043")) {
      return new ProcedureRefusal("流程中没有处理该错误代码或升级代码的事件：" + message);
    }
    if (message.startsWith("ENGINE-03025")) {
      return new ProcedureRefusal("授权类型无效，应为 0（全局）、1（允许）或 2（拒绝）");
    }
    if (message.startsWith("ENGINE-03076")) {
      return new ProcedureRefusal(Response.Status.CONFLICT, "该流程定义仍有流程实例，不能删除（可选择级联删除）");
    }
    return null;
  }

  private static SQLException sqlState(Throwable e, String state) {
    for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          if (state.equals(next.getSQLState())) {
            return next;
          }
        }
      }
    }
    return null;
  }
}
