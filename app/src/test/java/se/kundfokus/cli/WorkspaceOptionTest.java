package se.kundfokus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kundfokus.testutil.CliResultAssert.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.kundfokus.store.MemorySettings;
import se.kundfokus.store.Workspace;
import se.kundfokus.testutil.CliResult;

/** {@code --memory-limit} and {@code --temp-dir}, on every command that opens a workspace. */
class WorkspaceOptionTest {
  @TempDir Path dir;

  @Test
  void importsAndForgetsWithinAMemoryLimitSpillingToTheTemporaryFolder() {
    Path data = dir.resolve("data");
    assertThat(Cli.run("generate", "--customers", "40", "--years", "1", "--out", data.toString()))
        .hasExitCode(ExitCodes.OK);
    Path workspace = dir.resolve("ws.duckdb");
    Path spill = dir.resolve("spill/import");

    CliResult imported =
        Cli.run(
            "import",
            "--workspace",
            workspace.toString(),
            "--memory-limit",
            "256MB",
            "--temp-dir",
            spill.toString(),
            "--customers",
            data.resolve("kunder.csv").toString(),
            "--sales",
            data.resolve("fakturarader.csv").toString());
    CliResult status =
        Cli.run("status", "--workspace", workspace.toString(), "--memory-limit", "1GB");
    CliResult forgot =
        Cli.run(
            "forget",
            "--workspace",
            workspace.toString(),
            "--memory-limit",
            "128m",
            "--temp-dir",
            dir.resolve("spill/forget").toString(),
            "--customer",
            "10001");

    assertThat(imported).hasExitCode(ExitCodes.OK).hasEmptyStderr();
    assertThat(spill).isDirectory();
    assertThat(status).hasExitCode(ExitCodes.OK).hasEmptyStderr();
    assertThat(status.stdout()).contains("40 customers");
    assertThat(forgot).hasExitCode(ExitCodes.OK).hasEmptyStderr();
    assertThat(dir.resolve("spill/forget")).isDirectory();
  }

  @Test
  void passesTheSettingsToDuckDb() throws Exception {
    Path folder = dir.resolve("tmp-folder");
    WorkspaceOption option = parse("--memory-limit", "3GB", "--temp-dir", folder.toString());

    try (Workspace workspace = Workspace.open(dir.resolve("ws.duckdb"), option.memory());
        Statement s = workspace.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT current_setting('memory_limit')")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("3.0 GiB");
    }
    assertThat(option.memory().tempDirectory()).contains(folder);
    assertThat(folder).isDirectory();
    assertThat(parse().memory()).isEqualTo(MemorySettings.defaults());
  }

  @Test
  void aSizeThatIsNotOneIsAUsageError() throws Exception {
    Path workspace = dir.resolve("ws.duckdb");
    Workspace.open(workspace).close();

    CliResult result =
        Cli.run("status", "--workspace", workspace.toString(), "--memory-limit", "lots");

    assertThat(result)
        .hasExitCode(ExitCodes.USAGE)
        .hasEmptyStdout()
        .hasStderr(
            """
            kundfokus: --memory-limit: 'lots' is not a memory size (expected e.g. 4GB or 512MB)
            Try 'kundfokus status --help'.
            """);
  }

  @Test
  void aLimitBelow64MegabytesIsAUsageError() {
    CliResult result =
        Cli.run(
            "import",
            "--workspace",
            dir.resolve("ws.duckdb").toString(),
            "--memory-limit",
            "10MB",
            "--sales",
            dir.resolve("fakturarader.csv").toString());

    assertThat(result)
        .hasExitCode(ExitCodes.USAGE)
        .hasEmptyStdout()
        .hasStderr(
            """
            kundfokus: --memory-limit: '10MB' is too little for the workspace's database \
            (expected at least 64MB, e.g. 4GB)
            Try 'kundfokus import --help'.
            """);
    assertThat(dir.resolve("ws.duckdb")).doesNotExist();
  }

  @Test
  void aTemporaryFolderThatIsAFileCannotBeUsed() throws Exception {
    Path workspace = dir.resolve("ws.duckdb");
    Workspace.open(workspace).close();
    Path notAFolder = Files.writeString(dir.resolve("tmp.txt"), "a file");

    CliResult result =
        Cli.run("status", "--workspace", workspace.toString(), "--temp-dir", notAFolder.toString());

    assertThat(result)
        .hasExitCode(ExitCodes.WORKSPACE)
        .hasEmptyStdout()
        .hasStderr(
            "kundfokus: cannot open workspace "
                + workspace.toAbsolutePath()
                + ": the folder for temporary files "
                + notAFolder
                + " is not a folder (expected a folder that kundfokus may write to)\n");
  }

  private static WorkspaceOption parse(String... args) {
    Holder holder = new Holder();
    new CommandLine(holder).parseArgs(args);
    return holder.option;
  }

  /** A command that holds nothing but the mixin, to parse it alone. */
  @CommandLine.Command(name = "holder")
  static final class Holder {
    @CommandLine.Mixin WorkspaceOption option = new WorkspaceOption();
  }
}
