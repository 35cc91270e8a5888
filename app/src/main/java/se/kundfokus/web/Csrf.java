package se.kundfokus.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Protection against cross-site request forgery: each browser gets a random token in a {@code
 * SameSite=Strict} cookie, and every request that changes something (POST, PUT, PATCH, DELETE) must
 * send the same token in the form field {@code _csrf} or the header {@code X-CSRF-Token} (which
 * another site cannot read). A request with the access token in its {@code Authorization} header
 * needs none: a browser never sends that header by itself.
 */
final class Csrf {
  static final String COOKIE = "kundfokus_csrf";
  static final String FIELD = "_csrf";
  static final String HEADER = "X-CSRF-Token";
  private static final String ATTRIBUTE = "kundfokus.csrf";
  private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{64}");
  private static final Set<HandlerType> CHANGING =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

  private final AccessGuard access;
  private final SecureRandom random = new SecureRandom();

  Csrf(AccessGuard access) {
    this.access = access;
  }

  void before(Context ctx) {
    String cookie = ctx.cookie(COOKIE);
    boolean known = cookie != null && FORMAT.matcher(cookie).matches();
    String token = known ? cookie : newToken();
    if (!known) {
      Cookie set = new Cookie(COOKIE, token);
      set.setPath("/");
      set.setHttpOnly(true);
      set.setSameSite(SameSite.STRICT);
      ctx.cookie(set);
    }
    ctx.attribute(ATTRIBUTE, token);
    if (!CHANGING.contains(ctx.method()) || access.bearer(ctx)) {
      return;
    }
    String sent = ctx.header(HEADER);
    if (sent == null && form(ctx)) {
      sent = ctx.formParam(FIELD);
    }
    if (!known || !same(sent, token)) {
      throw HttpProblem.forbidden(
          "this request lacks the page's security token (CSRF): reload the page and try again;"
              + " API clients send the "
              + COOKIE
              + " cookie's value in the header "
              + HEADER
              + ", or Authorization: Bearer TOKEN");
    }
  }

  /** The token of this request's browser, for the forms of the page. */
  static String token(Context ctx) {
    String token = ctx.attribute(ATTRIBUTE);
    return token == null ? "" : token;
  }

  private static boolean form(Context ctx) {
    String type = ctx.contentType();
    return type != null
        && (type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data"));
  }

  private static boolean same(@Nullable String sent, String token) {
    return sent != null
        && MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }

  private String newToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
