package se.kundfokus.store;

/** Placeholder. */
public final class Workspace {
  private Workspace() {}
}
