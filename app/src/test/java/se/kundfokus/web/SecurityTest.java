package se.kundfokus.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The access token, CSRF protection, the upload limit and the security headers. */
class SecurityTest {
  private static final String TOKEN = "a-test-token-of-enough-length";

  @TempDir Path dir;

  private WebOptions options() {
    return WebOptions.of(dir.resolve("ws.duckdb"), "test");
  }

  @Test
  void everyAnswerHasTheSecurityHeaders() throws Exception {
    JavalinTest.test(
        WebServer.create(options()).javalin(),
        (app, client) -> {
          Http http = new Http(app.port());
          for (String path :
              List.of(
                  "/dashboard",
                  "/api/status",
                  "/api/nothing",
                  "/nothing",
                  "/assets/kundfokus.js")) {
            Http.Answer answer = http.get(path);
            String policy = answer.header("Content-Security-Policy").orElse("");
            assertThat(policy)
                .as(path)
                .contains("default-src 'self'", "frame-ancestors 'none'", "script-src 'self'")
                .doesNotContain("http:", "https:", "unsafe-inline", "unsafe-eval", "*");
            assertThat(answer.header("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(path).contains("DENY");
          }
        });
  }

  @Test
  void theEchartsLibraryAndThePagesOwnFilesAreServedFromTheClassPath() throws Exception {
    JavalinTest.test(
        WebServer.create(options()).javalin(),
        (app, client) -> {
          Http http = new Http(app.port());
          Http.Answer echarts = http.get("/assets/echarts.min.js");
          assertThat(echarts.status()).isEqualTo(200);
          assertThat(echarts.header("Content-Type").orElse("")).startsWith("text/javascript");
          assertThat(echarts.body()).contains("echarts").hasSizeGreaterThan(100_000);
          assertThat(http.get("/assets/kundfokus.css").status()).isEqualTo(200);
          assertThat(http.get("/assets/..%2fopenapi.json").status()).isNotEqualTo(200);
          assertThat(http.get("/assets/messages.properties").status()).isEqualTo(404);
          String page = http.get("/dashboard").body();
          assertThat(page).doesNotContain("http://", "https://").contains("/assets/kundfokus.js");
        });
  }

  @Test
  void aServerWithATokenRefusesRequestsWithoutIt() throws Exception {
    JavalinTest.test(
        WebServer.create(options().withToken(TOKEN)).javalin(),
        (app, client) -> {
          Http anonymous = new Http(app.port());
          Http.Answer api = anonymous.get("/api/status");
          Http.Answer page = anonymous.get("/dashboard");
          Http.Answer asset = anonymous.get("/assets/kundfokus.css");
          Http.Answer wrong =
              new Http(app.port()).withBearer("not-the-token-at-all").get("/api/status");

          assertThat(api.status()).isEqualTo(401);
          assertThat(api.json().get("error").asText()).contains("access token");
          assertThat(page.status()).isEqualTo(401);
          assertThat(page.body()).contains("?token=");
          assertThat(asset.status()).isEqualTo(401);
          assertThat(wrong.status()).isEqualTo(401);
          assertThat(new Http(app.port()).withBearer(TOKEN).get("/api/status").status())
              .isEqualTo(200);
        });
  }

  @Test
  void openingThePrintedAddressOnceSetsTheTokenCookie() throws Exception {
    JavalinTest.test(
        WebServer.create(options().withToken(TOKEN)).javalin(),
        (app, client) -> {
          Http browser = new Http(app.port());
          Http.Answer opened = browser.get("/dashboard?token=" + TOKEN + "&lang=sv");

          assertThat(opened.status()).isEqualTo(303);
          assertThat(opened.header("Location")).contains("/dashboard?lang=sv");
          assertThat(opened.headers("Set-Cookie"))
              .anySatisfy(
                  c ->
                      assertThat(c)
                          .startsWith(AccessGuard.COOKIE + "=")
                          .contains("HttpOnly", "SameSite=Strict"));
          assertThat(browser.get("/dashboard").status()).isEqualTo(200);
          assertThat(browser.get("/api/status").status()).isEqualTo(200);
        });
  }

  @Test
  void aRedirectAfterTheTokenStaysOnThisServer() throws Exception {
    JavalinTest.test(
        WebServer.create(options().withToken(TOKEN)).javalin(),
        (app, client) -> {
          Http.Answer opened = new Http(app.port()).get("//evil.example/?token=" + TOKEN);

          assertThat(opened.header("Location").orElse("/")).doesNotContain("evil").startsWith("/");
        });
  }

  @Test
  void anyAddressButLoopbackGetsAGeneratedToken() {
    try (WebServer open = WebServer.create(options());
        WebServer everywhere = WebServer.create(options().withBind("0.0.0.0"))) {
      assertThat(open.token()).isEmpty();
      assertThat(everywhere.token()).hasValueSatisfying(t -> assertThat(t).hasSizeGreaterThan(40));
    }
  }

  @Test
  void aChangeWithoutTheCsrfTokenIsRefused() throws Exception {
    JavalinTest.test(
        WebServer.create(options()).javalin(),
        (app, client) -> {
          Http http = new Http(app.port());
          Http.Answer withoutCookie = http.postJsonWithoutCsrf("/api/analyses", "");
          http.get("/dashboard");
          Http.Answer withCookieOnly = http.postJsonWithoutCsrf("/api/analyses", "");
          Http.Answer wrongField = http.postForm("/analysis", Map.of("_csrf", "0".repeat(64)));
          Http.Answer rightField = http.postForm("/analysis", Map.of("_csrf", http.csrf()));
          Http.Answer rightHeader = http.postJson("/api/analyses", "");

          assertThat(withoutCookie.status()).isEqualTo(403);
          assertThat(withoutCookie.json().get("error").asText()).contains("CSRF");
          assertThat(withCookieOnly.status()).isEqualTo(403);
          assertThat(wrongField.status()).isEqualTo(403);
          assertThat(rightField.status()).isEqualTo(303);
          assertThat(rightHeader.status()).isEqualTo(202);
          assertThat(http.get("/dashboard").headers("Set-Cookie"))
              .as("the cookie is set once")
              .noneSatisfy(c -> assertThat(c).startsWith(Csrf.COOKIE));
        });
  }

  @Test
  void theCsrfCookieIsStrictAndHttpOnly() throws Exception {
    JavalinTest.test(
        WebServer.create(options()).javalin(),
        (app, client) -> {
          assertThat(new Http(app.port()).get("/dashboard").headers("Set-Cookie"))
              .anySatisfy(
                  c ->
                      assertThat(c)
                          .startsWith(Csrf.COOKIE + "=")
                          .contains("HttpOnly", "SameSite=Strict"));
        });
  }

  @Test
  void anApiClientWithTheTokenNeedsNoCsrfToken() throws Exception {
    JavalinTest.test(
        WebServer.create(options().withToken(TOKEN)).javalin(),
        (app, client) -> {
          Http.Answer answer =
              new Http(app.port()).withBearer(TOKEN).postJsonWithoutCsrf("/api/analyses", "");

          assertThat(answer.status()).isEqualTo(202);
        });
  }

  @Test
  void anUploadLargerThanTheLimitIsA413ThatSaysTheLimit() throws Exception {
    JavalinTest.test(
        WebServer.create(options().withMaxUploadBytes(1024)).javalin(),
        (app, client) -> {
          Http http = new Http(app.port());
          byte[] big = new byte[8 * 1024];
          java.util.Arrays.fill(big, (byte) 'x');
          Http.Answer answer =
              http.upload("/api/uploads", Map.of("sales", new Http.FilePart("big.csv", big)));

          assertThat(answer.status()).isEqualTo(413);
          assertThat(answer.json().get("error").asText()).contains("larger than the limit of 1 KB");
        });
  }

  @Test
  void aLargeUploadIsRefusedBeforeItIsRead() throws Exception {
    JavalinTest.test(
        WebServer.create(options().withMaxUploadBytes(1024)).javalin(),
        (app, client) -> {
          Http http = new Http(app.port());
          byte[] huge = new byte[3 << 20];
          Http.Answer answer =
              http.upload("/api/uploads", Map.of("sales", new Http.FilePart("huge.csv", huge)));

          assertThat(answer.status()).isEqualTo(413);
        });
  }
}
