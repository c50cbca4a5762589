package edu.university.governance.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At every start-up: the school organisation, the administrator and the Tasklist filters exist. */
@Component
@Order(1)
public class Bootstrap implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(Bootstrap.class);

  private final Organisation organisation;
  private final AdminAccount admin;
  private final TasklistFilters filters;

  public Bootstrap(Organisation organisation, AdminAccount admin, TasklistFilters filters) {
    this.organisation = organisation;
    this.admin = admin;
    this.filters = filters;
  }

  @Override
  public void run(ApplicationArguments args) {
    organisation.ensureSchool();
    admin.ensure();
    filters.ensure();
    LOG.info("School organisation, administrator and Tasklist filters are in place");
  }
}
