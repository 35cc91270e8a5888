package se.kundfokus.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import se.kundfokus.report.JsonOutput;

/**
 * JSON for Javalin: answers are written as {@link JsonOutput} writes the analysis (snake_case, ISO
 * dates, absent values left out), request bodies are read with the same names, and a body that
 * cannot be read is a 400 that says why.
 */
final class Json implements io.javalin.json.JsonMapper {
  private static final ObjectMapper READER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  @Override
  public String toJsonString(Object value, Type type) {
    try {
      return JsonOutput.text(value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  @Override
  @SuppressWarnings("TypeParameterUnusedInFormals") // Javalin's interface declares it so
  public <T> T fromJsonString(String json, Type type) {
    try {
      return READER.readValue(json, READER.constructType(type));
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause();
      throw HttpProblem.badRequest(
          "the request body is not as expected: "
              + (cause != null && cause.getMessage() != null
                  ? cause.getMessage()
                  : e.getOriginalMessage()));
    } catch (UnrecognizedPropertyException e) {
      throw HttpProblem.badRequest(
          "the request body has a field '"
              + e.getPropertyName()
              + "' that is not expected (see /api/openapi.json)");
    } catch (JsonProcessingException e) {
      throw HttpProblem.badRequest("the request body is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
