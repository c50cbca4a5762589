package edu.university.governance.security;

import edu.university.governance.organisation.Groups;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.naming.directory.SearchResult;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderFactory;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;
import org.camunda.bpm.identity.impl.ldap.LdapUserQueryImpl;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;

/**
 * Camunda's read-only LDAP identity provider (camunda-identity-ldap) with one addition: the directory account named
 * by {@code governance.directory.admin-user} is a member of {@code camunda-admin}, a group the service adds to what the
 * directory says. Every channel asks the identity provider for a user's groups (engine-rest's Basic filter, the
 * webapps' login and its cache, /api, Actuator), so the administrator is one everywhere: the grants of camunda-admin
 * (organisation/AccessPolicy), the engine's own admin checks (its adminGroups), and the service's checks of
 * camunda-admin (CallerGuard, /api). A directory group whose id is camunda-admin works too; its members are
 * administrators as well.
 */
public final class DirectoryIdentityProvider {

  static final String ADMIN_GROUP_NAME = "系统管理员";

  private DirectoryIdentityProvider() {
  }

  /** The plugin: Camunda's, with the session factory replaced by one that opens {@link Session}s. */
  public static class Plugin extends LdapIdentityProviderPlugin {

    private final String adminUser;

    public Plugin(String adminUser) {
      this.adminUser = adminUser;
    }

    public String getAdminUser() {
      return adminUser;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      super.preInit(configuration);
      Factory factory = new Factory(adminUser);
      factory.setLdapConfiguration(this);
      configuration.setIdentityProviderSessionFactory(factory);
    }
  }

  static class Factory extends LdapIdentityProviderFactory {

    private final String adminUser;

    Factory(String adminUser) {
      this.adminUser = adminUser;
    }

    @Override
    public Session openSession() {
      return new DirectorySession(ldapConfiguration, adminUser);
    }
  }

  /** Camunda's LDAP session, with camunda-admin holding the administrator. */
  static class DirectorySession extends LdapIdentityProviderSession {

    private final String adminUser;

    DirectorySession(LdapConfiguration configuration, String adminUser) {
      super(configuration);
      this.adminUser = adminUser;
    }

    @Override
    public List<Group> findGroupByQueryCriteria(LdapGroupQuery query) {
      List<Group> groups = new ArrayList<>(super.findGroupByQueryCriteria(query));
      if (adminGroupMatches(query) && groups.stream().noneMatch(group -> Groups.ADMIN.equals(group.getId()))
          && query.getFirstResult() == 0 && groups.size() < query.getMaxResults()) {
        GroupEntity admin = new GroupEntity(Groups.ADMIN);
        admin.setName(ADMIN_GROUP_NAME);
        admin.setType("SYSTEM");
        groups.add(admin);
      }
      return groups;
    }

    /** Whether the group camunda-admin, holding only the administrator, answers the query. */
    private boolean adminGroupMatches(LdapGroupQuery query) {
      return (query.getId() == null || Groups.ADMIN.equals(query.getId()))
          && (query.getIds() == null || Arrays.asList(query.getIds()).contains(Groups.ADMIN))
          && (query.getName() == null || ADMIN_GROUP_NAME.equals(query.getName()))
          && (query.getNameLike() == null || like(ADMIN_GROUP_NAME, query.getNameLike()))
          && (query.getType() == null || "SYSTEM".equals(query.getType()))
          && query.getTenantId() == null
          && (query.getUserId() == null || query.getUserId().equalsIgnoreCase(adminUser))
          // as Camunda's session filters the directory's groups: the caller's READ grant on the group, when checked
          && isAuthorizedToReadGroup(Groups.ADMIN);
    }

    /**
     * Camunda's session asks the engine-wide switch only, so a lookup the service makes without authorization
     * (commandContext.runWithoutAuthorization: the approval record's names, the case files) was filtered by the
     * current user's grants; the engine's own user and group tables honour it, and so does this.
     */
    @Override
    protected boolean isAuthorizedToRead(Resource resource, String resourceId) {
      CommandContext context = Context.getCommandContext();
      if (context != null && !context.isAuthorizationCheckEnabled()) {
        return true;
      }
      return super.isAuthorizedToRead(resource, resourceId);
    }

    /**
     * The display name is the first name whole (DirectoryLogin); without a last-name attribute Camunda's session left
     * the last name null, and the webapps' header read "韩梅梅 null". An empty last name, as local accounts have.
     */
    @Override
    protected UserEntity transformUser(SearchResult result) {
      UserEntity user = super.transformUser(result);
      if (user.getLastName() == null) {
        user.setLastName("");
      }
      return user;
    }

    @Override
    protected List<User> findUsersByGroupId(LdapUserQueryImpl query) {
      if (!Groups.ADMIN.equals(query.getGroupId())) {
        return super.findUsersByGroupId(query);
      }
      List<User> users = new ArrayList<>();
      User admin = findUserById(adminUser);
      if (admin != null && (query.getId() == null || query.getId().equalsIgnoreCase(admin.getId()))
          && (query.getIds() == null || Arrays.asList(query.getIds()).contains(admin.getId()))) {
        users.add(admin);
      }
      return users;
    }

    private static boolean like(String value, String pattern) {
      String regex = ("\\Q" + pattern + "\\E").replace("%", "\\E.*\\Q").replace("*", "\\E.*\\Q");
      return value.matches(regex);
    }
  }
}
