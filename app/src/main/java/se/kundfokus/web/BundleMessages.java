package se.kundfokus.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import se.kundfokus.report.Language;

/** Resolves the templates' {@code #{key}} from {@link Messages}, in the page's language. */
final class BundleMessages implements IMessageResolver {
  @Override
  public String getName() {
    return "kundfokus-messages";
  }

  @Override
  public Integer getOrder() {
    return 0;
  }

  @Override
  public @Nullable String resolveMessage(
      ITemplateContext context, Class<?> origin, String key, @Nullable Object[] messageParameters) {
    Messages messages = Messages.of(Language.of(locale(context)));
    if (!messages.has(key)) {
      return null;
    }
    return messageParameters == null || messageParameters.length == 0
        ? messages.get(key)
        : messages.format(key, messageParameters);
  }

  @Override
  public String createAbsentMessageRepresentation(
      ITemplateContext context, Class<?> origin, String key, @Nullable Object[] messageParameters) {
    return "??" + key + "_" + locale(context).getLanguage() + "??";
  }

  private static Locale locale(ITemplateContext context) {
    Locale locale = context.getLocale();
    return locale == null ? Locale.ENGLISH : locale;
  }
}
