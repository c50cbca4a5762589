package edu.university.governance.security;

import java.time.Duration;
import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Whether the directory of profile ldap answers (health component "directory", part of the readiness probe under that
 * profile: application-ldap.yaml). Every request to /api and engine-rest checks its Basic credentials against the
 * directory, and every webapp login too, so a node whose directory does not answer serves nobody. One check binds
 * as the manager account and reads the base entry, each step bounded by {@code governance.health.directory-timeout}
 * (2 s) for the connection and again for the answer; a directory that refuses or hangs is DOWN within that.
 */
@Component("directory")
@Profile("ldap")
public class DirectoryHealth implements HealthIndicator {

  private final DirectorySettings settings;
  private final Duration timeout;

  public DirectoryHealth(DirectorySettings settings,
                         @Value("${governance.health.directory-timeout:2s}") Duration timeout) {
    this.settings = settings;
    this.timeout = timeout;
  }

  @Override
  public Health health() {
    long started = System.nanoTime();
    DirContext context = null;
    try {
      context = new InitialDirContext(environment());
      context.getAttributes(settings.baseDn(), new String[] {"objectClass"});
      return Health.up().withDetail("directory", settings.url())
          .withDetail("millis", Duration.ofNanos(System.nanoTime() - started).toMillis()).build();
    } catch (NamingException e) {
      return Health.down().withDetail("directory", settings.url())
          .withDetail("error", e.getClass().getSimpleName() + ": " + e.getExplanation()).build();
    } finally {
      if (context != null) {
        try {
          context.close();
        } catch (NamingException ignored) {
          // the check is done; a failed close changes nothing
        }
      }
    }
  }

  private Hashtable<String, String> environment() {
    String millis = Long.toString(timeout.toMillis());
    Hashtable<String, String> environment = new Hashtable<>();
    environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    environment.put(Context.PROVIDER_URL, settings.url());
    environment.put("com.sun.jndi.ldap.connect.timeout", millis);
    environment.put("com.sun.jndi.ldap.read.timeout", millis);
    if (settings.url().regionMatches(true, 0, "ldaps:", 0, 6)) {
      // accept-untrusted-certificates needs nothing here: Camunda's LDAP plugin then replaces the JVM's default
      // SSLContext (CertificateHelper.acceptUntrusted), which this connection uses as the logins do
      environment.put(Context.SECURITY_PROTOCOL, "ssl");
    }
    if (settings.managerDn().isBlank()) {
      environment.put(Context.SECURITY_AUTHENTICATION, "none");
    } else {
      environment.put(Context.SECURITY_AUTHENTICATION, "simple");
      environment.put(Context.SECURITY_PRINCIPAL, settings.managerDn());
      environment.put(Context.SECURITY_CREDENTIALS, settings.managerPassword());
    }
    return environment;
  }
}
