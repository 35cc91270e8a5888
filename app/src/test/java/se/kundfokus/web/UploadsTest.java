package se.kundfokus.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kundfokus.ingest.Table;

/** Uploads are stored under names the server makes up: no path of a request reaches the disk. */
class UploadsTest {
  @TempDir Path dir;

  private Uploads uploads(long max) {
    return new Uploads(dir.resolve("ws-uploads"), max, Clock.systemUTC());
  }

  private static Uploads.Part part(Table table, String name, String content) {
    return new Uploads.Part(
        table, name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../../evil.csv",
        "/etc/passwd",
        "C:\\Windows\\system32\\evil.csv",
        "..%2f..%2fevil.csv",
        "%2e%2e/%2e%2e/evil.csv",
        "evil\u0000.csv",
        "....//....//evil.csv",
        "",
        "."
      })
  void aHostileNameNeverLeavesTheUploadFolder(String name) throws Exception {
    Uploads uploads = uploads(1000);

    Uploads.Upload upload = uploads.store(List.of(part(Table.SALES, name, "x;y\n1;2\n")));

    Uploads.StoredFile stored = java.util.Objects.requireNonNull(upload.files().get(Table.SALES));
    assertThat(stored.path().getParent()).isEqualTo(uploads.folder());
    assertThat(String.valueOf(stored.path().getFileName()))
        .matches("sales-[0-9a-f]{32}\\.(csv|dat)");
    assertThat(stored.originalName()).doesNotContain("/", "\\", "\u0000").isNotBlank();
    try (Stream<Path> all = Files.walk(dir)) {
      assertThat(all.filter(Files::isRegularFile)).containsExactly(stored.path());
    }
  }

  @Test
  void theExtensionIsKeptOnlyWhenItIsOneTheImporterReads() {
    assertThat(Uploads.extension(part(Table.SALES, "Rader.XLSX", ""))).isEqualTo("xlsx");
    assertThat(Uploads.extension(part(Table.SALES, "rader.csv", ""))).isEqualTo("csv");
    assertThat(Uploads.extension(part(Table.SALES, "rader.csv.exe", ""))).isEqualTo("dat");
    assertThat(Uploads.extension(part(Table.SALES, "rader", ""))).isEqualTo("dat");
  }

  @Test
  void theDisplayNameIsTheLastPartWithoutControlCharacters() {
    assertThat(Uploads.displayName(part(Table.SALES, "C:\\data\\kunder.csv", "")))
        .isEqualTo("kunder.csv");
    assertThat(Uploads.displayName(part(Table.SALES, "a/b/\u0007bell.csv", "")))
        .isEqualTo("bell.csv");
    assertThat(Uploads.displayName(part(Table.CUSTOMERS, "../", ""))).isEqualTo("customers file");
  }

  @Test
  void filesLargerTogetherThanTheLimitAreRefusedAndNothingIsKept() throws Exception {
    Uploads uploads = uploads(10);

    assertThatThrownBy(
            () ->
                uploads.store(
                    List.of(
                        part(Table.CUSTOMERS, "k.csv", "123456"),
                        part(Table.SALES, "s.csv", "123456"))))
        .isInstanceOfSatisfying(
            HttpProblem.class,
            p -> {
              assertThat(p.status()).isEqualTo(413);
              assertThat(p.getMessage()).contains("10 bytes", "--max-upload");
            });
    try (Stream<Path> all = Files.walk(dir)) {
      assertThat(all.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void anIdThatIsNotOneTheServerMakesFindsNothing() {
    Uploads uploads = uploads(1000);
    Uploads.Upload upload = uploads.store(List.of(part(Table.SALES, "s.csv", "a")));

    assertThat(uploads.get(upload.id())).contains(upload);
    assertThat(uploads.get("../" + upload.id())).isEmpty();
    assertThat(uploads.get(upload.id().toUpperCase(java.util.Locale.ROOT))).isEmpty();
  }

  @Test
  void closingDeletesEveryUpload() throws Exception {
    Uploads uploads = uploads(1000);
    Uploads.Upload upload = uploads.store(List.of(part(Table.SALES, "s.csv", "a")));
    Path stored = java.util.Objects.requireNonNull(upload.files().get(Table.SALES)).path();

    uploads.close();

    assertThat(stored).doesNotExist();
  }

  @Test
  void anUploadWithoutFilesIsA400() {
    assertThatThrownBy(() -> uploads(10).store(List.of()))
        .isInstanceOfSatisfying(HttpProblem.class, p -> assertThat(p.status()).isEqualTo(400));
  }
}
