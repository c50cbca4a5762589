package edu.university.governance.notification;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The notification settings (operator guide "Notifications"). Nothing is on by default: mail only when
 * spring.mail.host is set, a group's robot only when governance.notify.webhooks.{groupId} or the default
 * governance.notify.webhook-url is set. A channel that is off writes nothing to the outbox.
 */
@Component
public class NotificationSettings {

  private final Environment environment;
  private final String mailHost;
  private final String mailFrom;
  private final String baseUrl;
  private final String defaultWebhook;
  private final WebhookFormat webhookFormat;
  private final Set<String> digestGroups;
  private final Backoff backoff;

  public NotificationSettings(Environment environment,
                              @Value("${spring.mail.host:}") String mailHost,
                              @Value("${governance.notify.mail-from:${spring.mail.username:governance@localhost}}")
                              String mailFrom,
                              @Value("${governance.notify.base-url:http://localhost:8080}") String baseUrl,
                              @Value("${governance.notify.webhook-url:}") String defaultWebhook,
                              @Value("${governance.notify.webhook-format:wecom}") String webhookFormat,
                              @Value("${governance.notify.digest-groups:}") String digestGroups,
                              @Value("${governance.notify.retry-first:PT30S}") Duration retryFirst,
                              @Value("${governance.notify.retry-max:PT1H}") Duration retryMax,
                              @Value("${governance.notify.max-attempts:30}") int maxAttempts) {
    this.environment = environment;
    this.mailHost = mailHost.trim();
    this.mailFrom = mailFrom.trim();
    this.baseUrl = baseUrl.trim();
    this.defaultWebhook = defaultWebhook.trim();
    this.webhookFormat = WebhookFormat.of(webhookFormat);
    this.digestGroups = Arrays.stream(digestGroups.split(",")).map(String::trim).filter(id -> !id.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
    this.backoff = new Backoff(retryFirst, retryMax, maxAttempts);
  }

  /** Mail is on when an SMTP host is configured. */
  public boolean mail() {
    return !mailHost.isEmpty();
  }

  public String mailFrom() {
    return mailFrom;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** The group's robot: governance.notify.webhooks.{groupId}, else the default; empty when neither is set. */
  public String webhook(String groupId) {
    String own = environment.getProperty("governance.notify.webhooks." + groupId, "").trim();
    return own.isEmpty() ? defaultWebhook : own;
  }

  public WebhookFormat webhookFormat() {
    return webhookFormat;
  }

  /** Groups whose members get one mail a day listing their open tasks instead of one mail per task. */
  public boolean digest(String groupId) {
    return digestGroups.contains(groupId);
  }

  public Set<String> digestGroups() {
    return digestGroups;
  }

  public Backoff backoff() {
    return backoff;
  }
}
