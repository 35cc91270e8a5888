package se.kundfokus.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.kundfokus.report.Language;

/**
 * Renders the pages: Thymeleaf templates from {@code se/kundfokus/web/templates/}, which escape
 * every value ({@code th:text}), with the page's words in the request's language.
 */
final class Pages {
  private final TemplateEngine engine = new TemplateEngine();
  private final String version;

  Pages(String version) {
    this.version = version;
    ClassLoaderTemplateResolver templates =
        new ClassLoaderTemplateResolver(Pages.class.getClassLoader());
    templates.setPrefix("se/kundfokus/web/templates/");
    templates.setSuffix(".html");
    templates.setTemplateMode(TemplateMode.HTML);
    templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
    templates.setCacheable(true);
    engine.setTemplateResolver(templates);
    engine.setMessageResolver(new BundleMessages());
    engine.setLinkBuilder(new ServerLinks());
  }

  /** Renders a template with the model and the common variables, as the answer to a request. */
  void render(Context ctx, String template, Map<String, Object> model) {
    ctx.html(text(ctx, template, model));
  }

  String text(Context ctx, String template, Map<String, Object> model) {
    Language language = Languages.of(ctx);
    org.thymeleaf.context.Context page = new org.thymeleaf.context.Context(language.locale());
    page.setVariables(model);
    page.setVariable("lang", language.code());
    page.setVariable("fmt", new Formats(language));
    page.setVariable("csrf", Csrf.token(ctx));
    page.setVariable("path", ctx.method() == HandlerType.GET ? ctx.path() : pageOf(ctx.path()));
    page.setVariable("version", version);
    return engine.process(template, page);
  }

  /**
   * The page a form's answer belongs to, for the language links: the answer to {@code POST
   * /prospects/check} is the prospect page, which a link can open again.
   */
  static String pageOf(String path) {
    for (String page : List.of("/import", "/prospects", "/model", "/customers")) {
      if (path.equals(page) || path.startsWith(page + "/")) {
        return page;
      }
    }
    return "/dashboard";
  }

  /** Links such as {@code @{/customers/{id}}} are relative to this server's root. */
  private static final class ServerLinks extends StandardLinkBuilder {
    @Override
    protected String computeContextPath(
        IExpressionContext context, String base, Map<String, Object> parameters) {
      return "";
    }
  }
}
