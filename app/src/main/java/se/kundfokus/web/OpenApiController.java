package se.kundfokus.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /api/openapi.json}: the OpenAPI 3 description of the API, written by hand. */
final class OpenApiController {
  static final String RESOURCE = "se/kundfokus/web/openapi.json";

  private final String document;

  OpenApiController() {
    this.document = read();
  }

  void serve(Context ctx) {
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(document);
  }

  static String read() {
    try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + RESOURCE + " on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
