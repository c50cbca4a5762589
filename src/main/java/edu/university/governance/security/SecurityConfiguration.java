package edu.university.governance.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Out of the box /engine-rest accepts anonymous requests (FACTS.md "Security"): both APIs require HTTP
 * Basic here, and camunda.bpm.authorization.enabled makes the engine filter what each user sees.
 * The webapps (Tasklist, Cockpit, Admin) keep their own login.
 */
@Configuration
public class SecurityConfiguration {

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
  public FilterRegistrationBean<EngineRequestGuard> engineRequestGuard() {
    FilterRegistrationBean<EngineRequestGuard> registration = new FilterRegistrationBean<>(new EngineRequestGuard());
    registration.setName("engine-request-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(2);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identity) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(1);
    return registration;
  }
}
