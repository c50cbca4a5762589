package edu.university.governance.security;

import edu.university.governance.organisation.Groups;
import java.util.List;

/** Who sends a request: a Camunda user and its groups. */
public record Caller(String userId, List<String> groupIds) {

  public boolean isAdmin() {
    return groupIds.contains(Groups.ADMIN);
  }

  public boolean inGroup(String groupId) {
    return groupIds.contains(groupId);
  }
}
