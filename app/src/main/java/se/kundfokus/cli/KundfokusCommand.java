package se.kundfokus.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: {@code kundfokus COMMAND [OPTIONS]}. */
@Command(
    name = "kundfokus",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Which customers and prospects should your sales team spend its time on, and why?",
      "kundfokus reads your customer register and invoice lines (CSV, TSV or Excel exports),"
          + " keeps them in a workspace file and analyses them."
    },
    subcommands = {
      DemoCommand.class,
      InitCommand.class,
      ImportCommand.class,
      AnalyzeCommand.class,
      ScoreCommand.class,
      ServeCommand.class,
      GenerateCommand.class,
      StatusCommand.class,
      ForgetCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kundfokus demo",
      "  kundfokus import --customers kunder.csv --sales fakturarader.csv",
      "  kundfokus init",
      "  kundfokus analyze --json result.json",
      "  kundfokus score --prospects leads.csv",
      "  kundfokus serve",
      "  kundfokus status",
      "",
      "Exit codes: 0 done, 1 problems in the input files (nothing imported),"
          + " 2 wrong command line or settings file, 3 workspace cannot be opened or written, 4 other failure."
    })
final class KundfokusCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The configured command line, writing UTF-8 to standard output and error. */
  static CommandLine commandLine() {
    return commandLine(
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
  }

  static CommandLine commandLine(Writer out, Writer err) {
    CommandLine commandLine = new CommandLine(new KundfokusCommand());
    commandLine.setOut(out instanceof PrintWriter p ? p : new PrintWriter(out, true));
    commandLine.setErr(err instanceof PrintWriter p ? p : new PrintWriter(err, true));
    commandLine.setExecutionExceptionHandler(new ErrorPrinter());
    commandLine.setExitCodeExceptionMapper(new ExitCodes());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    // On a terminal, use its width, so examples are not broken at 80 columns.
    commandLine.setUsageHelpAutoWidth(true);
    return commandLine;
  }
}
