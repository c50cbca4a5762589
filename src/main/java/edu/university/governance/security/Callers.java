package edu.university.governance.security;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** Who a request comes from: HTTP Basic against Camunda's users, or the webapps' login in the session. */
final class Callers {

  private Callers() {
  }

  /** The caller of an "Authorization: Basic …" header whose password is right; null otherwise. */
  static Caller basic(IdentityService identity, String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    if (!identity.checkPassword(userId, decoded.substring(colon + 1))) {
      return null;
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    return new Caller(userId, groups);
  }

  /** The user signed in to the webapps in this session, with the groups the webapps found at login; null if none. */
  static Caller signedIn(HttpSession session, String engineName) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user)) {
      return null;
    }
    return new Caller(user.getIdentityId(), user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds()));
  }
}
