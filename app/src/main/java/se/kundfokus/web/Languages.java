package se.kundfokus.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.kundfokus.report.Language;

/**
 * The language of a request: {@code ?lang=sv|en} (remembered in a cookie), else the cookie, else
 * the browser's {@code Accept-Language}, else English.
 */
final class Languages {
  static final String COOKIE = "kundfokus_lang";
  private static final String ATTRIBUTE = "kundfokus.language";

  private Languages() {}

  /** Decides the request's language, remembering a {@code ?lang=} choice. */
  static void before(Context ctx) {
    Optional<Language> asked = parse(ctx.queryParam("lang"));
    if (asked.isPresent()) {
      Cookie cookie = new Cookie(COOKIE, asked.get().code());
      cookie.setPath("/");
      cookie.setMaxAge(365 * 24 * 3600);
      cookie.setHttpOnly(true);
      cookie.setSameSite(SameSite.STRICT);
      ctx.cookie(cookie);
    }
    Language language =
        asked
            .or(() -> parse(ctx.cookie(COOKIE)))
            .orElseGet(() -> fromAcceptLanguage(ctx.header("Accept-Language")));
    ctx.attribute(ATTRIBUTE, language);
  }

  static Language of(Context ctx) {
    Language language = ctx.attribute(ATTRIBUTE);
    return language == null ? Language.EN : language;
  }

  static Optional<Language> parse(@Nullable String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Language.parse(code));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The first of Swedish and English the header prefers; English when it names neither. */
  static Language fromAcceptLanguage(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return Language.EN;
    }
    try {
      String tag = Locale.lookupTag(Locale.LanguageRange.parse(header), List.of("sv", "en"));
      return tag == null ? Language.EN : Language.parse(tag);
    } catch (IllegalArgumentException e) {
      return Language.EN;
    }
  }
}
