package se.kundfokus.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.generate.GenerationOptions;
import se.kundfokus.generate.SampleCompany;
import se.kundfokus.store.TableCounts;
import se.kundfokus.store.Workspace;

/**
 * Many clients read results while uploads, imports and analyses run, on loopback: no request fails,
 * the analyses queue and all finish, and the workspace afterwards holds exactly the files last
 * imported.
 *
 * <p>Bounded in time and count: {@value #READERS} readers for {@value #QUIET_SECONDS} seconds
 * alone, then for {@value #SECONDS} seconds (or {@value #MAX_REQUESTS} requests) while one writer
 * uploads and imports the files again and asks for analyses, two at a time. It measures, it does
 * not time: requests per second and the latencies go to {@code target/load-test.json}
 * (BENCHMARKS.md says how to read them).
 */
class LoadIT {
  private static final int READERS = 16;
  private static final int SECONDS = 20;
  private static final int QUIET_SECONDS = 8;
  private static final int MAX_REQUESTS = 50_000;
  private static final int ROUNDS = 3;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private URI base = URI.create("http://127.0.0.1/");
  private String csrf = "";

  @Test
  void readersNeverFailWhileImportsAndAnalysesRun() throws Exception {
    Path files = dir.resolve("company");
    SampleCompany.generate(new GenerationOptions().withCustomers(400), files, lines -> {});
    Path customers = files.resolve("kunder.csv");
    Path sales = files.resolve("fakturarader.csv");
    Path workspace = dir.resolve("load.duckdb");
    Workspace.open(workspace).close();

    try (WebServer server = WebServer.start(WebOptions.of(workspace, "load-test").withPort(0))) {
      base = server.url();
      csrf = csrfToken();
      importFiles(customers, sales);
      awaitAll(List.of(startAnalysis()));
      List<String> ids = customerIds();
      assertThat(ids).as("customers in the first result").isNotEmpty();

      List<String> paths = readPaths(ids);
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
      try {
        Measured quiet = read(pool, paths, QUIET_SECONDS, failures);
        List<Long> jobs = Collections.synchronizedList(new ArrayList<>());
        Future<?> writer =
            pool.submit(
                () -> {
                  for (int round = 0; round < ROUNDS; round++) {
                    importFiles(customers, sales);
                    // two at once: they must queue, not collide
                    jobs.add(startAnalysis());
                    jobs.add(startAnalysis());
                  }
                  awaitAll(jobs);
                  return null;
                });
        Measured busy = read(pool, paths, SECONDS, failures);
        writer.get(10, TimeUnit.MINUTES);

        assertThat(failures).as("failed requests").isEmpty();
        assertThat(jobs).hasSize(2 * ROUNDS);
        for (long job : jobs) {
          assertThat(job(job).path("state").asText()).as("analysis %d", job).isEqualTo("done");
        }
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("readers", READERS);
        results.put("processors", Runtime.getRuntime().availableProcessors());
        results.put("reads_alone", quiet.results());
        Map<String, Object> during = new LinkedHashMap<>(busy.results());
        during.put("imports", ROUNDS);
        during.put("analyses", 2 * ROUNDS);
        results.put("reads_during_imports_and_analyses", during);
        Path file = Path.of("target", "load-test.json");
        Files.createDirectories(file.getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), results);
      } finally {
        pool.shutdownNow();
      }
    }

    try (Workspace after = Workspace.open(workspace)) {
      TableCounts counts = after.counts();
      assertThat(counts.registerCustomers()).isEqualTo(400);
      assertThat(counts.salesLines()).isEqualTo(lines(sales));
    }
  }

  /** The latencies of each path, and how long the readers read. */
  private record Measured(Map<String, List<Long>> byPath, long nanos) {
    Map<String, Object> results() {
      List<Long> all = new ArrayList<>();
      byPath.values().forEach(all::addAll);
      Collections.sort(all);
      Map<String, Object> results = new LinkedHashMap<>();
      results.put("requests", all.size());
      results.put("seconds", nanos / 1e9);
      results.put("requests_per_second", all.size() / (nanos / 1e9));
      results.put("p50_ms", percentile(all, 0.50));
      results.put("p99_ms", percentile(all, 0.99));
      results.put("max_ms", percentile(all, 1.0));
      Map<String, Object> paths = new TreeMap<>();
      byPath.forEach(
          (path, list) -> {
            List<Long> one = new ArrayList<>(list);
            Collections.sort(one);
            paths.put(
                path,
                Map.of(
                    "requests",
                    one.size(),
                    "p50_ms",
                    percentile(one, 0.5),
                    "p99_ms",
                    percentile(one, 0.99)));
          });
      results.put("by_path", paths);
      return results;
    }
  }

  /** {@value #READERS} readers, for some seconds or {@value #MAX_REQUESTS} requests. */
  private Measured read(
      ExecutorService pool, List<String> paths, int seconds, Queue<String> failures)
      throws Exception {
    Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    AtomicLong requests = new AtomicLong();
    long start = System.nanoTime();
    long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
    List<Future<?>> readers = new ArrayList<>();
    for (int r = 0; r < READERS; r++) {
      int offset = r;
      readers.add(
          pool.submit(
              () -> {
                int i = offset;
                while (System.nanoTime() < deadline && requests.incrementAndGet() <= MAX_REQUESTS) {
                  String path = paths.get(i++ % paths.size());
                  long sent = System.nanoTime();
                  try {
                    HttpResponse<byte[]> response = get(path);
                    latencies
                        .computeIfAbsent(
                            path.replaceAll("/customers/[^/?]+", "/customers/{id}"),
                            p -> Collections.synchronizedList(new ArrayList<>()))
                        .add(System.nanoTime() - sent);
                    if (response.statusCode() != 200) {
                      failures.add("GET " + path + " answered " + response.statusCode());
                    }
                  } catch (IOException | InterruptedException e) {
                    failures.add("GET " + path + " failed: " + e);
                  }
                }
                return null;
              }));
    }
    for (Future<?> reader : readers) {
      reader.get(seconds + 120L, TimeUnit.SECONDS);
    }
    return new Measured(latencies, System.nanoTime() - start);
  }

  /** Every page and API read a user makes, over the customers of the result. */
  private static List<String> readPaths(List<String> ids) {
    List<String> paths =
        new ArrayList<>(
            List.of(
                "/api/status",
                "/api/summary",
                "/api/segments",
                "/api/customers?limit=50",
                "/api/prospects",
                "/dashboard",
                "/customers"));
    for (String id : ids.subList(0, Math.min(10, ids.size()))) {
      paths.add("/api/customers/" + id);
      paths.add("/api/customers/" + id + "/history");
      paths.add("/customers/" + id);
    }
    return paths;
  }

  private String csrfToken() throws IOException, InterruptedException {
    HttpResponse<byte[]> response = get("/api/status");
    assertThat(response.statusCode()).isEqualTo(200);
    return response.headers().allValues("set-cookie").stream()
        .filter(c -> c.startsWith(Csrf.COOKIE + "="))
        .map(c -> c.substring(Csrf.COOKIE.length() + 1).split(";", 2)[0])
        .findFirst()
        .orElseThrow(() -> new AssertionError("no CSRF cookie set"));
  }

  private void importFiles(Path customers, Path sales) throws IOException, InterruptedException {
    String boundary = "kundfokus-load-" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, Path> part : Map.of("customers", customers, "sales", sales).entrySet()) {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + part.getKey()
                  + "\"; filename=\""
                  + part.getValue().getFileName()
                  + "\"\r\nContent-Type: text/csv\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(Files.readAllBytes(part.getValue()));
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    JsonNode upload =
        post("/api/uploads", "multipart/form-data; boundary=" + boundary, body.toByteArray(), 201);
    String uploadId = upload.path("upload_id").asText();
    Map<String, Object> commit = new LinkedHashMap<>();
    commit.put("upload_id", uploadId);
    commit.put("mode", "commit");
    JsonNode outcome =
        post("/api/imports", "application/json", JSON.writeValueAsBytes(commit), 200);
    assertThat(outcome.toString()).as("the import's outcome").doesNotContain("\"error\"");
  }

  private long startAnalysis() throws IOException, InterruptedException {
    return post("/api/analyses", "application/json", "{}".getBytes(StandardCharsets.UTF_8), 202)
        .path("id")
        .asLong();
  }

  private void awaitAll(List<Long> jobs) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
    for (long id : jobs) {
      while (true) {
        String state = job(id).path("state").asText();
        if (state.equals("done")) {
          break;
        }
        assertThat(state).as("analysis %d", id).isNotEqualTo("failed");
        assertThat(System.nanoTime()).as("analysis %d finished in time", id).isLessThan(deadline);
        Thread.sleep(100);
      }
    }
  }

  private JsonNode job(long id) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = get("/api/analyses/" + id);
    assertThat(response.statusCode()).as("GET /api/analyses/%d", id).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private List<String> customerIds() throws IOException, InterruptedException {
    HttpResponse<byte[]> response = get("/api/customers?limit=50");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode root = JSON.readTree(response.body());
    JsonNode list = root.isArray() ? root : root.path("customers");
    List<String> ids = new ArrayList<>();
    list.forEach(c -> ids.add(c.path("customer_id").asText(c.path("id").asText())));
    return ids;
  }

  private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private JsonNode post(String path, String type, byte[] body, int expected)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofMinutes(5))
            .header("Content-Type", type)
            .header("Cookie", Csrf.COOKIE + "=" + csrf)
            .header(Csrf.HEADER, csrf)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    String text = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(response.statusCode()).as("POST %s: %s", path, text).isEqualTo(expected);
    return JSON.readTree(text);
  }

  private static long lines(Path csv) throws IOException {
    try (var lines = Files.lines(csv, StandardCharsets.ISO_8859_1)) {
      return lines.count() - 1;
    }
  }

  private static double percentile(List<Long> sorted, double share) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(share * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}
