package edu.university.governance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Profile ldap's settings become Camunda's LDAP configuration; a directory half configured refuses to start. */
class DirectoryLoginTest {

  static DirectorySettings settings(String url, String baseDn, String adminUser) {
    return new DirectorySettings(url, baseDn, "cn=svc,dc=u", "secret", adminUser, "ou=people", "inetOrgPerson", "uid",
        "cn", "mail", "ou=groups", "groupOfNames", "cn", "description", "member", false, 0);
  }

  @Test
  @DisplayName("The default layout: people and groups bases, object classes and attributes, the administrator")
  void defaultLayout() {
    DirectoryIdentityProvider.Plugin plugin = new DirectoryLogin()
        .directoryIdentityProvider(settings("ldaps://dir.university.edu:636", "dc=university,dc=edu", " it-admin "));
    assertThat(plugin.getServerUrl()).isEqualTo("ldaps://dir.university.edu:636");
    assertThat(plugin.isUseSsl()).isTrue();
    assertThat(plugin.getBaseDn()).isEqualTo("dc=university,dc=edu");
    assertThat(plugin.getManagerDn()).isEqualTo("cn=svc,dc=u");
    assertThat(plugin.getUserSearchBase()).isEqualTo("ou=people");
    assertThat(plugin.getUserSearchFilter()).isEqualTo("(objectClass=inetOrgPerson)");
    assertThat(plugin.getUserIdAttribute()).isEqualTo("uid");
    assertThat(plugin.getUserFirstnameAttribute()).isEqualTo("cn");
    assertThat(plugin.getUserLastnameAttribute()).isEmpty();
    assertThat(plugin.getUserEmailAttribute()).isEqualTo("mail");
    assertThat(plugin.getGroupSearchBase()).isEqualTo("ou=groups");
    assertThat(plugin.getGroupSearchFilter()).isEqualTo("(objectClass=groupOfNames)");
    assertThat(plugin.getGroupIdAttribute()).isEqualTo("cn");
    assertThat(plugin.getGroupNameAttribute()).isEqualTo("description");
    assertThat(plugin.getGroupMemberAttribute()).isEqualTo("member");
    assertThat(plugin.isAllowAnonymousLogin()).isFalse();
    assertThat(plugin.isAuthorizationCheckEnabled()).isTrue();
    assertThat(plugin.getAdminUser()).isEqualTo("it-admin");
  }

  @Test
  @DisplayName("Without url, base-dn or admin-user the service refuses to start, naming what is missing")
  void incomplete() {
    assertThatThrownBy(() -> new DirectoryLogin().directoryIdentityProvider(settings(null, "dc=u", " ")))
        .hasMessageContaining("governance.directory.url").hasMessageContaining("governance.directory.admin-user")
        .message().doesNotContain("base-dn");
  }
}
