package edu.university.governance.notification;

import edu.university.governance.records.NotificationRepository;
import edu.university.governance.records.NotificationRepository.Notification;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The two ways out: SMTP with Spring Boot's JavaMailSender (configured by spring.mail.*, present only when
 * spring.mail.host is set) and a POST of the robot's JSON ({@link WebhookFormat}) to the group's webhook. Each
 * throws {@link NotSent} when the message did not go, with a one-line reason.
 */
@Component
public class NotificationChannels {

  /** A message that did not go. */
  public static class NotSent extends RuntimeException {
    public NotSent(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final ObjectProvider<JavaMailSender> mail;
  private final NotificationSettings settings;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public NotificationChannels(ObjectProvider<JavaMailSender> mail, NotificationSettings settings) {
    this.mail = mail;
    this.settings = settings;
  }

  public void send(Notification row) {
    if (NotificationRepository.MAIL.equals(row.channel())) {
      mail(row);
    } else {
      post(row);
    }
  }

  /** What a failure of the row's channel says about the others: one mail server, one robot per URL. */
  String server(Notification row) {
    return NotificationRepository.MAIL.equals(row.channel()) ? row.channel()
        : row.channel() + ":" + settings.webhook(row.recipient());
  }

  /** The reason in one line: the exception and its innermost cause. */
  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (root != e) {
      text += " (" + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
    }
    return text.replaceAll("\\s+", " ");
  }

  private void mail(Notification row) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      throw new NotSent("no mail server configured (spring.mail.host)", null);
    }
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(settings.mailFrom());
      helper.setTo(row.recipient());
      helper.setSubject(row.subject());
      helper.setText(row.body(), false);
      sender.send(message);
    } catch (MessagingException | org.springframework.mail.MailException e) {
      throw new NotSent("mail to " + row.recipient() + " failed", e);
    }
  }

  private void post(Notification row) {
    String url = settings.webhook(row.recipient());
    if (url.isEmpty()) {
      throw new NotSent("no webhook configured for " + row.recipient(), null);
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(settings.webhookFormat().json(row.subject(), row.body()),
            StandardCharsets.UTF_8)).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() / 100 != 2 || !WebhookFormat.accepted(response.body())) {
        throw new NotSent("webhook of " + row.recipient() + " answered " + response.statusCode() + " "
            + abbreviate(response.body()), null);
      }
    } catch (IOException e) {
      throw new NotSent("webhook of " + row.recipient() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotSent("interrupted", e);
    }
  }

  private static String abbreviate(String body) {
    String text = body == null ? "" : body.replaceAll("\\s+", " ");
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
