package se.kundfokus.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import se.kundfokus.model.segment.SegmentKey;

/**
 * A customer's page ({@code /customers/{id}}: facts, segment, scores, reasons, cross-selling and
 * the purchase history) and the customer list ({@code /customers}); the same as {@code GET
 * /api/customers}, {@code /api/customers/{id}} and {@code /api/customers/{id}/history}.
 */
final class CustomerController {
  private final ResultService results;
  private final Pages pages;

  CustomerController(ResultService results, Pages pages) {
    this.results = results;
    this.pages = pages;
  }

  void list(Context ctx) {
    CustomerQuery query = CustomerQuery.of(ctx::queryParam);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("page", results.customers(query));
    model.put("query", query);
    model.put("segments", results.list("segments", Languages.of(ctx)).orElseThrow());
    model.put("segmentNames", segmentNames(ctx));
    pages.render(ctx, "customers", model);
  }

  void page(Context ctx) {
    Views.CustomerDetail detail = results.customer(ctx.pathParam("id"), Languages.of(ctx));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("detail", detail);
    model.put("c", detail.customer());
    model.put(
        "segmentName",
        new Lists(results.result(), Messages.of(Languages.of(ctx)))
            .segmentName(detail.customer().segment()));
    model.put("asOf", results.result().meta().asOf());
    pages.render(ctx, "customer", model);
  }

  private Map<String, String> segmentNames(Context ctx) {
    Lists lists = new Lists(results.result(), Messages.of(Languages.of(ctx)));
    Map<String, String> names = new LinkedHashMap<>();
    for (SegmentKey key : SegmentKey.values()) {
      names.put(key.key(), lists.segmentName(key));
    }
    return names;
  }

  void apiList(Context ctx) {
    ctx.json(results.customers(CustomerQuery.of(ctx::queryParam)));
  }

  void apiDetail(Context ctx) {
    ctx.json(results.customer(ctx.pathParam("id"), Languages.of(ctx)));
  }

  void apiHistory(Context ctx) {
    ctx.json(results.history(ctx.pathParam("id")));
  }
}
