package se.kundfokus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kundfokus.testutil.CliResultAssert.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.testutil.CliResult;
import se.kundfokus.web.WebOptions;
import se.kundfokus.web.WebServer;

class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void helpNamesEveryOption() {
    CliResult result = Cli.run("serve", "--help");

    assertThat(result).hasExitCode(ExitCodes.OK);
    assertThat(result.stdout())
        .contains("--port", "--bind", "--workspace", "--token", "--max-upload", "--config")
        .contains("KUNDFOKUS_TOKEN");
  }

  @Test
  void aSizeThatIsNotASizeIsAUsageError() {
    CliResult result =
        Cli.run("serve", "--workspace", dir.resolve("w.duckdb").toString(), "--max-upload", "lots");

    assertThat(result).hasExitCode(ExitCodes.USAGE);
    assertThat(result.stderr()).contains("'lots' is not a size");
  }

  @Test
  void aShortTokenIsAUsageError() {
    CliResult result =
        Cli.run("serve", "--workspace", dir.resolve("w.duckdb").toString(), "--token", "abc");

    assertThat(result).hasExitCode(ExitCodes.USAGE);
    assertThat(result.stderr()).contains("at least 16");
  }

  @Test
  void theBannerSaysWhereToOpenItAndTheToken() {
    WebOptions options =
        WebOptions.of(dir.resolve("w.duckdb"), "test")
            .withPort(0)
            .withToken("banner-token-0123456789");
    try (WebServer server = WebServer.start(options)) {
      StringWriter text = new StringWriter();
      ServeCommand.banner(new PrintWriter(text, true), server);

      assertThat(text.toString())
          .contains(
              "Open http://127.0.0.1:" + server.port() + "/?token=banner-token-0123456789",
              "Authorization: Bearer banner-token-0123456789");
    }
  }

  @Test
  void withoutATokenTheBannerSaysOnlyThisMachineCanReachIt() {
    try (WebServer server =
        WebServer.start(WebOptions.of(dir.resolve("w.duckdb"), "t").withPort(0))) {
      StringWriter text = new StringWriter();
      ServeCommand.banner(new PrintWriter(text, true), server);

      assertThat(text.toString())
          .contains("Open http://127.0.0.1:" + server.port() + "/ in your browser")
          .contains("Only this machine");
    }
  }
}
