package edu.university.governance.service;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The issue-13 case-file scenarios on PostgreSQL, in a database of their own; skipped, saying why, when it does not answer. */
@EnabledIf(value = "edu.university.governance.service.TestPostgres#answers",
    disabledReason = "PostgreSQL at 127.0.0.1:5432 does not answer (start it: pg_ctlcluster --skip-systemctl-redirect 15 main start)")
@ActiveProfiles({"demo", "postgres"})
class PostgresProceduresIT extends ProcedureScenarios {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> TestPostgres.freshDatabase("procedures_it"));
  }
}
