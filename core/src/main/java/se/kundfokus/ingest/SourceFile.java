package se.kundfokus.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** A user's file opened for reading, with how it is written detected or as the user said. */
final class SourceFile implements AutoCloseable {
  private static final int HEAD_BYTES = 1 << 20;

  private final String label;
  private final Path path;
  private final RowSource rows;
  private final String format;
  private final DecimalStyle decimalHint;
  private final @Nullable InputStream raw;
  private final @Nullable MessageDigest digest;
  private final @Nullable CountingStream counter;
  private final long size;

  private SourceFile(
      String label,
      Path path,
      RowSource rows,
      String format,
      DecimalStyle decimalHint,
      @Nullable InputStream raw,
      @Nullable MessageDigest digest,
      @Nullable CountingStream counter,
      long size) {
    this.label = label;
    this.path = path;
    this.rows = rows;
    this.format = format;
    this.decimalHint = decimalHint;
    this.raw = raw;
    this.digest = digest;
    this.counter = counter;
    this.size = size;
  }

  static SourceFile open(Path path, ReadOptions options) throws IOException {
    return open(path, options, new ImportLimits());
  }

  static SourceFile open(Path path, ReadOptions options, ImportLimits limits) throws IOException {
    String label =
        Optional.ofNullable(path.getFileName()).map(Path::toString).orElse(path.toString());
    long size;
    try {
      size = Files.size(path);
    } catch (NoSuchFileException e) {
      throw new ImportException(
          ImportProblem.ofFile(label, "does not exist (looked at " + path.toAbsolutePath() + ")"));
    }
    if (Files.isDirectory(path)) {
      throw new ImportException(
          ImportProblem.ofFile(label, "is a folder (expected a CSV, TSV, text or XLSX file)"));
    }
    if (size == 0) {
      throw new ImportException(
          ImportProblem.ofFile(label, "is empty (expected a header row and data rows)"));
    }
    if (size > limits.maxFileBytes()) {
      throw new ImportException(
          ImportProblem.ofFile(
              label,
              "is larger than "
                  + ImportLimits.words(limits.maxFileBytes())
                  + " ("
                  + ImportLimits.words(size)
                  + "), the most an import takes (--max-file-size raises it)"));
    }
    String lower = label.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xls")) {
      throw new ImportException(
          ImportProblem.ofFile(
              label,
              "is an old-style Excel file (.xls), which cannot be read (expected .xlsx or CSV; save it"
                  + " as .xlsx or CSV in Excel)"));
    }
    if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || isZip(path)) {
      if (isZip(path)) {
        WorkbookGuard.check(path, label, limits);
      }
      RowSource sheet = XlsxRowSource.open(path, label, options.sheet());
      return new SourceFile(
          label,
          path,
          sheet,
          "Excel workbook",
          options.decimal().orElse(DecimalStyle.DOT),
          null,
          null,
          null,
          -1);
    }
    return openText(path, label, options, size);
  }

  private static boolean isZip(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4
          && magic[0] == 'P'
          && magic[1] == 'K'
          && magic[2] == 3
          && magic[3] == 4;
    }
  }

  private static SourceFile openText(Path path, String label, ReadOptions options, long size)
      throws IOException {
    MessageDigest digest = sha256();
    InputStream file = Files.newInputStream(path);
    CountingStream counter = new CountingStream(file);
    BufferedInputStream in =
        new BufferedInputStream(new DigestInputStream(counter, digest), 1 << 16);
    try {
      in.mark(HEAD_BYTES + 1);
      byte[] head = in.readNBytes(HEAD_BYTES);
      in.reset();
      Charset charset =
          options.charset().orElseGet(() -> TextSniffer.detectCharset(head, head.length));
      int bom =
          TextSniffer.bomCharset(head, head.length).equals(charset)
              ? TextSniffer.bomLength(head, head.length)
              : 0;
      in.skipNBytes(bom);
      FieldSeparator separator =
          options
              .separator()
              .orElseGet(
                  () -> TextSniffer.detectSeparator(TextSniffer.lines(head, head.length, charset)));
      Reader reader =
          new InputStreamReader(
              in,
              charset
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      boolean chosen = options.charset().isPresent();
      Supplier<ImportException> undecodable = () -> undecodable(path, label, charset, chosen);
      RowSource rows =
          separator == FieldSeparator.WHITESPACE
              ? new WhitespaceRowSource(new BufferedReader(reader, 1 << 16), undecodable)
              : new CsvRowSource(label, reader, separator, undecodable);
      String format =
          (separator == FieldSeparator.WHITESPACE
                  ? "text, fields separated by spaces"
                  : "CSV, '"
                      + (separator == FieldSeparator.TAB ? "tab" : separator.label())
                      + "'-separated")
              + ", "
              + charset.name()
              + (bom > 0 ? " with BOM" : "");
      DecimalStyle hint =
          separator == FieldSeparator.SEMICOLON ? DecimalStyle.COMMA : DecimalStyle.DOT;
      return new SourceFile(
          label, path, rows, format, options.decimal().orElse(hint), in, digest, counter, size);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * The problem of a file that stops decoding in its character set, located by reading it again up
   * to the first byte that does not decode (this happens once, on the way to an error).
   */
  static ImportException undecodable(Path path, String label, Charset charset, boolean chosen) {
    long line = -1;
    try {
      line = firstUndecodableLine(path, charset);
    } catch (IOException e) {
      // Then the message names no line.
    }
    String origin =
        chosen
            ? "the character set given with --encoding"
            : "the character set detected from the beginning of the file";
    String other = charset.equals(StandardCharsets.UTF_8) ? "is it windows-1252?" : "is it UTF-8?";
    return new ImportException(
        new ImportProblem(
            label,
            line > 0 ? Optional.of("line " + line) : Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "cannot be decoded as "
                + charset.name()
                + ", "
                + origin
                + " (expected one character set for the whole file; "
                + other
                + ")"));
  }

  private static long firstUndecodableLine(Path path, Charset charset) throws IOException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    long line = 1;
    try (InputStream in = Files.newInputStream(path)) {
      boolean end = false;
      while (!end) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        end = n < 0;
        if (n > 0) {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
        CoderResult result = decoder.decode(bytes, chars, end);
        chars.flip();
        while (chars.hasRemaining()) {
          if (chars.get() == '\n') {
            line++;
          }
        }
        chars.clear();
        if (result.isError()) {
          return line;
        }
        bytes.compact();
      }
    }
    return -1;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  String label() {
    return label;
  }

  Path path() {
    return path;
  }

  RowSource rows() {
    return rows;
  }

  /** How the file is written, for the import report. */
  String format() {
    return format;
  }

  /** The decimal style numbers probably use: the user's, or the one the separator suggests. */
  DecimalStyle decimalHint() {
    return decimalHint;
  }

  long bytesRead() {
    return counter == null ? -1 : counter.count;
  }

  long size() {
    return size;
  }

  /** The SHA-256 of the whole file; for text files, call after reading all rows. */
  String fingerprint() throws IOException {
    if (raw != null && digest != null) {
      raw.transferTo(OutputStream.nullOutputStream());
      return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }
    MessageDigest whole = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(path), whole)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return "sha256:" + HexFormat.of().formatHex(whole.digest());
  }

  /** Rows as the first {@code count} rows, then the rest, for detection before reading. */
  static List<RawRow> head(RowSource rows, int count) throws IOException {
    List<RawRow> head = new java.util.ArrayList<>();
    RawRow row;
    while (head.size() < count && (row = rows.next()) != null) {
      head.add(row);
    }
    return head;
  }

  @Override
  public void close() throws IOException {
    rows.close();
  }

  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
