package edu.university.governance.service;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser session of the Camunda webapps without a browser: the login Tasklist performs (with the
 * XSRF cookie echoed as a header, FACTS.md "Webapps") and the webapp's own engine API it then calls.
 */
final class Webapp {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private final String base;

  Webapp(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** Logs in to an app (tasklist, cockpit, admin) as Tasklist does; returns the login answer. */
  Http.Response login(String app, String user, String password) {
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(xsrf(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** A JSON POST to the engine API of the webapps, as Tasklist sends a start form. */
  Http.Response postEngine(String path, String json) {
    return send(xsrf(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default" + path)))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Http.Response getEngine(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default" + path)).GET());
  }

  private HttpRequest.Builder xsrf(HttpRequest.Builder request) {
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      if (cookie.getName().equals("XSRF-TOKEN")) {
        request.header("X-XSRF-TOKEN", cookie.getValue());
      }
    }
    return request;
  }

  private Http.Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Http.Response(response.statusCode(), response.body());
    } catch (Exception e) {
      throw new AssertionError("Request failed: " + e, e);
    }
  }
}
