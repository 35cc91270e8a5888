package se.kundfokus.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import se.kundfokus.store.Workspace;

/** The {@code --workspace} option shared by the commands that use a workspace. */
final class WorkspaceOption {
  @Option(
      names = {"-w", "--workspace"},
      paramLabel = "FILE",
      description = "The workspace file (default: ${DEFAULT-VALUE} in the current folder).",
      defaultValue = Workspace.DEFAULT_FILE)
  Path file;
}
