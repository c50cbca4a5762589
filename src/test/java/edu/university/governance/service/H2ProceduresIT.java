package edu.university.governance.service;

import org.springframework.test.context.TestPropertySource;

/** The issue-13 case-file scenarios on the embedded default database, H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:procedures-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class H2ProceduresIT extends ProcedureScenarios {
}
