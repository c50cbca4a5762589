package edu.university.governance.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before every login channel (HTTP Basic on /engine-rest and /api, the webapps' login, and the password
 * checks engine-rest offers: identity/verify, a user's credentials): a client address that must still wait
 * gets 429 with Retry-After, and its password is not checked. Every request passes its client address on
 * to {@link ThrottledIdentityService}, which counts the failures. Requests without a password (a webapp
 * session, anonymous) are never slowed.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  /** Requests that check a password given in their body (the webapps' login, identity/verify, a password change). */
  private static final Pattern PASSWORD_IN_BODY =
      Pattern.compile(".*/(auth/user/[^/]+/login/[^/]+|identity/verify|user/[^/]+/credentials)/?$");

  private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

  private final LoginThrottle throttle;
  private final Set<String> trustedProxies;

  /** trustedProxies: addresses whose X-Forwarded-For is believed (none by default: the header is ignored). */
  public LoginThrottleFilter(LoginThrottle throttle, Set<String> trustedProxies) {
    this.throttle = throttle;
    this.trustedProxies = Set.copyOf(trustedProxies);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String address = clientKey(request);
    if (checksPassword(request)) {
      Duration wait = throttle.waitFor(address);
      if (!wait.isZero()) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"status\":429,\"error\":\"TOO_MANY_REQUESTS\",\"type\":\"TooManyLoginFailures\","
            + "\"message\":\"此地址登录失败次数过多，请 " + seconds + " 秒后再试\"}");
        return;
      }
    }
    try {
      throttle.serving(address, () -> chain.doFilter(request, response));
    } catch (IOException | ServletException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ServletException(e);
    }
  }

  static boolean checksPassword(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return true;
    }
    String method = request.getMethod();
    return ("POST".equals(method) || "PUT".equals(method)) && PASSWORD_IN_BODY.matcher(request.getRequestURI()).matches();
  }

  /** The client's address; behind a configured proxy the one it forwarded for. IPv6 clients count by their /64 network. */
  String clientKey(HttpServletRequest request) {
    String address = request.getRemoteAddr();
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded != null && trustedProxies.contains(address)) {
      String[] hops = forwarded.split(",");
      for (int i = hops.length - 1; i >= 0; i--) {
        String hop = hops[i].strip();
        if (!hop.isEmpty()) {
          address = hop;
          if (!trustedProxies.contains(hop)) {
            break;
          }
        }
      }
    }
    return networkOf(address);
  }

  static String networkOf(String address) {
    String literal = address == null ? "" : address.replace("[", "").replace("]", "");
    // only an IPv6 literal is parsed (never a name to resolve)
    if (literal.indexOf(':') < 0 || !IPV6_LITERAL.matcher(literal).matches()) {
      return address;
    }
    try {
      byte[] bytes = InetAddress.getByName(literal).getAddress();
      if (bytes.length != 16) {
        return address;
      }
      StringBuilder network = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
      }
      return network.append(":/64").toString();
    } catch (UnknownHostException e) {
      return address;
    }
  }
}
