package se.kundfokus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import se.kundfokus.store.MemorySettings;
import se.kundfokus.store.Workspace;

/**
 * The options shared by the commands that use a workspace: {@code --workspace}, and how much memory
 * its DuckDB database may use ({@code --memory-limit}) and where it spills beyond that ({@code
 * --temp-dir}).
 */
final class WorkspaceOption {
  @Option(
      names = {"-w", "--workspace"},
      paramLabel = "FILE",
      description = "The workspace file (default: ${DEFAULT-VALUE} in the current folder).",
      defaultValue = Workspace.DEFAULT_FILE)
  Path file;

  @Option(
      names = "--memory-limit",
      paramLabel = "SIZE",
      description =
          "The most memory the workspace's database may use, e.g. 4GB or 512MB (default: 80 %%"
              + " of the computer's memory); beyond it, temporary files are written.")
  Optional<String> memoryLimit = Optional.empty();

  @Option(
      names = "--temp-dir",
      paramLabel = "DIR",
      description =
          "The folder for temporary files when the work does not fit in the memory limit"
              + " (default: the workspace's name with .tmp, next to it); created when missing.")
  Optional<Path> tempDir = Optional.empty();

  /** Opens the workspace, which must exist: reading commands do not create an empty one. */
  Workspace openExisting() {
    if (!Files.exists(file)) {
      throw new IllegalArgumentException(
          "there is no workspace " + file + " (import files first, or run kundfokus demo)");
    }
    return open();
  }

  /** Opens the workspace, creating it when it does not exist yet. */
  Workspace open() {
    return Workspace.open(file, memory());
  }

  /**
   * The memory settings of the command line.
   *
   * @throws IllegalArgumentException naming the option when a size is not one, or too small
   */
  MemorySettings memory() {
    MemorySettings memory = MemorySettings.defaults();
    if (memoryLimit.isPresent()) {
      String text = memoryLimit.get();
      long bytes;
      try {
        bytes = MemorySettings.parseSize(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--memory-limit: " + e.getMessage(), e);
      }
      if (bytes < MemorySettings.LEAST_MEMORY_LIMIT) {
        throw new IllegalArgumentException(
            "--memory-limit: '"
                + text
                + "' is too little for the workspace's database (expected at least 64MB, e.g."
                + " 4GB)");
      }
      memory = memory.withMemoryLimit(bytes);
    }
    if (tempDir.isPresent()) {
      memory = memory.withTempDirectory(tempDir.get());
    }
    return memory;
  }
}
