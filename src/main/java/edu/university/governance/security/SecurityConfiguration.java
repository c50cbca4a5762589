package edu.university.governance.security;

import edu.university.governance.engine.RuntimeLookup;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Out of the box /engine-rest accepts anonymous requests (FACTS.md "Security"): both APIs require HTTP
 * Basic here, and camunda.bpm.authorization.enabled makes the engine filter what each user sees. The API's
 * description (/v3/api-docs, Swagger UI) asks the same login as /api; Actuator has its own rules ({@link ActuatorAccess}).
 * The webapps (Tasklist, Cockpit, Admin) keep their own login. Wrong passwords are slowed per client
 * address, never per account (REST guide "Login throttling").
 */
@Configuration
public class SecurityConfiguration {

  /** The OpenAPI documents and Swagger UI (springdoc): for any signed-in Camunda user, like /api itself. */
  static final String[] API_DESCRIPTION = {"/v3/api-docs", "/v3/api-docs/*", "/swagger-ui.html", "/swagger-ui/*"};

  @Bean
  public LoginThrottle loginThrottle(Clock clock,
                                     @Value("${governance.login.free-failures:10}") int freeFailures,
                                     @Value("${governance.login.first-delay:1s}") Duration firstDelay,
                                     @Value("${governance.login.max-delay:60s}") Duration maxDelay,
                                     @Value("${governance.login.forget-after:15m}") Duration forgetAfter,
                                     @Value("${governance.login.max-addresses:10000}") int maxAddresses) {
    return new LoginThrottle(new LoginThrottle.Settings(freeFailures, firstDelay, maxDelay, forgetAfter, maxAddresses),
        clock);
  }

  @Bean
  public ThrottledIdentityService.Plugin throttledIdentityService(LoginThrottle throttle) {
    return new ThrottledIdentityService.Plugin(throttle);
  }

  /** Before every authentication: 429 for an address that must wait; the client address for the password check. */
  @Bean
  public FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle,
      @Value("${governance.login.trusted-proxies:}") Set<String> trustedProxies) {
    FilterRegistrationBean<LoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, trustedProxies));
    registration.setName("login-throttle");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/*", ApiAuthenticationFilter.PAGES,
        ApiAuthenticationFilter.PAGES + "/*", "/actuator/*");
    registration.addUrlPatterns(API_DESCRIPTION);
    registration.setOrder(0);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(1);
    return registration;
  }

  /** After authentication: refuses the bodies that would make Camunda's REST layer answer 500. */
  @Bean
  public FilterRegistrationBean<EngineRequestGuard> engineRequestGuard(RuntimeLookup runtime) {
    FilterRegistrationBean<EngineRequestGuard> registration =
        new FilterRegistrationBean<>(new EngineRequestGuard(runtime));
    registration.setName("engine-request-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(2);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ProcessEngine engine) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine.getIdentityService(), engine.getName()));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*", ApiAuthenticationFilter.PAGES, ApiAuthenticationFilter.PAGES + "/*");
    registration.addUrlPatterns(API_DESCRIPTION);
    registration.setOrder(1);
    return registration;
  }

  /** After the login: /api's bodies up to governance.upload.max-size (an import is read whole into memory). */
  @Bean
  public FilterRegistrationBean<UploadLimit> uploadLimit(
      @Value("${governance.upload.max-size:20MB}") DataSize maxSize) {
    FilterRegistrationBean<UploadLimit> registration = new FilterRegistrationBean<>(new UploadLimit(maxSize.toBytes()));
    registration.setName("upload-limit");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(2);
    return registration;
  }

  /**
   * Actuator: the health probes for anyone (status only; details for administrators), the metrics for administrators
   * and the group monitoring, the rest for administrators.
   */
  @Bean
  public FilterRegistrationBean<ActuatorAccess> actuatorAccess(ProcessEngine engine) {
    FilterRegistrationBean<ActuatorAccess> registration =
        new FilterRegistrationBean<>(new ActuatorAccess(engine.getIdentityService()));
    registration.setName("actuator-access");
    registration.addUrlPatterns("/actuator/*");
    registration.setOrder(1);
    return registration;
  }
}
