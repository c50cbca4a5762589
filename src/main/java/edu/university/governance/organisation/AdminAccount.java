package edu.university.governance.organisation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The administrator account. Its password comes from configuration (governance.admin.password, or
 * the environment variable GOVERNANCE_ADMIN_PASSWORD); the demo profile sets "admin". Without one the
 * service refuses to start, so no installation runs with a known or empty administrator password.
 * With a read-only identity provider (profile ldap) the administrator is the directory account named by
 * governance.directory.admin-user, a member of camunda-admin through the provider (security/DirectoryIdentityProvider):
 * nothing is created and no password is needed here.
 */
@Component
public class AdminAccount {

  private static final Logger LOG = LoggerFactory.getLogger(AdminAccount.class);

  private final IdentityService identity;
  private final boolean directory;
  private final String userId;
  private final String password;

  public AdminAccount(IdentityService identity, @Value("${governance.admin.user:admin}") String userId,
                      @Value("${governance.admin.password:}") String password,
                      @Value("${governance.directory.admin-user:}") String directoryAdmin) {
    this.identity = identity;
    this.directory = identity.isReadOnly();
    if (directory) {
      this.userId = directoryAdmin;
      this.password = null;
      return;
    }
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("No administrator password configured: set governance.admin.password"
          + " (environment variable GOVERNANCE_ADMIN_PASSWORD), or run the demo profile");
    }
    this.userId = userId;
    this.password = password;
  }

  /** Creates the administrator in camunda-admin when it does not exist; an existing one keeps its password. */
  public void ensure() {
    if (directory) {
      try {
        if (identity.createUserQuery().userId(userId).singleResult() == null) {
          LOG.warn("The administrator {} (governance.directory.admin-user) is not in the directory: nobody can"
              + " administer the service until that account exists", userId);
        }
      } catch (RuntimeException e) {
        // the service starts without the directory; nobody can log in until it answers
        LOG.warn("The directory did not answer while looking up the administrator {}: {}", userId, e.toString());
      }
      return;
    }
    if (identity.createUserQuery().userId(userId).singleResult() == null) {
      User user = identity.newUser(userId);
      // the webapps show "first last" with a space between: a Chinese name goes whole into the first name
      user.setFirstName("系统管理员");
      user.setLastName("");
      user.setPassword(password);
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(Groups.ADMIN).count() == 0) {
      identity.createMembership(userId, Groups.ADMIN);
    }
  }
}
