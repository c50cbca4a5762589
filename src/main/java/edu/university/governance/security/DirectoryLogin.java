package edu.university.governance.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile "ldap": people log in with their directory account and password, and their groups are the directory's
 * (operator guide "Directory login"). Camunda's read-only LDAP identity provider replaces the engine's user and group
 * tables for every channel, so the login throttle ({@link ThrottledIdentityService}, which wraps the identity service's
 * password check) and the engine's authorizations (still stored in the engine's database) apply unchanged. Nothing is
 * written to the directory: the service creates no users, groups or memberships under this profile.
 */
@Configuration
@Profile("ldap")
@EnableConfigurationProperties(DirectorySettings.class)
public class DirectoryLogin {

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryLogin.class);

  @Bean
  public DirectoryIdentityProvider.Plugin directoryIdentityProvider(DirectorySettings settings) {
    settings.check();
    DirectoryIdentityProvider.Plugin plugin = new DirectoryIdentityProvider.Plugin(settings.adminUser().strip());
    plugin.setServerUrl(settings.url());
    plugin.setUseSsl(settings.url().regionMatches(true, 0, "ldaps:", 0, 6));
    plugin.setAcceptUntrustedCertificates(settings.acceptUntrustedCertificates());
    plugin.setBaseDn(settings.baseDn());
    plugin.setManagerDn(settings.managerDn());
    plugin.setManagerPassword(settings.managerPassword());
    plugin.setUserSearchBase(settings.peopleBase());
    plugin.setUserSearchFilter("(objectClass=" + settings.peopleObjectClass() + ")");
    plugin.setUserIdAttribute(settings.userIdAttribute());
    // the webapps show "first last": the display name whole as the first name, no last name (as for local accounts)
    plugin.setUserFirstnameAttribute(settings.userNameAttribute());
    plugin.setUserLastnameAttribute("");
    plugin.setUserEmailAttribute(settings.userEmailAttribute());
    plugin.setGroupSearchBase(settings.groupsBase());
    plugin.setGroupSearchFilter("(objectClass=" + settings.groupObjectClass() + ")");
    plugin.setGroupIdAttribute(settings.groupIdAttribute());
    plugin.setGroupNameAttribute(settings.groupNameAttribute());
    plugin.setGroupMemberAttribute(settings.groupMemberAttribute());
    plugin.setAllowAnonymousLogin(false);
    if (settings.pageSize() > 0) {
      plugin.setPageSize(settings.pageSize());
    }
    LOG.info("Directory login: {} (base {}), people in {}, groups in {}, administrator {}", settings.url(),
        settings.baseDn(), settings.peopleBase(), settings.groupsBase(), settings.adminUser());
    return plugin;
  }
}
