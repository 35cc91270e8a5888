package se.kundfokus.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import se.kundfokus.ingest.Table;

/**
 * Uploaded files, kept in a folder next to the workspace under names the server makes up ({@code
 * sales-<random>.csv}): nothing of a request's file name reaches the file system except an
 * extension from a fixed list, which tells the importer a workbook from a text file.
 */
final class Uploads implements AutoCloseable {
  /** Extensions kept; any other file is stored as {@code .dat} and its content decides. */
  static final Set<String> EXTENSIONS = Set.of("csv", "tsv", "txt", "tab", "xlsx", "xlsm", "xls");

  private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
  private static final int NAME_LIMIT = 120;

  /** One stored file and the name it had on the user's computer (for display only). */
  record StoredFile(Table table, Path path, String originalName, long size) {
    StoredFile {
      Objects.requireNonNull(table, "table must not be null");
      Objects.requireNonNull(path, "path must not be null");
      Objects.requireNonNull(originalName, "originalName must not be null");
    }
  }

  /** The files of one upload form or {@code POST /api/uploads}. */
  record Upload(String id, Map<Table, StoredFile> files, Instant at) {
    Upload {
      Objects.requireNonNull(id, "id must not be null");
      files = Map.copyOf(files);
      Objects.requireNonNull(at, "at must not be null");
    }

    /** The original name of a stored file's name, for messages; the name itself otherwise. */
    String displayName(String storedName) {
      for (StoredFile f : files.values()) {
        Path name = f.path().getFileName();
        if (name != null && name.toString().equals(storedName)) {
          return f.originalName();
        }
      }
      return storedName;
    }
  }

  /** A file as it arrives: the name the browser sent and its content. */
  record Part(Table table, String submittedName, InputStream content) {
    Part {
      Objects.requireNonNull(table, "table must not be null");
      Objects.requireNonNull(submittedName, "submittedName must not be null");
      Objects.requireNonNull(content, "content must not be null");
    }
  }

  private final Path folder;
  private final long maxBytes;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Upload> uploads = new ConcurrentHashMap<>();

  Uploads(Path folder, long maxBytes, Clock clock) {
    this.folder = folder.toAbsolutePath().normalize();
    this.maxBytes = maxBytes;
    this.clock = clock;
  }

  /** The folder of uploads next to a workspace file: {@code kundfokus-uploads}. */
  static Path folderFor(Path workspace) {
    Path absolute = workspace.toAbsolutePath().normalize();
    String name =
        Optional.ofNullable(absolute.getFileName()).map(Path::toString).orElse("kundfokus");
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    Path parent = Objects.requireNonNullElse(absolute.getParent(), absolute);
    return parent.resolve(stem + "-uploads");
  }

  Path folder() {
    return folder;
  }

  /**
   * Stores the files of one upload.
   *
   * @throws HttpProblem 400 without files, 413 when they are larger together than the limit
   */
  Upload store(Iterable<Part> parts) {
    String id = newId();
    Map<Table, StoredFile> stored = new EnumMap<>(Table.class);
    long total = 0;
    try {
      Files.createDirectories(folder);
      for (Part part : parts) {
        Path target = folder.resolve(part.table().label() + "-" + id + "." + extension(part));
        if (!Objects.equals(target.normalize().getParent(), folder)) {
          throw new IllegalStateException("an upload would leave its folder: " + target);
        }
        long size = copy(part.content(), target, maxBytes - total);
        total += size;
        stored.put(part.table(), new StoredFile(part.table(), target, displayName(part), size));
      }
    } catch (IOException e) {
      delete(stored);
      throw new UncheckedIOException("cannot store the upload in " + folder, e);
    } catch (RuntimeException e) {
      delete(stored);
      throw e;
    }
    if (stored.isEmpty()) {
      throw HttpProblem.badRequest(
          "no file was uploaded (expected at least one of customers, sales, products or"
              + " prospects)");
    }
    Upload upload = new Upload(id, stored, clock.instant());
    uploads.put(id, upload);
    return upload;
  }

  /** The upload of an id; empty for an id that is unknown or not one this server makes. */
  Optional<Upload> get(String id) {
    if (!ID.matcher(id).matches()) {
      return Optional.empty();
    }
    return Optional.ofNullable(uploads.get(id));
  }

  /** Forgets an upload and deletes its files. */
  void discard(String id) {
    Upload upload = uploads.remove(id);
    if (upload != null) {
      delete(upload.files());
    }
  }

  /** Deletes every upload of this server. */
  @Override
  public void close() {
    for (String id : Set.copyOf(uploads.keySet())) {
      discard(id);
    }
  }

  private String newId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /**
   * The extension of the submitted name when it is one of {@link #EXTENSIONS}, else {@code dat}.
   */
  static String extension(Part part) {
    String name = part.submittedName().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String extension = dot >= 0 ? name.substring(dot + 1) : "";
    return EXTENSIONS.contains(extension) ? extension : "dat";
  }

  /** The submitted name without folders or control characters, shortened; for display only. */
  static String displayName(Part part) {
    String name = part.submittedName();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    StringBuilder clean = new StringBuilder();
    name.codePoints()
        .filter(c -> !Character.isISOControl(c))
        .limit(NAME_LIMIT)
        .forEach(clean::appendCodePoint);
    String shown = clean.toString().strip();
    return shown.isEmpty() ? part.table().label() + " file" : shown;
  }

  private long copy(InputStream in, Path target, long allowed) throws IOException {
    long size = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream source = in;
        OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
      int n;
      while ((n = source.read(buffer)) > 0) {
        size += n;
        if (size > allowed) {
          throw HttpProblem.tooLarge(tooLarge(maxBytes));
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(target);
      throw e;
    }
    return size;
  }

  static String tooLarge(long maxBytes) {
    return "the upload is larger than the limit of "
        + Sizes.words(maxBytes)
        + " (start kundfokus serve with a larger --max-upload)";
  }

  private static void delete(Map<Table, StoredFile> files) {
    for (StoredFile file : files.values()) {
      try {
        Files.deleteIfExists(file.path());
      } catch (IOException e) {
        // A leftover upload is harmless; it is in the server's own folder.
      }
    }
  }
}
