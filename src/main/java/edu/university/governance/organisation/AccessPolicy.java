package edu.university.governance.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * The one place that says which group may do what in Camunda. Every group may log in to Tasklist,
 * read the process models and report misconduct (D3: anyone); each may start only the procedures its
 * unit starts (CONTRACT.md "Processes"). Tasks are seen through candidate groups alone, so a college's
 * groups see nothing of another college. Every call is idempotent: start-up and college creation may
 * repeat it. With a read-only identity provider (profile ldap) the groups are the directory's: only the grants are
 * created, and they are stored by the engine, not the provider.
 */
@Component
public class AccessPolicy {

  private static final String TASKLIST = "tasklist";
  private static final String ANY = "*";

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  public AccessPolicy(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  /** The administrators: every permission on every resource (Cockpit, Admin, Tasklist, the whole API). */
  public void ensureAdministrators() {
    ensureGroup(Groups.ADMIN, "系统管理员");
    for (Resources resource : Resources.values()) {
      grant(Groups.ADMIN, resource, ANY, Permissions.ALL);
    }
  }

  /**
   * The monitoring systems (Prometheus): a group with no grant in Camunda, so its members see no task, process or
   * webapp; only /actuator/prometheus lets them in (security/ActuatorAccess).
   */
  public void ensureMonitoring() {
    ensureGroup(Groups.MONITORING, "运行监控");
  }

  /** The school offices of CONTRACT.md and what each starts. */
  public void ensureSchoolOffices() {
    Groups.SCHOOL_OFFICES.forEach((groupId, name) -> ensureWorkGroup(groupId, name));
    allowStart(Groups.YOUTH_LEAGUE, ProcessKeys.STUDENT_CONGRESS, ProcessKeys.PERFORMANCE_REVIEW,
        ProcessKeys.EXECUTIVE_CHAIR_ROTATION);
  }

  /** A college's league and Party organisation and one branch group per class. */
  public void ensureCollege(String collegeId, String collegeName, List<String> classIds) {
    collegeGroups(collegeId, collegeName, classIds).forEach(this::ensureWorkGroup);
    allowStart(Groups.collegeLeague(collegeId), ProcessKeys.SCHOOL_PRESIDIUM_CANDIDACY,
        ProcessKeys.SCHOOL_STAFF_RECOMMENDATION, ProcessKeys.STUDENT_CONGRESS);
    for (String classId : classIds) {
      allowStart(Groups.classBranch(classId), ProcessKeys.COLLEGE_NOMINATION);
    }
  }

  /** A union's presidium group (主席团), which reports major activities (D2) and its work to the Party committee (O1). */
  public void ensureUnionPresidium(String unionId, String unionName) {
    ensureWorkGroup(Groups.unionPresidium(unionId), presidiumName(unionName));
    allowStart(Groups.unionPresidium(unionId), ProcessKeys.MAJOR_ACTIVITY_REPORT, ProcessKeys.UNION_WORK_REPORT);
  }

  /** Everyone in any filter's audience may read it (the Tasklist filters "我的任务", "我的组任务"). */
  public void shareFilter(String filterId) {
    Authorization existing = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(Resources.FILTER).resourceId(filterId).singleResult();
    if (existing == null) {
      Authorization global = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      global.setUserId(Authorization.ANY);
      global.setResource(Resources.FILTER);
      global.setResourceId(filterId);
      global.addPermission(Permissions.READ);
      authorizations.saveAuthorization(global);
    }
  }

  private void ensureWorkGroup(String groupId, String name) {
    ensureGroup(groupId, name);
    grant(groupId, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    grant(groupId, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    allowStart(groupId, ProcessKeys.MISCONDUCT_INVESTIGATION);
  }

  private void allowStart(String groupId, String... processKeys) {
    grant(groupId, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
    for (String key : processKeys) {
      grant(groupId, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
  }

  /**
   * Whether users and groups come from a read-only provider (profile ldap: the directory): then the service creates no
   * group and expects the directory to hold them; the grants below are the engine's and are created all the same.
   */
  public boolean groupsFromDirectory() {
    return identity.isReadOnly();
  }

  /** Which of these groups the identity provider knows. */
  public java.util.Set<String> existingGroups(java.util.Collection<String> groupIds) {
    return identity.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list().stream().map(Group::getId)
        .collect(java.util.stream.Collectors.toSet());
  }

  /** The groups of a college with the names the service gives them: league, Party organisation, class branches. */
  public static Map<String, String> collegeGroups(String collegeId, String collegeName, List<String> classIds) {
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put(Groups.collegeLeague(collegeId), collegeName + "团组织");
    groups.put(Groups.collegeParty(collegeId), collegeName + "党组织");
    for (String classId : classIds) {
      groups.put(Groups.classBranch(classId), classId + " 班团支部");
    }
    return groups;
  }

  /** The name of a union's presidium group. */
  public static String presidiumName(String unionName) {
    return unionName + "主席团";
  }

  private void ensureGroup(String groupId, String name) {
    if (identity.isReadOnly()) {
      // what Camunda grants a group it creates (its default authorizations): its members may read it
      grant(groupId, Resources.GROUP, groupId, Permissions.READ);
      return;
    }
    if (identity.createGroupQuery().groupId(groupId).singleResult() == null) {
      Group group = identity.newGroup(groupId);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }

  /** Adds the permission to the group's grant on that resource, creating the grant when there is none. */
  private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (authorization.isPermissionGranted(permission)) {
      return;
    }
    authorization.addPermission(permission);
    authorizations.saveAuthorization(authorization);
  }
}
