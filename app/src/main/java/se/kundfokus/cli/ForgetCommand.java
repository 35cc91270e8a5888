package se.kundfokus.cli;

import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.kundfokus.privacy.Erasure;
import se.kundfokus.privacy.ErasureReport;

/** {@code kundfokus forget}: erases a customer or prospect and everything derived from it. */
@Command(
    name = "forget",
    mixinStandardHelpOptions = true,
    description = {
      "Erase a customer or a prospect from the workspace, with everything derived from it.",
      "Removes its register row, sales lines, attributes and segments in every stored run, and"
          + " its lines in the rejects files, then rewrites the workspace file so that nothing of"
          + " it stays in the file (the GDPR's right to erasure). Your own export files are"
          + " yours to delete; the next import of them brings it back."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  kundfokus forget --customer 10042", "  kundfokus forget --prospect P00017"})
final class ForgetCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin WorkspaceOption workspace;

  @Option(names = "--customer", paramLabel = "ID", description = "The customer's id.")
  Optional<String> customer = Optional.empty();

  @Option(names = "--prospect", paramLabel = "ID", description = "The prospect's id.")
  Optional<String> prospect = Optional.empty();

  @Override
  public Integer call() {
    if (customer.isPresent() == prospect.isPresent()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Give either --customer ID or --prospect ID");
    }
    if (!Files.exists(workspace.file)) {
      workspace.openExisting().close();
    }
    ErasureReport report =
        customer.isPresent()
            ? Erasure.forget(
                workspace.file, Erasure.Entity.CUSTOMER, customer.get(), workspace.memory())
            : Erasure.forget(
                workspace.file,
                Erasure.Entity.PROSPECT,
                prospect.orElseThrow(),
                workspace.memory());
    var out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "Forgot %s %s: %,d rows removed (%s)%s; the workspace %s is rewritten without them.%n",
        customer.isPresent() ? "customer" : "prospect",
        report.id(),
        report.total(),
        rows(report.rows()),
        report.rejectsFiles().isEmpty()
            ? ""
            : ", and its lines in " + report.rejectsFiles().size() + " rejects file(s)",
        workspace.file);
    out.flush();
    return ExitCodes.OK;
  }

  private static String rows(Map<String, Long> rows) {
    StringBuilder words = new StringBuilder();
    rows.forEach(
        (table, n) -> {
          if (n > 0) {
            words.append(words.length() == 0 ? "" : ", ").append(table).append(' ').append(n);
          }
        });
    return words.toString();
  }
}
