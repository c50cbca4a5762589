package edu.university.governance.api;

import edu.university.governance.notification.Recipients;
import edu.university.governance.records.RecordException;
import edu.university.governance.security.ApiAuthenticationFilter;
import edu.university.governance.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 14, no spam: a person turns their notification mail off (or on again). Stored as the Camunda user info
 * governance.notify.email = off (ACT_ID_INFO), which engine-rest does not expose; an administrator may set it
 * directly with IdentityService#setUserInfo. The robots of the groups are not affected.
 */
@Tag(name = "通知 notifications", description = "邮件提醒的个人设置（issue 14）")
@RestController
@RequestMapping("/api/notifications")
public class NotificationController {

  /** Whether the person gets notification mail (when mail is configured and their profile has an address). */
  public record EmailSetting(String userId, boolean email) {
  }

  /** The change: email false turns the mail off, true on again; required. */
  public record EmailChange(Boolean email) {
  }

  private final IdentityService identity;
  private final Recipients recipients;

  public NotificationController(IdentityService identity, Recipients recipients) {
    this.identity = identity;
    this.recipients = recipients;
  }

  @Operation(summary = "Whether the caller gets notification mail")
  @GetMapping("/me")
  public EmailSetting mine(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller) {
    return new EmailSetting(caller.userId(), !recipients.mailOff(caller.userId()));
  }

  @Operation(summary = "Turn the caller's notification mail off or on",
      description = "Sets the Camunda user info governance.notify.email to off, or removes it.")
  @PutMapping("/me")
  public EmailSetting change(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                             @RequestBody EmailChange change) {
    if (change == null || change.email() == null) {
      throw RecordException.invalid("email", null, "email（是否接收邮件提醒）必须填写 true 或 false，设置未改变");
    }
    if (change.email()) {
      identity.deleteUserInfo(caller.userId(), Recipients.EMAIL_SETTING);
    } else {
      identity.setUserInfo(caller.userId(), Recipients.EMAIL_SETTING, Recipients.OFF);
    }
    return mine(caller);
  }
}
