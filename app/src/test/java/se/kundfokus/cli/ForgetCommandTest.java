package se.kundfokus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kundfokus.testutil.CliResultAssert.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.testutil.CliResult;

class ForgetCommandTest {
  @TempDir Path dir;

  @Test
  void forgetsACustomerAndSaysWhatWasRemoved() {
    Path data = dir.resolve("data");
    assertThat(Cli.run("generate", "--customers", "60", "--years", "2", "--out", data.toString()))
        .hasExitCode(ExitCodes.OK);
    Path workspace = dir.resolve("ws.duckdb");
    assertThat(
            Cli.run(
                "import",
                "--workspace",
                workspace.toString(),
                "--customers",
                data.resolve("kunder.csv").toString(),
                "--sales",
                data.resolve("fakturarader.csv").toString()))
        .hasExitCode(ExitCodes.OK);

    CliResult result =
        Cli.run("forget", "--workspace", workspace.toString(), "--customer", "10001");
    CliResult again = Cli.run("forget", "--workspace", workspace.toString(), "--customer", "10001");

    assertThat(result).hasExitCode(ExitCodes.OK).hasEmptyStderr();
    assertThat(result.stdout())
        .matches(
            "Forgot customer 10001: [\\d,]+ rows removed \\(customers 1, sales \\d+,"
                + " attribute_values \\d+\\); the workspace .*ws.duckdb is rewritten without"
                + " them.\\n");
    assertThat(again).hasExitCode(ExitCodes.USAGE);
    assertThat(again.stderr()).contains("holds no customer with id '10001'");
  }

  @Test
  void namesExactlyOneCompany() {
    CliResult result = Cli.run("forget", "--workspace", dir.resolve("ws.duckdb").toString());

    assertThat(result).hasExitCode(ExitCodes.USAGE);
    assertThat(result.stderr()).startsWith("Give either --customer ID or --prospect ID\n");
  }
}
