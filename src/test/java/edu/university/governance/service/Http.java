package edu.university.governance.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the integration tests: real requests to the running service, as a given demo user. */
public final class Http {

  public record Response(int status, String body) {

    public JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (Exception e) {
        throw new AssertionError("Not JSON (" + status + "): " + body, e);
      }
    }
  }

  /** The service did not answer at all (refused or dropped connection), as while a node is down. */
  static final class Unreachable extends AssertionError {
    Unreachable(Exception cause) {
      super("Service unreachable: " + cause, cause);
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final java.util.function.Function<String, String> passwords;

  public Http(int port) {
    this(port, Http::passwordOf);
  }

  /** As the given users, each with the password the function gives (the directory's people, LdapLoginIT). */
  public Http(int port, java.util.function.Function<String, String> passwords) {
    this.base = "http://127.0.0.1:" + port;
    this.passwords = passwords;
  }

  /** Demo users have the password "demo", the administrator "admin" (CONTRACT.md "Running it"); null means anonymous. */
  public static String passwordOf(String user) {
    return user.equals("admin") ? "admin" : "demo";
  }

  public Response get(String user, String path) {
    return send(user, passwords.apply(nonNull(user)), HttpRequest.newBuilder(uri(path)).GET());
  }

  Response getAccepting(String user, String path, String accept) {
    return send(user, passwords.apply(nonNull(user)), HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
  }

  Response post(String user, String path, String contentType, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(user, passwords.apply(nonNull(user)), request);
  }

  Response put(String user, String path, String contentType, String body) {
    return send(user, passwords.apply(nonNull(user)), HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  Response delete(String user, String path) {
    return send(user, passwords.apply(nonNull(user)), HttpRequest.newBuilder(uri(path)).DELETE());
  }

  /** A binary answer (an .xlsx file) with its headers. */
  record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** Posts raw bytes (a GBK CSV, an .xlsx workbook) under the given Content-Type. */
  Response postBytes(String user, String path, String contentType, byte[] body) {
    return send(user, passwords.apply(nonNull(user)), HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  Download download(String user, String path, String accept) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET();
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + passwords.apply(user)).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<byte[]> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.headers(), response.body());
    } catch (Exception e) {
      throw new AssertionError("Request failed: " + e, e);
    }
  }

  public Response postJson(String user, String path, String body) {
    return post(user, path, "application/json", body);
  }

  Response withPassword(String user, String password, String path) {
    return send(user, password, HttpRequest.newBuilder(uri(path)).GET());
  }

  private Response send(String user, String password, HttpRequest.Builder request) {
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.body());
    } catch (java.io.IOException e) {
      throw new Unreachable(e);
    } catch (Exception e) {
      throw new AssertionError("Request failed: " + e, e);
    }
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private static String nonNull(String user) {
    return user == null ? "" : user;
  }

  /** Camunda's variable format: {"variables": {"name": {"value": ...}}} with the JSON value as given. */
  public static String variables(Object... nameValuePairs) {
    StringBuilder json = new StringBuilder("{\"variables\":{");
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      if (i > 0) {
        json.append(',');
      }
      json.append('"').append(nameValuePairs[i]).append("\":{\"value\":");
      try {
        json.append(MAPPER.writeValueAsString(nameValuePairs[i + 1]));
      } catch (Exception e) {
        throw new IllegalArgumentException(e);
      }
      json.append('}');
    }
    return json.append("}}").toString();
  }
}
