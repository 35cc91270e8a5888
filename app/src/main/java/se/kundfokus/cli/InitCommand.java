package se.kundfokus.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.kundfokus.config.SettingsFile;

/** {@code kundfokus init}: writes the commented settings file with every default. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Write the settings file: every threshold of the analysis with its default, to edit.",
      "kundfokus analyze reads "
          + SettingsFile.DEFAULT_FILE
          + " in the current folder, or the file named by --config."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  kundfokus init", "  kundfokus init q3-settings.yaml --force"})
final class InitCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The file to write (default: ${DEFAULT-VALUE}).",
      defaultValue = SettingsFile.DEFAULT_FILE)
  Path file;

  @Option(names = "--force", description = "Replace the file if it exists.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    SettingsFile.writeTemplate(file, VersionProvider.version(), force);
    spec.commandLine()
        .getOut()
        .println(
            "Wrote "
                + file.toAbsolutePath()
                + ": every setting with its default. Edit it, then run kundfokus analyze"
                + (file.toString().equals(SettingsFile.DEFAULT_FILE)
                    ? "."
                    : " --config " + file + "."));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
