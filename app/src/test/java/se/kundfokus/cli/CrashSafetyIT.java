package se.kundfokus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kundfokus.testutil.CliResultAssert.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.testutil.WorkspaceSnapshot;

/**
 * A kundfokus killed with SIGKILL in the middle of an import or an analysis leaves the workspace as
 * it was before: it opens, and holds exactly what it held.
 */
class CrashSafetyIT {
  private static final Path JAR = Path.of("target", "kundfokus.jar");

  @TempDir static Path dir;
  private static Path big;
  private static Path small;

  @BeforeAll
  static void generate() {
    small = dir.resolve("small");
    big = dir.resolve("big");
    assertThat(Cli.run("generate", "--customers", "150", "--out", small.toString()))
        .hasExitCode(ExitCodes.OK);
    assertThat(Cli.run("generate", "--customers", "4000", "--seed", "9", "--out", big.toString()))
        .hasExitCode(ExitCodes.OK);
  }

  private static Path workspaceWithData(String name) {
    Path workspace = dir.resolve(name + ".duckdb");
    assertThat(
            Cli.run(
                "import",
                "--workspace",
                workspace.toString(),
                "--customers",
                small.resolve("kunder.csv").toString(),
                "--sales",
                small.resolve("fakturarader.csv").toString()))
        .hasExitCode(ExitCodes.OK);
    return workspace;
  }

  /** Starts kundfokus in its own JVM, as a user would. */
  private static Process start(String... args) throws IOException {
    assertThat(JAR).as("the runnable jar, built by package").exists();
    List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child-" + System.nanoTime() + ".log").toFile())
        .start();
  }

  /** Waits until the workspace files have grown by {@code bytes}: the child is writing. */
  private static void awaitWriting(Path workspace, Process child, long bytes) throws Exception {
    long start = size(workspace);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (size(workspace) < start + bytes) {
      assertThat(child.isAlive()).as("the child is still working").isTrue();
      assertThat(System.nanoTime()).as("the child started writing in time").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private static long size(Path workspace) throws IOException {
    long size = Files.size(workspace);
    Path wal = workspace.resolveSibling(workspace.getFileName() + ".wal");
    return size + (Files.exists(wal) ? Files.size(wal) : 0);
  }

  private static void kill(Process child) throws Exception {
    assertThat(child.isAlive()).as("killed in the middle, not after").isTrue();
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("died by SIGKILL").isEqualTo(137);
  }

  @Test
  void killedInTheMiddleOfAnImport() throws Exception {
    Path workspace = workspaceWithData("import");
    WorkspaceSnapshot before = WorkspaceSnapshot.of(workspace);

    Process child =
        start(
            "import",
            "--workspace",
            workspace.toString(),
            "--customers",
            big.resolve("kunder.csv").toString(),
            "--sales",
            big.resolve("fakturarader.csv").toString());
    awaitWriting(workspace, child, 2 << 20);
    kill(child);

    assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
  }

  @Test
  void killedInTheMiddleOfAnAnalysis() throws Exception {
    Path workspace = dir.resolve("analysis.duckdb");
    assertThat(
            Cli.run(
                "import",
                "--workspace",
                workspace.toString(),
                "--customers",
                big.resolve("kunder.csv").toString(),
                "--sales",
                big.resolve("fakturarader.csv").toString()))
        .hasExitCode(ExitCodes.OK);
    assertThat(Cli.run("analyze", "--workspace", workspace.toString())).hasExitCode(ExitCodes.OK);
    WorkspaceSnapshot before = WorkspaceSnapshot.of(workspace);

    Process child = start("analyze", "--workspace", workspace.toString(), "--backtest");
    // The analysis reads for seconds before it stores its run; kill it while it reads.
    Thread.sleep(3000);
    kill(child);

    assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    assertThat(Cli.run("analyze", "--workspace", workspace.toString(), "--no-store"))
        .hasExitCode(ExitCodes.OK);
  }
}
