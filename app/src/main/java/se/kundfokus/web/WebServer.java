package se.kundfokus.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The kundfokus web application and REST API over one workspace: {@code kundfokus serve}.
 *
 * <p>Start it with {@link #start}; {@link #url} is where it answers ({@link #openUrl} with the
 * access token, when it has one). On a loopback address (the default, 127.0.0.1) it is open to this
 * machine; on any other address every request must show the access token. {@link #close} stops it,
 * lets a running import or analysis finish and closes the workspace.
 */
public final class WebServer implements AutoCloseable {
  /** Requests larger than this, beside uploads, are refused (JSON bodies are small). */
  static final long MAX_BODY = 1L << 20;

  /** A registered route, as Javalin has it. */
  record Route(String method, String path) {}

  private final WebOptions options;
  private final Optional<String> token;
  private final WriteQueue queue;
  private final Uploads uploads;
  private final Javalin app;
  private final List<Route> routes = new CopyOnWriteArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();

  private WebServer(WebOptions options) {
    this.options = options;
    this.token =
        options
            .token()
            .or(() -> loopback(options.bind()) ? Optional.empty() : Optional.of(newToken()));
    this.queue = new WriteQueue(options.workspace());
    try {
      Results results = new Results(queue.workspace().counts());
      this.uploads =
          new Uploads(
              Uploads.folderFor(queue.workspace().file()),
              options.maxUploadBytes(),
              options.clock());
      this.app = create(options, results);
    } catch (RuntimeException e) {
      queue.close();
      throw e;
    }
  }

  /** Opens the workspace and starts serving it. */
  public static WebServer start(WebOptions options) {
    WebServer server = create(options);
    try {
      server.app.start(options.bind(), options.port());
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** A server with its workspace open and routes registered, not started (tests start it). */
  static WebServer create(WebOptions options) {
    Objects.requireNonNull(options, "options must not be null");
    return new WebServer(options);
  }

  private Javalin create(WebOptions options, Results results) {
    Pages pages = new Pages(options.version());
    AnalysisService analyses =
        new AnalysisService(queue, results, options.settings(), options.version(), options.clock());
    ResultService reads = new ResultService(results, queue, analyses, options.version());
    ImportService imports = new ImportService(queue, uploads, results, options.clock());
    AccessGuard access = new AccessGuard(token);
    Csrf csrf = new Csrf(access);
    long maxUpload = options.maxUploadBytes();

    Javalin javalin =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.startupWatcherEnabled = false;
              config.jetty.defaultHost = options.bind();
              config.jsonMapper(new Json());
              config.http.maxRequestSize = MAX_BODY;
              config.jetty.multipartConfig.maxFileSize(maxUpload, SizeUnit.BYTES);
              config.jetty.multipartConfig.maxTotalRequestSize(
                  maxUpload + MAX_BODY, SizeUnit.BYTES);
              config.jetty.multipartConfig.maxInMemoryFileSize((int) MAX_BODY, SizeUnit.BYTES);
              config.events.handlerAdded(
                  h -> routes.add(new Route(h.getHttpMethod().name(), h.getPath())));
              config.events.serverStopped(this::closeServices);
            });

    javalin.before(SecurityHeaders::before);
    javalin.before(ctx -> refuseLargeUploads(ctx, maxUpload));
    javalin.before(access::before);
    javalin.before(Languages::before);
    javalin.before(csrf::before);
    new Errors(pages, maxUpload).register(javalin);

    DashboardController dashboard = new DashboardController(reads, pages);
    ImportController importing = new ImportController(imports, reads, pages);
    AnalysisController analysis = new AnalysisController(analyses, reads, pages);
    CustomerController customers = new CustomerController(reads, pages);
    ModelController model =
        new ModelController(new ModelService(results, analyses), analyses, pages);
    ProspectController prospects =
        new ProspectController(new ProspectService(results), reads, pages);
    AssetController assets = new AssetController();
    OpenApiController openApi = new OpenApiController();

    javalin.get("/", ctx -> ctx.redirect("/dashboard", HttpStatus.SEE_OTHER));
    javalin.get("/dashboard", dashboard::page);
    javalin.get("/exports/{list}", dashboard::export);
    javalin.get("/import", importing::page);
    javalin.post("/import/upload", importing::upload);
    javalin.post("/import/check", importing::recheck);
    javalin.post("/import/commit", importing::commit);
    javalin.post("/analysis", analysis::start);
    javalin.get("/analysis/{id}", analysis::progress);
    javalin.get("/customers", customers::list);
    javalin.get("/customers/{id}", customers::page);
    javalin.get("/model", model::page);
    javalin.post("/model", model::rerun);
    javalin.get("/prospects", prospects::page);
    javalin.post("/prospects/check", prospects::check);
    javalin.get("/assets/{name}", assets::serve);

    javalin.get("/api/openapi.json", openApi::serve);
    javalin.get("/api/status", analysis::apiStatus);
    javalin.get("/api/result", dashboard::apiResult);
    javalin.get("/api/summary", dashboard::apiSummary);
    javalin.get("/api/charts", dashboard::apiCharts);
    javalin.get("/api/segments", dashboard::apiSegments);
    javalin.get("/api/customers", customers::apiList);
    javalin.get("/api/customers/{id}", customers::apiDetail);
    javalin.get("/api/customers/{id}/history", customers::apiHistory);
    javalin.get("/api/prospects", prospects::apiList);
    javalin.post("/api/prospects/score", prospects::apiScore);
    javalin.get("/api/model", model::apiModel);
    javalin.post("/api/model", model::apiRerun);
    javalin.post("/api/uploads", importing::apiUpload);
    javalin.post("/api/imports", importing::apiImport);
    javalin.post("/api/analyses", analysis::apiStart);
    javalin.get("/api/analyses/{id}", analysis::apiJob);
    return javalin;
  }

  /** Refuses an upload larger than the limit before reading it, with a clear 413. */
  private static void refuseLargeUploads(Context ctx, long maxUpload) {
    if (ctx.method() == HandlerType.POST
        && ctx.isMultipart()
        && ctx.req().getContentLengthLong() > maxUpload + MAX_BODY) {
      throw HttpProblem.tooLarge(Uploads.tooLarge(maxUpload));
    }
  }

  /** The port it listens on (the free one chosen for port 0). */
  public int port() {
    return app.port();
  }

  /** Where it answers, e.g. {@code http://127.0.0.1:8080/}. */
  public URI url() {
    return URI.create("http://" + host(options.bind()) + ":" + port() + "/");
  }

  /** The address to open in a browser: {@link #url}, with {@code ?token=} when it has a token. */
  public URI openUrl() {
    return token.map(t -> URI.create(url() + "?token=" + t)).orElse(url());
  }

  /** The access token every request must show; empty when the server is open to this machine. */
  public Optional<String> token() {
    return token;
  }

  /** The workspace it serves. */
  public java.nio.file.Path workspace() {
    return queue.workspace().file();
  }

  Javalin javalin() {
    return app;
  }

  /** The routes registered, in order. */
  List<Route> routes() {
    return List.copyOf(routes);
  }

  Uploads uploads() {
    return uploads;
  }

  /** Stops serving, lets a running write finish and closes the workspace. */
  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      closeServices();
    }
  }

  private void closeServices() {
    if (closed.compareAndSet(false, true)) {
      try {
        uploads.close();
      } finally {
        queue.close();
      }
    }
  }

  static boolean loopback(String bind) {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** The host for the printed address: this machine's name when it listens on every address. */
  static String host(String bind) {
    String host = bind;
    if (bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("[::]")) {
      try {
        host = InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        host = "localhost";
      }
    }
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  static String newToken() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
