package se.kundfokus.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The access token: when the server has one, every page, file and API call must show it, as {@code
 * Authorization: Bearer TOKEN} or in the cookie that opening the printed address ({@code
 * ?token=TOKEN}) sets once. Without a token (on a loopback address) everything is open to this
 * machine.
 */
final class AccessGuard {
  static final String COOKIE = "kundfokus_token";
  static final String PARAMETER = "token";

  private final Optional<String> token;

  AccessGuard(Optional<String> token) {
    this.token = token;
  }

  Optional<String> token() {
    return token;
  }

  void before(Context ctx) {
    if (token.isEmpty()) {
      return;
    }
    String given = ctx.queryParam(PARAMETER);
    if (given != null && matches(given)) {
      Cookie cookie = new Cookie(COOKIE, token.get());
      cookie.setPath("/");
      cookie.setHttpOnly(true);
      cookie.setSameSite(SameSite.STRICT);
      ctx.cookie(cookie);
      if (ctx.method() == io.javalin.http.HandlerType.GET) {
        ctx.redirect(withoutToken(ctx), HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
      }
      return;
    }
    if (bearer(ctx) || matches(ctx.cookie(COOKIE))) {
      return;
    }
    throw HttpProblem.unauthorized(
        "this kundfokus server needs its access token: open the address kundfokus serve printed"
            + " (it ends in ?token=…), or send the header Authorization: Bearer TOKEN");
  }

  /** Whether the request shows the token in an {@code Authorization: Bearer} header. */
  boolean bearer(Context ctx) {
    String header = ctx.header("Authorization");
    return header != null
        && header.regionMatches(true, 0, "Bearer ", 0, 7)
        && matches(header.substring(7).strip());
  }

  private boolean matches(@Nullable String given) {
    return given != null
        && token.isPresent()
        && MessageDigest.isEqual(
            given.getBytes(StandardCharsets.UTF_8), token.get().getBytes(StandardCharsets.UTF_8));
  }

  /** The same page without the token in its address, so it does not stay in the history. */
  static String withoutToken(Context ctx) {
    String path = ctx.path();
    if (!path.startsWith("/") || path.startsWith("//")) {
      path = "/";
    }
    StringJoiner query = new StringJoiner("&");
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      if (e.getKey().equals(PARAMETER)) {
        continue;
      }
      for (String value : e.getValue()) {
        query.add(encode(e.getKey()) + "=" + encode(value));
      }
    }
    return query.length() == 0 ? path : path + "?" + query;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
