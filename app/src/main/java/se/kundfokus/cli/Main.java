package se.kundfokus.cli;

/** Runs the {@code kundfokus} command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(KundfokusCommand.commandLine().execute(args));
  }
}
