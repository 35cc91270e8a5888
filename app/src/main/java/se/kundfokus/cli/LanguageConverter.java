package se.kundfokus.cli;

import picocli.CommandLine;
import se.kundfokus.report.Language;

/** Reads {@code --lang sv|en}; anything else is a usage error naming the languages there are. */
final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
  @Override
  public Language convert(String value) {
    try {
      return Language.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
