package edu.university.governance.notification;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Who is told: the members of a group, each with the e-mail address of their Camunda (or directory) profile, less
 * those who turned e-mail off with the user info {@value #EMAIL_SETTING} = {@value #OFF}. Read without the caller's
 * authorizations: a nominator who completes a task may not read the next office's users, and is not shown them.
 */
@Component
public class Recipients {

  /** The user info (ACT_ID_INFO) that turns a person's notification mail off, whatever their groups. */
  public static final String EMAIL_SETTING = "governance.notify.email";
  public static final String OFF = "off";

  /** A person who gets mail. */
  public record Person(String userId, String email) {
  }

  private final IdentityService identity;

  public Recipients(IdentityService identity) {
    this.identity = identity;
  }

  /** The members of the group who have an address and have not turned mail off, by user id. */
  public List<Person> ofGroup(String groupId) {
    return unchecked(() -> identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
        .map(this::person).flatMap(Optional::stream).toList());
  }

  /** The user, when they have an address and have not turned mail off. */
  public Optional<Person> user(String userId) {
    return unchecked(() -> Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult())
        .flatMap(this::person));
  }

  /** The group's name, as Tasklist shows it ("校团委"), or its id. */
  public String groupName(String groupId) {
    return unchecked(() -> {
      Group group = identity.createGroupQuery().groupId(groupId).singleResult();
      return group == null || group.getName() == null ? groupId : group.getName();
    });
  }

  /** Whether the person turned notification mail off. */
  public boolean mailOff(String userId) {
    return unchecked(() -> OFF.equalsIgnoreCase(String.valueOf(identity.getUserInfo(userId, EMAIL_SETTING))));
  }

  private Optional<Person> person(User user) {
    String email = user.getEmail();
    if (email == null || email.isBlank() || mailOff(user.getId())) {
      return Optional.empty();
    }
    return Optional.of(new Person(user.getId(), email.trim()));
  }

  /** Inside an engine command (a listener) without the caller's authorizations; outside one as it is. */
  private static <T> T unchecked(Supplier<T> query) {
    CommandContext context = Context.getCommandContext();
    return context == null ? query.get() : context.runWithoutAuthorization(query::get);
  }
}
