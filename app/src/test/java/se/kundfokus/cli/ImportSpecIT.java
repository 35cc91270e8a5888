package se.kundfokus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kundfokus.testutil.CliResultAssert.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.kundfokus.store.Workspace;
import se.kundfokus.testutil.CliResult;
import se.kundfokus.testutil.WorkspaceSnapshot;

/**
 * Runs every case of the import spec corpus ({@code import-specs/*.yaml}) through the command line,
 * each in a fresh folder, and checks the exit code, the exact output and, for a failed import, that
 * the workspace is exactly as it was before.
 */
class ImportSpecIT {
  private static final String FOLDER = "/import-specs";
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  static Stream<Named<ImportSpec>> specs() throws IOException, URISyntaxException {
    URL folder = Objects.requireNonNull(ImportSpecIT.class.getResource(FOLDER), FOLDER);
    List<Named<ImportSpec>> specs = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
      for (Path file : files.sorted().toList()) {
        ImportSpec spec = YAML.readValue(file.toFile(), ImportSpec.class);
        String name = String.valueOf(file.getFileName());
        assertThat(name).as("file name of spec %s", spec.id()).isEqualTo(spec.id() + ".yaml");
        assertThat(spec.id()).as("id of %s", name).matches("[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(spec.args())
            .as("args of %s", name)
            .containsSubsequence("--workspace", "{dir}/ws.duckdb");
        specs.add(Named.of(spec.id(), spec));
      }
    }
    assertThat(specs).as("import specs").isNotEmpty();
    return specs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void importSpec(ImportSpec spec, @TempDir Path dir) throws IOException {
    Assumptions.assumeTrue(spec.knownBug().isEmpty(), () -> "known bug: " + spec.knownBug());
    SpecFiles.write(spec, dir);
    Path workspace = dir.resolve("ws.duckdb");
    if (!spec.before().isEmpty()) {
      assertThat(Cli.run(args(spec.before(), dir))).as("the import before").hasExitCode(0);
    }
    @Nullable WorkspaceSnapshot before =
        Files.exists(workspace) ? WorkspaceSnapshot.of(workspace) : null;

    CliResult result = Cli.run(args(spec.args(), dir));

    ImportSpec.Expectation expect = spec.expect();
    assertThat(result).hasExitCode(expect.exit()).hasStderr(fill(expect.stderr(), dir));
    String stdout = expect.stdout();
    if (stdout != null) {
      assertThat(result).hasStdout(fill(stdout, dir));
    }
    if (!expect.stdoutContains().isEmpty()) {
      assertThat(result)
          .hasStdoutLines(expect.stdoutContains().stream().map(line -> fill(line, dir)).toList());
    }
    if (expect.exit() != 0 && Files.exists(workspace)) {
      WorkspaceSnapshot after = WorkspaceSnapshot.of(workspace);
      if (before != null) {
        assertThat(after).as("the workspace after a failed import").isEqualTo(before);
      } else {
        assertThat(after.imports()).as("imports after a failed first import").isEmpty();
        assertThat(after.tables().values())
            .as("tables after a failed first import")
            .allSatisfy(rows -> assertThat(rows).isEmpty());
      }
    }
    ImportSpec.RejectsFile rejects = expect.rejectsFile();
    if (rejects != null) {
      String text = Files.readString(dir.resolve(rejects.path()), StandardCharsets.UTF_8);
      String content = fill(rejects.content(), dir);
      assertThat(text)
          .as("rejects file %s", rejects.path())
          .isEqualTo(
              "\uFEFF"
                  + (rejects.lineEnding().equals("crlf")
                      ? content.replace("\n", "\r\n")
                      : content));
    }
    if (!expect.rows().isEmpty()) {
      try (Workspace ws = Workspace.open(workspace)) {
        for (Map.Entry<String, String> query : new TreeMap<>(expect.rows()).entrySet()) {
          assertThat(WorkspaceSnapshot.rows(ws, query.getKey()))
              .as(query.getKey())
              .containsExactlyElementsOf(query.getValue().lines().toList());
        }
      }
    }
  }

  private static String[] args(List<String> args, Path dir) {
    return args.stream().map(arg -> fill(arg, dir)).toArray(String[]::new);
  }

  private static String fill(String text, Path dir) {
    return text.replace("{dir}", dir.toString())
        .replace("{today}", LocalDate.now(Clock.systemUTC()).toString());
  }
}
