package se.kundfokus.report;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * Lets the report's template write {@code #{report.title}}: the words come from {@link Labels}, in
 * the report's language. A key that is missing is a bug, and fails the report.
 */
final class LabelMessages implements IMessageResolver {
  private final Labels labels;

  LabelMessages(Labels labels) {
    this.labels = labels;
  }

  @Override
  public String getName() {
    return "kundfokus-labels";
  }

  @Override
  public Integer getOrder() {
    return 0;
  }

  @Override
  public String resolveMessage(
      ITemplateContext context,
      Class<?> origin,
      String key,
      @Nullable Object @Nullable [] messageParameters) {
    if (messageParameters == null || messageParameters.length == 0) {
      return labels.get(key);
    }
    return labels.format(key, messageParameters);
  }

  @Override
  public String createAbsentMessageRepresentation(
      ITemplateContext context,
      Class<?> origin,
      String key,
      @Nullable Object @Nullable [] messageParameters) {
    throw new IllegalStateException("no label '" + key + "' in " + labels.language().code());
  }
}
