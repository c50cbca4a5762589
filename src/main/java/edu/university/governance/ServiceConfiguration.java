package edu.university.governance;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The deadline check of process/OverdueTasks runs on Spring's scheduler (issue 14). */
@Configuration
@EnableScheduling
public class ServiceConfiguration {

  /** Time is injected, so deadlines, academic years and semesters are testable. */
  @Bean
  public Clock clock(@Value("${governance.zone:Asia/Shanghai}") String zone) {
    return Clock.system(ZoneId.of(zone));
  }
}
