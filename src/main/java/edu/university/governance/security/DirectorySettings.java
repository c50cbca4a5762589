package edu.university.governance.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the directory of profile "ldap" is and how it is laid out (operator guide "Directory login"). The defaults are
 * an OpenLDAP-style layout: people {@code uid=…,ou=people,<base-dn>} ({@code inetOrgPerson}: {@code uid}, {@code cn} as
 * the display name, {@code mail}), groups {@code cn=<group id>,ou=groups,<base-dn>} ({@code groupOfNames} whose
 * {@code member} values are people's DNs). Bases are relative to {@code base-dn}.
 *
 * @param url             {@code ldap://host:389} or {@code ldaps://host:636}
 * @param baseDn          the directory's root, {@code dc=university,dc=edu}
 * @param managerDn       the account the service searches with (read access to people and groups)
 * @param managerPassword its password
 * @param adminUser       the directory account that administers the service (member of camunda-admin)
 */
@ConfigurationProperties("governance.directory")
public record DirectorySettings(
    String url,
    String baseDn,
    @DefaultValue("") String managerDn,
    @DefaultValue("") String managerPassword,
    String adminUser,
    @DefaultValue("ou=people") String peopleBase,
    @DefaultValue("inetOrgPerson") String peopleObjectClass,
    @DefaultValue("uid") String userIdAttribute,
    @DefaultValue("cn") String userNameAttribute,
    @DefaultValue("mail") String userEmailAttribute,
    @DefaultValue("ou=groups") String groupsBase,
    @DefaultValue("groupOfNames") String groupObjectClass,
    @DefaultValue("cn") String groupIdAttribute,
    @DefaultValue("description") String groupNameAttribute,
    @DefaultValue("member") String groupMemberAttribute,
    @DefaultValue("false") boolean acceptUntrustedCertificates,
    @DefaultValue("0") int pageSize) {

  /** Refuses to start with a directory half configured. */
  void check() {
    StringBuilder missing = new StringBuilder();
    if (blank(url)) {
      missing.append(" governance.directory.url");
    }
    if (blank(baseDn)) {
      missing.append(" governance.directory.base-dn");
    }
    if (blank(adminUser)) {
      missing.append(" governance.directory.admin-user");
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Profile ldap needs" + missing
          + " (environment GOVERNANCE_DIRECTORY_URL, GOVERNANCE_DIRECTORY_BASE_DN, GOVERNANCE_DIRECTORY_ADMIN_USER)");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
