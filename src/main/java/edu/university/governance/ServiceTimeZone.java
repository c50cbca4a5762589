package edu.university.governance;

import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Makes governance.zone (default Asia/Shanghai) the JVM's default time zone before the engine starts, so
 * that the engine's own dates are China time: timer cycles (semester-schedule fires at midnight of
 * 1 March and 1 September in China, not in UTC), the dates engine-rest and the webapps show (+08:00),
 * and the timestamps it writes. The service's own computations use the same zone through its Clock.
 */
public class ServiceTimeZone implements EnvironmentPostProcessor {

  static final String PROPERTY = "governance.zone";
  static final String DEFAULT_ZONE = "Asia/Shanghai";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    TimeZone.setDefault(TimeZone.getTimeZone(zone(environment.getProperty(PROPERTY, DEFAULT_ZONE))));
  }

  /** The configured zone, refused at start-up when it is not a zone id (TimeZone would silently take GMT). */
  static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (java.time.DateTimeException e) {
      throw new IllegalStateException(PROPERTY + " is not a time zone id: " + id, e);
    }
  }
}
