package edu.university.governance.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The JSON a group robot takes (governance.notify.webhook-format), both posted as application/json in UTF-8:
 * <ul>
 *   <li>{@code wecom} (default): WeCom (企业微信) group robot, markdown:
 *       {@code {"msgtype":"markdown","markdown":{"content":"..."}}}, content at most 4096 bytes;</li>
 *   <li>{@code wecom-text}: WeCom, plain text: {@code {"msgtype":"text","text":{"content":"..."}}}, at most 2048 bytes;</li>
 *   <li>{@code dingtalk}: DingTalk (钉钉) custom robot, markdown:
 *       {@code {"msgtype":"markdown","markdown":{"title":"...","text":"..."}}}.</li>
 * </ul>
 * Both answer HTTP 200 with {@code {"errcode":0,"errmsg":"ok"}}; any other errcode is a failure
 * ({@link #accepted}). A longer content is cut at the limit on a character boundary.
 */
public enum WebhookFormat {
  WECOM(true, 4096), WECOM_TEXT(false, 2048), DINGTALK(true, 20000);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final boolean markdown;
  private final int maxBytes;

  WebhookFormat(boolean markdown, int maxBytes) {
    this.markdown = markdown;
    this.maxBytes = maxBytes;
  }

  /** The setting's value: wecom, wecom-text or dingtalk (case ignored). */
  public static WebhookFormat of(String setting) {
    try {
      return valueOf(setting.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("governance.notify.webhook-format must be wecom, wecom-text or dingtalk, not \""
          + setting + "\"", e);
    }
  }

  /** Whether the content is markdown ({@link NotificationText#markdown()}) or plain text. */
  public boolean markdown() {
    return markdown;
  }

  /** The content this format carries for the text. */
  public String content(NotificationText text) {
    return markdown ? text.markdown() : text.subject() + "\n" + text.plain();
  }

  /** The request body. */
  public String json(String title, String content) {
    ObjectNode root = JSON.createObjectNode();
    String cut = cut(content, maxBytes);
    switch (this) {
      case WECOM -> root.put("msgtype", "markdown").putObject("markdown").put("content", cut);
      case WECOM_TEXT -> root.put("msgtype", "text").putObject("text").put("content", cut);
      case DINGTALK -> root.put("msgtype", "markdown").putObject("markdown").put("title", title).put("text", cut);
      default -> throw new IllegalStateException(name());
    }
    return root.toString();
  }

  /** Whether a robot's answer says it took the message: {"errcode":0} or no errcode at all (another receiver). */
  public static boolean accepted(String answer) {
    try {
      var node = JSON.readTree(answer == null || answer.isBlank() ? "{}" : answer);
      return !node.has("errcode") || node.get("errcode").asInt(-1) == 0;
    } catch (java.io.IOException e) {
      return true;
    }
  }

  static String cut(String text, int maxBytes) {
    if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > maxBytes - 3) {
        break;
      }
      out.appendCodePoint(cp);
      bytes += size;
      i += Character.charCount(cp);
    }
    return out.append("…").toString();
  }
}
