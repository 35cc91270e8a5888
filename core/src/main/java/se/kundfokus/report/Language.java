package se.kundfokus.report;

import java.util.Locale;

/** The languages the report, the lists and the web pages speak. */
public enum Language {
  SV(Locale.forLanguageTag("sv-SE")),
  EN(Locale.forLanguageTag("en-GB"));

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /** {@code sv} or {@code en}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The language of a code such as {@code sv}, {@code sv-SE} or {@code en}.
   *
   * @throws IllegalArgumentException naming the languages there are
   */
  public static Language parse(String code) {
    String language = code.strip().toLowerCase(Locale.ROOT);
    if (language.startsWith("sv")) {
      return SV;
    }
    if (language.startsWith("en")) {
      return EN;
    }
    throw new IllegalArgumentException("'" + code + "' is not a language (expected sv or en)");
  }

  /** Swedish for a Swedish locale, else English. */
  public static Language of(Locale locale) {
    return locale.getLanguage().equals("sv") ? SV : EN;
  }
}
