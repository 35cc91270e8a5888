package se.kundfokus.cli;

import java.nio.file.Files;
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

  /** Opens the workspace, which must exist: reading commands do not create an empty one. */
  Workspace openExisting() {
    if (!Files.exists(file)) {
      throw new IllegalArgumentException(
          "there is no workspace " + file + " (import files first, or run kundfokus demo)");
    }
    return Workspace.open(file);
  }
}
