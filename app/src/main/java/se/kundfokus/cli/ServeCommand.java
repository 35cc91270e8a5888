package se.kundfokus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.kundfokus.config.SettingsFile;
import se.kundfokus.ingest.ImportLimits;
import se.kundfokus.web.WebOptions;
import se.kundfokus.web.WebServer;

/** {@code kundfokus serve}: the web application and REST API. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Start the web application and REST API: import files, run the analysis and explore the"
          + " results in the browser.",
      "Import with a check of every column first, the analysis with a live progress bar, the"
          + " dashboard, each customer, the model and prospect checks; the same data as JSON"
          + " under /api (described at /api/openapi.json).",
      "Listens on 127.0.0.1 (this machine only) unless --bind says otherwise; any other address"
          + " needs an access token (--token, the environment variable KUNDFOKUS_TOKEN, or one"
          + " generated and printed at start). Stop it with Ctrl+C."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kundfokus serve",
      "  kundfokus serve --workspace kund.duckdb --port 9000",
      "  kundfokus serve --bind 0.0.0.0 --max-upload 1GB"
    })
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin WorkspaceOption workspace;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "The port (default: ${DEFAULT-VALUE}; 0: any free port).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = WebOptions.DEFAULT_BIND,
      description =
          "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0: every"
              + " address, which needs an access token).")
  String bind = WebOptions.DEFAULT_BIND;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      defaultValue = "${env:KUNDFOKUS_TOKEN}",
      description =
          "The access token every request must show, at least 16 letters, digits, - or _"
              + " (default: the environment variable KUNDFOKUS_TOKEN; without one, none on"
              + " 127.0.0.1 and a generated one on any other address).")
  Optional<String> token = Optional.empty();

  @Option(
      names = "--max-upload",
      paramLabel = "SIZE",
      defaultValue = "200MB",
      description = "The largest upload, all its files together (default: ${DEFAULT-VALUE}).")
  String maxUpload = "200MB";

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "The settings file for the analyses (default: "
              + SettingsFile.DEFAULT_FILE
              + " in the current folder, if there is one; else the defaults).")
  Optional<Path> config = Optional.empty();

  @Override
  public Integer call() throws Exception {
    WebOptions options = options();
    CountDownLatch stopped = new CountDownLatch(1);
    WebServer server = WebServer.start(options);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "kundfokus-serve-stop"));
    PrintWriter out = spec.commandLine().getOut();
    banner(out, server);
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }

  WebOptions options() {
    WebOptions options =
        new WebOptions(
            workspace.file,
            bind,
            port,
            token.filter(t -> !t.isBlank()),
            ImportLimits.parseSize(maxUpload),
            AnalyzeCommand.settings(config),
            VersionProvider.version(),
            Clock.systemUTC());
    return options;
  }

  /** What a person needs to know once the server runs: where to open it, and the token. */
  static void banner(PrintWriter out, WebServer server) {
    out.println("kundfokus serves the workspace " + server.workspace());
    out.println("Open " + server.openUrl() + " in your browser. Ctrl+C stops it.");
    if (server.token().isPresent()) {
      out.println(
          "Access token (every page and API call needs it; the address above sets it once in the"
              + " browser): "
              + server.token().get());
      out.println("API clients send the header: Authorization: Bearer " + server.token().get());
    } else {
      out.println("Only this machine can reach it (" + server.url().getHost() + ").");
    }
  }
}
