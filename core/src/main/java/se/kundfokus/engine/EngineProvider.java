package se.kundfokus.engine;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Makes an engine other than the default DuckDB one, found with {@link ServiceLoader} so that the
 * default jar holds nothing of it: the {@code spark} module provides {@code "spark"}.
 */
public interface EngineProvider {

  /** The name the command line uses, e.g. {@code spark}. */
  String name();

  /** Starts an engine over the canonical tables the request names. */
  SqlEngine open(EngineRequest request);

  /** The provider of that name on the class path, if there is one. */
  static Optional<EngineProvider> named(String name) {
    for (EngineProvider provider : ServiceLoader.load(EngineProvider.class)) {
      if (provider.name().equals(name)) {
        return Optional.of(provider);
      }
    }
    return Optional.empty();
  }

  /** The names of the providers on the class path. */
  static List<String> available() {
    return ServiceLoader.load(EngineProvider.class).stream()
        .map(p -> p.get().name())
        .sorted()
        .toList();
  }
}
