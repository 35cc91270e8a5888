package se.kundfokus.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.kundfokus.analysis.AnalysisResult;

/**
 * The report of a result as one self-contained HTML file that works offline and prints well: the
 * revenue potential in money, the Pareto curve, the best customers and what characterises them, the
 * potential × pain matrix, the lists of outflow, lapsed customers and cross-selling, the prospects,
 * the models' fit, the backtest, the notes and the provenance. Every chart also has its numbers in
 * a table. The chart library (Apache ECharts, from its WebJar) is inlined; nothing is loaded from
 * anywhere.
 *
 * <p>The page is rendered by Thymeleaf, which escapes every value; the charts' data is JSON in a
 * {@code <script type="application/json">} with the characters of HTML escaped ({@link
 * ScriptJson}), so no customer name can break out of it.
 */
public final class HtmlReport {
  /** The ECharts build inlined into the report, from the {@code org.webjars.npm:echarts} jar. */
  static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

  private HtmlReport() {}

  /** Writes the report to a file, creating its folder. */
  public static void write(AnalysisResult result, Language language, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      write(result, language, out);
    }
  }

  /** Writes the report to a stream as UTF-8; the stream stays open. */
  public static void write(AnalysisResult result, Language language, OutputStream out)
      throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    render(result, language, writer);
    writer.flush();
  }

  /** The report as text. */
  public static String render(AnalysisResult result, Language language) {
    StringWriter writer = new StringWriter();
    render(result, language, writer);
    return writer.toString();
  }

  private static void render(AnalysisResult result, Language language, Writer writer) {
    Objects.requireNonNull(result, "result must not be null");
    Objects.requireNonNull(language, "language must not be null");
    TemplateEngine engine = new TemplateEngine();
    ClassLoaderTemplateResolver templates =
        new ClassLoaderTemplateResolver(HtmlReport.class.getClassLoader());
    templates.setPrefix("se/kundfokus/report/templates/");
    templates.setSuffix(".html");
    templates.setTemplateMode(TemplateMode.HTML);
    templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
    engine.setTemplateResolver(templates);
    engine.setMessageResolver(new LabelMessages(Labels.of(language)));
    Locale locale = language.locale();
    Context context =
        new Context(locale, new ReportView(result, language).variables(Library.SCRIPT));
    engine.process("report", context, writer);
  }

  /** The chart library's code, read once. */
  private static final class Library {
    static final String SCRIPT = read();

    private static String read() {
      try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(ECHARTS)) {
        if (in == null) {
          throw new IllegalStateException(
              ECHARTS + " is not on the class path (it comes with org.webjars.npm:echarts)");
        }
        String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (script.toLowerCase(Locale.ROOT).contains("</script")) {
          throw new IllegalStateException(ECHARTS + " holds </script and cannot be inlined");
        }
        return script;
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + ECHARTS, e);
      }
    }
  }
}
