package se.kundfokus.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A {@link SqlRow} over the current row of a JDBC result. */
final class JdbcRow implements SqlRow {
  private final ResultSet rs;
  private final String query;

  JdbcRow(ResultSet rs, String query) {
    this.rs = rs;
    this.query = query;
  }

  @Override
  public String string(String column) {
    return optionalString(column).orElseThrow(() -> isNull(column));
  }

  @Override
  public Optional<String> optionalString(String column) {
    try {
      return Optional.ofNullable(rs.getString(column));
    } catch (SQLException e) {
      throw unreadable(column, e);
    }
  }

  @Override
  public double number(String column) {
    return optionalNumber(column).orElseThrow(() -> isNull(column));
  }

  @Override
  public Optional<Double> optionalNumber(String column) {
    try {
      double value = rs.getDouble(column);
      return rs.wasNull() ? Optional.empty() : Optional.of(value);
    } catch (SQLException e) {
      throw unreadable(column, e);
    }
  }

  @Override
  public long integer(String column) {
    try {
      long value = rs.getLong(column);
      if (rs.wasNull()) {
        throw isNull(column);
      }
      return value;
    } catch (SQLException e) {
      throw unreadable(column, e);
    }
  }

  @Override
  public LocalDate date(String column) {
    return optionalDate(column).orElseThrow(() -> isNull(column));
  }

  @Override
  public Optional<LocalDate> optionalDate(String column) {
    try {
      @Nullable LocalDate value = rs.getObject(column, LocalDate.class);
      return Optional.ofNullable(value);
    } catch (SQLException e) {
      throw unreadable(column, e);
    }
  }

  @Override
  public Optional<Boolean> optionalBoolean(String column) {
    try {
      boolean value = rs.getBoolean(column);
      return rs.wasNull() ? Optional.empty() : Optional.of(value);
    } catch (SQLException e) {
      throw unreadable(column, e);
    }
  }

  private IllegalStateException isNull(String column) {
    return new IllegalStateException(query + ": column " + column + " is NULL");
  }

  private IllegalStateException unreadable(String column, SQLException e) {
    return new IllegalStateException(query + ": cannot read column " + column, e);
  }
}
