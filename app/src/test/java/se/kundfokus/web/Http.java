package se.kundfokus.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A browser-like HTTP client for the tests: keeps cookies, sends the CSRF token it was given with
 * each POST (unless told not to), does not follow redirects.
 */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();

  /** One answer. */
  record Answer(int status, HttpResponse<String> response) {
    String body() {
      return response.body();
    }

    JsonNode json() {
      try {
        return JSON.readTree(response.body());
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + response.body(), e);
      }
    }

    Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    List<String> headers(String name) {
      return response.headers().allValues(name);
    }
  }

  private final URI base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client;
  private Optional<String> bearer = Optional.empty();

  Http(int port) {
    this(URI.create("http://127.0.0.1:" + port));
  }

  Http(URI base) {
    this.base = base;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  Http withBearer(String token) {
    bearer = Optional.of(token);
    return this;
  }

  /** The value of a cookie the server set, if it did. */
  Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  String csrf() {
    if (cookie(Csrf.COOKIE).isEmpty()) {
      get("/api/status");
    }
    return cookie(Csrf.COOKIE).orElse("");
  }

  Answer get(String path) {
    return send(request(path).GET().build());
  }

  Answer get(String path, Map<String, String> headers) {
    HttpRequest.Builder request = request(path).GET();
    headers.forEach(request::header);
    return send(request.build());
  }

  Answer postJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header(Csrf.HEADER, csrf())
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** A POST without the CSRF header, as another site could make the browser send. */
  Answer postJsonWithoutCsrf(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  Answer postForm(String path, Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
    }
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  /**
   * A multipart upload: each file as {@code field -> (file name, content)}, and the CSRF header.
   */
  Answer upload(String path, Map<String, FilePart> files) {
    String boundary = "----kundfokus-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, FilePart> e : files.entrySet()) {
      write(body, "--" + boundary + "\r\n");
      write(
          body,
          "Content-Disposition: form-data; name=\""
              + e.getKey()
              + "\"; filename=\""
              + e.getValue().name()
              + "\"\r\nContent-Type: text/csv\r\n\r\n");
      body.writeBytes(e.getValue().content());
      write(body, "\r\n");
    }
    write(body, "--" + boundary + "--\r\n");
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header(Csrf.HEADER, csrf())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  /** A file of an upload: its name as the browser sends it, and its bytes. */
  static final class FilePart {
    private final String name;
    private final byte[] content;

    FilePart(String name, byte[] content) {
      this.name = name;
      this.content = content.clone();
    }

    String name() {
      return name;
    }

    byte[] content() {
      return content.clone();
    }
  }

  private HttpRequest.Builder request(String path) {
    // Concatenated, not resolved: a path such as //evil.example/ must reach this server as it is.
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    bearer.ifPresent(t -> request.header("Authorization", "Bearer " + t));
    return request;
  }

  private Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
