package se.kundfokus.cli;

import picocli.CommandLine;

/** Runs the {@code kundfokus} command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(KundfokusCommand.commandLine().execute(args));
  }
}
