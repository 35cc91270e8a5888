package se.kundfokus.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/openapi.json} describes exactly the API that is served. */
class OpenApiTest {
  @TempDir Path dir;

  private static Set<String> documented(JsonNode doc) {
    Set<String> routes = new TreeSet<>();
    for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
        routes.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
      }
    }
    return routes;
  }

  @Test
  void everyApiRouteIsDocumentedAndEveryDocumentedRouteIsServed() throws Exception {
    WebServer web = WebServer.create(WebOptions.of(dir.resolve("ws.duckdb"), "test"));
    Set<String> registered = new TreeSet<>();
    for (WebServer.Route r : web.routes()) {
      if (r.path().startsWith("/api")) {
        registered.add(r.method() + " " + r.path());
      }
    }
    JavalinTest.test(
        web.javalin(),
        (app, client) -> {
          Http http = new Http(app.port());
          Http.Answer answer = http.get("/api/openapi.json");
          assertThat(answer.header("Content-Type").orElse("")).startsWith("application/json");
          JsonNode doc = answer.json();
          assertThat(doc.get("openapi").asText()).startsWith("3.");
          Set<String> documented = documented(doc);

          assertThat(documented).isEqualTo(registered);
          for (String route : documented) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replace("{id}", "1");
            Http.Answer served = method.equals("GET") ? http.get(path) : http.postJson(path, "{}");
            assertThat(served.body()).as(route).doesNotContain("there is no API path");
          }
        });
  }
}
