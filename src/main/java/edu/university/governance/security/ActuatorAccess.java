package edu.university.governance.security;

import edu.university.governance.organisation.Groups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may read what of Spring Boot's Actuator under /actuator (operator guide "Health and metrics"):
 * <ul>
 *   <li>the probes /actuator/health/liveness and /actuator/health/readiness: anyone, status only; a caller who
 *   gives HTTP Basic credentials of Camunda's users is passed on as the request's principal, its groups as its
 *   roles, and Actuator shows the details to the role camunda-admin (management.endpoint.health.roles);</li>
 *   <li>/actuator/prometheus: administrators and the group monitoring;</li>
 *   <li>everything else under /actuator, /actuator/health with every component included: administrators.</li>
 * </ul>
 * Anonymous requests to a protected path get 401, signed-in callers without the group 403.
 */
public class ActuatorAccess extends OncePerRequestFilter {

  static final String PROMETHEUS = "/actuator/prometheus";
  private static final Set<String> PROBES = Set.of("/actuator/health/liveness", "/actuator/health/readiness");

  private final IdentityService identity;

  public ActuatorAccess(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean open = PROBES.contains(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    String header = request.getHeader("Authorization");
    Caller caller;
    try {
      caller = Callers.basic(identity, header);
    } catch (RuntimeException e) {
      // the password cannot be checked while the database is away: a probe still gets its status, alone
      if (open) {
        chain.doFilter(request, response);
      } else {
        refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "暂时无法验证登录：数据库不可用");
      }
      return;
    }
    if (header != null && caller == null) {
      refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "用户名或密码不正确");
      return;
    }
    if (!open && caller == null) {
      refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "需要登录：请用 HTTP Basic 提供用户名和密码");
      return;
    }
    if (!open && !(caller.isAdmin() || path.equals(PROMETHEUS) && caller.inGroup(Groups.MONITORING))) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, path.equals(PROMETHEUS)
          ? "仅限系统管理员或 " + Groups.MONITORING + " 组的成员读取监控指标" : "仅限系统管理员");
      return;
    }
    chain.doFilter(caller == null ? request : new SignedIn(request, caller), response);
  }

  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"union-governance\", charset=\"UTF-8\"");
    }
    response.setContentType("application/json;charset=UTF-8");
    String error = switch (status) {
      case HttpServletResponse.SC_UNAUTHORIZED -> "UNAUTHORIZED";
      case HttpServletResponse.SC_FORBIDDEN -> "FORBIDDEN";
      default -> "UNAVAILABLE";
    };
    response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\"" + message
        + "\"}");
  }

  /** The caller as the servlet API's principal, its Camunda groups as its roles: what Actuator asks. */
  private static final class SignedIn extends HttpServletRequestWrapper {

    private final Caller caller;

    SignedIn(HttpServletRequest request, Caller caller) {
      super(request);
      this.caller = caller;
    }

    @Override
    public Principal getUserPrincipal() {
      return caller::userId;
    }

    @Override
    public String getRemoteUser() {
      return caller.userId();
    }

    @Override
    public boolean isUserInRole(String role) {
      return caller.inGroup(role);
    }
  }
}
