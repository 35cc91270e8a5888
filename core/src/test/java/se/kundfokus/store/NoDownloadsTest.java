package se.kundfokus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace never lets DuckDB fetch or load an extension by itself: no network calls. */
class NoDownloadsTest {
  @TempDir Path dir;

  @Test
  void extensionsAreNeitherInstalledNorLoadedAutomatically() throws SQLException {
    try (Workspace workspace = Workspace.open(dir.resolve("w.duckdb"))) {
      assertThat(setting(workspace, "autoinstall_known_extensions")).isEqualTo("false");
      assertThat(setting(workspace, "autoload_known_extensions")).isEqualTo("false");
    }
    try (Workspace workspace = Workspace.openReadOnly(dir.resolve("w.duckdb"))) {
      assertThat(setting(workspace, "autoinstall_known_extensions")).isEqualTo("false");
    }
  }

  @Test
  void aFunctionOfAnExtensionThatIsNotLoadedFailsInsteadOfDownloading() throws SQLException {
    try (Workspace workspace = Workspace.open(dir.resolve("w.duckdb"));
        Statement statement = workspace.connection().createStatement()) {
      assertThatThrownBy(() -> statement.execute("SELECT * FROM read_xlsx('x.xlsx')"))
          .isInstanceOf(SQLException.class);
    }
  }

  private static String setting(Workspace workspace, String name) throws SQLException {
    try (Statement statement = workspace.connection().createStatement();
        ResultSet rs = statement.executeQuery("SELECT current_setting('" + name + "')")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
