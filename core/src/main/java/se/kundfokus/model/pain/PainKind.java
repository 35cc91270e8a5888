package se.kundfokus.model.pain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The two kinds of need of the method. */
public enum PainKind {
  /** A need the customer is aware of: it is looking for a solution. */
  BEHOV,
  /** A lack the customer is not yet aware of: selling can awaken it. */
  BRIST;

  /** The kind named in a settings file: behov or brist (or need / lack). */
  public static PainKind parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "behov", "need", "aware" -> BEHOV;
      case "brist", "lack", "unaware" -> BRIST;
      default ->
          throw new IllegalArgumentException(
              "'" + text + "' is not a kind of pain (expected behov or brist)");
    };
  }

  /** {@code behov} or {@code brist}, as the settings file and the JSON write it. */
  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** In words: {@code behov (aware need)}. */
  public String words() {
    return this == BEHOV ? "behov (aware need)" : "brist (unaware lack)";
  }
}
