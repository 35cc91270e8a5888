package se.kundfokus.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The pages' own script and style sheet and the ECharts library (from its WebJar on the class
 * path), under {@code /assets/NAME}. Only these names are served; no path of a request reaches the
 * class path or the file system.
 */
final class AssetController {
  private static final String ECHARTS_POM = "META-INF/maven/org.webjars.npm/echarts/pom.properties";

  /** A file: its content type and where it is on the class path. */
  record Asset(String contentType, String resource) {}

  private final Map<String, Asset> assets;
  private final Map<String, byte[]> content;

  AssetController() {
    this.assets =
        Map.of(
            "echarts.min.js",
            new Asset(
                "text/javascript; charset=utf-8",
                "META-INF/resources/webjars/echarts/" + echartsVersion() + "/dist/echarts.min.js"),
            "kundfokus.js",
            new Asset("text/javascript; charset=utf-8", "se/kundfokus/web/assets/kundfokus.js"),
            "kundfokus.css",
            new Asset("text/css; charset=utf-8", "se/kundfokus/web/assets/kundfokus.css"));
    Map<String, byte[]> loaded = new java.util.HashMap<>();
    assets.forEach((name, asset) -> loaded.put(name, read(asset.resource())));
    this.content = Map.copyOf(loaded);
  }

  void serve(Context ctx) {
    String name = ctx.pathParam("name");
    Asset asset = assets.get(name);
    byte[] bytes = content.get(name);
    if (asset == null || bytes == null) {
      throw HttpProblem.notFound("there is no file /assets/" + name);
    }
    ctx.header("Cache-Control", "private, max-age=3600");
    ctx.contentType(asset.contentType());
    ctx.result(bytes);
  }

  /** The version of the ECharts WebJar on the class path. */
  static String echartsVersion() {
    Properties pom = new Properties();
    try (InputStream in = AssetController.class.getClassLoader().getResourceAsStream(ECHARTS_POM)) {
      if (in == null) {
        throw new IllegalStateException("the ECharts WebJar is not on the class path");
      }
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ECHARTS_POM, e);
    }
    String version = pom.getProperty("version");
    if (version == null) {
      throw new IllegalStateException(ECHARTS_POM + " names no version");
    }
    return version;
  }

  private static byte[] read(String resource) {
    try (InputStream in = AssetController.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + resource + " on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
