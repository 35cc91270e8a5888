package se.kundfokus.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.generate.GenerationSummary;

/**
 * Uploading, checking and importing files through {@code /api/uploads} and {@code /api/imports}.
 */
class ImportApiTest {
  @TempDir static Path dir;
  private static GenerationSummary files;

  @BeforeAll
  static void generate() {
    files = Samples.generate(dir.resolve("data"));
  }

  private static WebServer server(String name) {
    return WebServer.create(WebOptions.of(dir.resolve(name + ".duckdb"), "test"));
  }

  private static Http.FilePart file(Path path) throws IOException {
    return new Http.FilePart(String.valueOf(path.getFileName()), Files.readAllBytes(path));
  }

  @Test
  void aCheckShowsEachColumnsUseAndImportsNothing() throws Exception {
    Map<String, Http.FilePart> upload = new LinkedHashMap<>();
    upload.put("customers", file(files.customersFile()));
    upload.put("sales", file(files.salesFile()));
    WebServer web = server("check");
    JavalinTest.test(
        web.javalin(),
        (app, client) -> {
          Http http = new Http(app.port());
          Http.Answer uploaded = http.upload("/api/uploads", upload);
          assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
          String id = uploaded.json().get("upload_id").asText();
          assertThat(uploaded.json().get("files").get(0).get("name").asText())
              .isEqualTo("kunder.csv");

          JsonNode check = http.postJson("/api/imports", "{\"upload_id\": \"" + id + "\"}").json();

          assertThat(check.get("mode").asText()).isEqualTo("check");
          assertThat(check.get("imported").asBoolean()).isFalse();
          JsonNode customers = check.get("files").get(0);
          assertThat(customers.get("name").asText()).isEqualTo("kunder.csv");
          assertThat(customers.get("columns"))
              .anySatisfy(
                  c -> {
                    assertThat(c.get("column").asText()).isEqualTo("Kundnr");
                    assertThat(c.get("use").asText()).isEqualTo("customer_id");
                    assertThat(c.get("how").asText()).isEqualTo("header");
                  });
          assertThat(check.get("counts").get("customers").asLong()).isEqualTo(150);
          assertThat(http.get("/api/status").json().get("counts").get("customers").asLong())
              .isZero();

          JsonNode commit =
              http.postJson("/api/imports", "{\"upload_id\": \"" + id + "\", \"mode\": \"commit\"}")
                  .json();
          assertThat(commit.get("imported").asBoolean()).isTrue();
          assertThat(commit.get("import_id").asLong()).isPositive();
          assertThat(http.get("/api/status").json().get("counts").get("customers").asLong())
              .isEqualTo(150);
          assertThat(http.postJson("/api/imports", "{\"upload_id\": \"" + id + "\"}").status())
              .as("an imported upload is gone")
              .isEqualTo(404);
        });
  }

  @Test
  void aBadFileIsA400ThatNamesTheFileLineColumnValueAndWhatWasExpected() throws Exception {
    byte[] sales =
        """
        Fakturanr;Fakturadatum;Kundnr;Belopp
        F1;2025-01-10;K1;1000,00
        F2;2025-01-11;K1;tolv
        """
            .getBytes(StandardCharsets.UTF_8);
    WebServer web = server("bad");
    JavalinTest.test(
        web.javalin(),
        (app, client) -> {
          Http http = new Http(app.port());
          String id =
              http.upload("/api/uploads", Map.of("sales", new Http.FilePart("rader.csv", sales)))
                  .json()
                  .get("upload_id")
                  .asText();

          JsonNode check = http.postJson("/api/imports", "{\"upload_id\": \"" + id + "\"}").json();
          Http.Answer commit =
              http.postJson(
                  "/api/imports", "{\"upload_id\": \"" + id + "\", \"mode\": \"commit\"}");

          assertThat(check.get("problem_count").asLong()).isEqualTo(1);
          assertThat(check.get("problems").get(0).get("line").asLong()).isEqualTo(3);
          assertThat(commit.status()).isEqualTo(400);
          JsonNode error = commit.json();
          assertThat(error.get("file").asText()).isEqualTo("rader.csv");
          assertThat(error.get("line").asLong()).isEqualTo(3);
          assertThat(error.get("column").asText()).isEqualTo("Belopp");
          assertThat(error.get("value").asText()).isEqualTo("tolv");
          assertThat(error.get("expected").asText()).contains("a number");
          assertThat(error.get("error").asText()).contains("nothing was imported");
          assertThat(http.get("/api/status").json().get("counts").get("sales_lines").asLong())
              .isZero();
        });
  }

  @Test
  void aColumnChoiceMapsAFieldDetectionMissed() throws Exception {
    byte[] sales =
        """
        Nr;När;Vem;Summan
        F1;2025-01-10;K1;1000,00
        F2;2025-02-11;K2;250,00
        """
            .getBytes(StandardCharsets.UTF_8);
    WebServer web = server("choice");
    JavalinTest.test(
        web.javalin(),
        (app, client) -> {
          Http http = new Http(app.port());
          String id =
              http.upload("/api/uploads", Map.of("sales", new Http.FilePart("s.csv", sales)))
                  .json()
                  .get("upload_id")
                  .asText();

          Http.Answer detected = http.postJson("/api/imports", "{\"upload_id\": \"" + id + "\"}");
          JsonNode chosen =
              http.postJson(
                      "/api/imports",
                      "{\"upload_id\": \""
                          + id
                          + "\", \"columns\": [{\"table\": \"sales\", \"field\": \"customer_id\","
                          + " \"column\": \"Vem\"}, {\"table\": \"sales\", \"field\": \"amount\","
                          + " \"column\": \"4\"}]}")
                  .json();

          assertThat(detected.status()).isEqualTo(400);
          assertThat(detected.json().get("error").asText()).contains("customer_id");
          assertThat(chosen.get("files").get(0).get("columns"))
              .anySatisfy(
                  c -> {
                    assertThat(c.get("column").asText()).isEqualTo("Vem");
                    assertThat(c.get("use").asText()).isEqualTo("customer_id");
                    assertThat(c.get("how").asText()).isEqualTo("--map");
                  });
          assertThat(chosen.get("counts").get("sales_lines").asLong()).isEqualTo(2);
        });
  }

  @Test
  void uploadedFilesGetNamesTheServerMakesUpWhateverTheirNamesAre() throws Exception {
    WebServer web = server("names");
    Path outside = dir.resolve("evil.csv");
    JavalinTest.test(
        web.javalin(),
        (app, client) -> {
          Http http = new Http(app.port());
          Map<String, Http.FilePart> upload = new LinkedHashMap<>();
          upload.put(
              "customers",
              new Http.FilePart("../../evil.csv", "Kundnr\nK1\n".getBytes(StandardCharsets.UTF_8)));
          upload.put(
              "sales", new Http.FilePart(outside.toString(), "x".getBytes(StandardCharsets.UTF_8)));
          upload.put(
              "products",
              new Http.FilePart("..%2f..%2fevil.csv", "x".getBytes(StandardCharsets.UTF_8)));
          upload.put(
              "prospects",
              new Http.FilePart("a\\..\\..\\evil.xlsx", "x".getBytes(StandardCharsets.UTF_8)));

          Http.Answer answer = http.upload("/api/uploads", upload);

          assertThat(answer.status()).as(answer.body()).isEqualTo(201);
          assertThat(answer.json().get("files").get(0).get("name").asText()).isEqualTo("evil.csv");
          Path folder = web.uploads().folder();
          try (Stream<Path> stored = Files.list(folder)) {
            assertThat(stored.map(p -> String.valueOf(p.getFileName())))
                .hasSize(4)
                .allMatch(
                    n ->
                        n.matches(
                            "(customers|sales|products|prospects)-[0-9a-f]{32}\\.(csv|xlsx|dat)"));
          }
          assertThat(outside).doesNotExist();
          assertThat(dir.resolve("evil.csv")).doesNotExist();
          assertThat(folder.resolveSibling("evil.csv")).doesNotExist();
        });
  }

  @Test
  void anUnknownUploadIsA404() throws Exception {
    JavalinTest.test(
        server("unknown").javalin(),
        (app, client) -> {
          Http http = new Http(app.port());
          Http.Answer answer =
              http.postJson("/api/imports", "{\"upload_id\": \"../../kundfokus\"}");
          Http.Answer missing = http.postJson("/api/imports", "{}");

          assertThat(answer.status()).isEqualTo(404);
          assertThat(answer.json().get("error").asText()).contains("there is no upload");
          assertThat(missing.status()).isEqualTo(400);
          assertThat(missing.json().get("error").asText()).contains("upload_id is missing");
        });
  }
}
