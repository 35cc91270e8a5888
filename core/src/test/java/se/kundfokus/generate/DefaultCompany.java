package se.kundfokus.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The sample company of the default options, generated once per test run and shared by the test
 * classes (it is about 240,000 invoice lines); deleted when the JVM exits.
 */
final class DefaultCompany {

  static final GenerationOptions OPTIONS = new GenerationOptions();

  private static @Nullable DefaultCompany instance;

  final GenerationSummary summary;
  final List<Long> progress;
  final CsvFile customers;
  final CsvFile sales;
  final CsvFile products;
  final CsvFile prospects;

  private DefaultCompany(Path dir) throws IOException {
    List<Long> reported = new ArrayList<>();
    this.summary = SampleCompany.generate(OPTIONS, dir, reported::add);
    this.progress = List.copyOf(reported);
    this.customers = CsvFile.read(summary.customersFile(), FileFormat.SWEDISH);
    this.sales = CsvFile.read(summary.salesFile(), FileFormat.SWEDISH);
    this.products = CsvFile.read(summary.productsFile(), FileFormat.SWEDISH);
    this.prospects = CsvFile.read(summary.prospectsFile(), FileFormat.SWEDISH);
  }

  static synchronized DefaultCompany get() throws IOException {
    DefaultCompany company = instance;
    if (company == null) {
      Path dir = Files.createTempDirectory("kundfokus-sample");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      company = new DefaultCompany(dir);
      instance = company;
    }
    return company;
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toArray(Path[]::new)) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
