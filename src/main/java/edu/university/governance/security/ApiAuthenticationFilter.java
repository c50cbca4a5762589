package edu.university.governance.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic for the service's own API (/api), its description (/v3/api-docs, Swagger UI) and its case-file pages
 * (/case-files), against Camunda's users; for reading (GET, HEAD) also the webapps' login, so that a link from
 * Tasklist or Cockpit opens a case file (or Swagger UI) without a second login. A write never rides on the session cookie (no cross-site request can change anything). The caller's
 * groups go to the request (for the API's own checks) and to the engine (so its authorization applies), and are
 * cleared when the request ends.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  public static final String CALLER = "governance.caller";

  /** Where the pages for people start; an anonymous visitor there is sent to the webapps' login. */
  public static final String PAGES = "/case-files";

  private final IdentityService identity;
  private final String engineName;

  public ApiAuthenticationFilter(IdentityService identity, String engineName) {
    this.identity = identity;
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Caller caller = authenticate(request.getHeader("Authorization"));
    if (caller == null && request.getHeader("Authorization") == null
        && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
      caller = signedIn(request.getSession(false));
    }
    if (caller == null && request.getRequestURI().startsWith(request.getContextPath() + PAGES)) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("text/html;charset=UTF-8");
      response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>请先登录"
          + "</title></head><body><p>请先登录<a href=\"" + request.getContextPath() + "/camunda/app/tasklist/\">任务列表"
          + "</a>，再打开流程档案。</p></body></html>");
      return;
    }
    if (caller == null) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"union-governance\", charset=\"UTF-8\"");
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"status\":401,\"error\":\"UNAUTHORIZED\",\"message\":\"需要登录：请用 HTTP Basic 提供用户名和密码\"}");
      return;
    }
    request.setAttribute(CALLER, caller);
    identity.setAuthentication(caller.userId(), caller.groupIds());
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The user signed in to the webapps in this session, with the groups the webapps found at login. */
  private Caller signedIn(HttpSession session) {
    return Callers.signedIn(session, engineName);
  }

  private Caller authenticate(String header) {
    return Callers.basic(identity, header);
  }
}
