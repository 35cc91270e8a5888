package se.kundfokus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MemorySettingsTest {

  @ParameterizedTest
  @CsvSource({
    "4GB, 4294967296",
    "4gb, 4294967296",
    "4 GB, 4294967296",
    "4G, 4294967296",
    "4GiB, 4294967296",
    "512MB, 536870912",
    "512m, 536870912",
    "1TB, 1099511627776",
    "100KB, 102400",
    "1000B, 1000",
    "123456789, 123456789"
  })
  void parsesSizesWithBinaryUnits(String text, long bytes) {
    assertThat(MemorySettings.parseSize(text)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "GB", "lots", "4.5GB", "-1GB", "0", "4PB", "4 G B x", "99999999999TB"})
  void refusesWhatIsNotASize(String text) {
    assertThatThrownBy(() -> MemorySettings.parseSize(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'" + text + "' is not a memory size (expected e.g. 4GB or 512MB)");
  }

  @Test
  void refusesALimitBelow64Megabytes() {
    assertThatThrownBy(() -> MemorySettings.defaults().withMemoryLimit(10L << 20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("memoryLimit must be at least 64 MB, was 10 MB");
    assertThat(MemorySettings.defaults().withMemoryLimit(64L << 20).memoryLimit())
        .hasValue(64L << 20);
  }

  @Test
  void describesItselfInWords() {
    assertThat(MemorySettings.defaults())
        .hasToString("memory limit DuckDB's default, temporary files in DuckDB's default folder");
    assertThat(new MemorySettings(OptionalLong.of(3L << 30), Optional.of(Path.of("/data/tmp"))))
        .hasToString("memory limit 3 GB, temporary files in /data/tmp");
    assertThat(MemorySettings.words(1_500_000_000L)).isEqualTo("1,500,000,000 bytes");
  }
}
