package se.kundfokus.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes numbers as people read them ({@code 391798312.99}, not {@code 3.9179831299E8}), with the
 * shortest digits that give back the same double.
 */
final class PlainDoubleSerializer extends StdSerializer<Double> {
  private static final long serialVersionUID = 1L;

  PlainDoubleSerializer() {
    super(Double.class);
  }

  @Override
  public void serialize(Double value, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    if (value.isNaN() || value.isInfinite()) {
      out.writeNull();
      return;
    }
    out.writeNumber(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
  }
}
