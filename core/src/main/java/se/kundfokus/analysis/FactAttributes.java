package se.kundfokus.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.kundfokus.ingest.AttributeKind;
import se.kundfokus.model.rule.Attribute;
import se.kundfokus.model.rule.Value;

/**
 * The facts of a customer's purchases as attributes, so that pain rules can test them: {@code
 * fact.declining = yes}, {@code fact.growth < -10}.
 */
final class FactAttributes {
  static final List<Attribute> ALL =
      List.of(
          fact("fact.growth", "Revenue growth (%)", AttributeKind.NUMBER),
          fact("fact.declining", "Declining", AttributeKind.BOOLEAN),
          fact("fact.leaving", "Leaving", AttributeKind.BOOLEAN),
          fact("fact.lapsed", "Lapsed", AttributeKind.BOOLEAN),
          fact("fact.stopped_groups", "Product groups stopped", AttributeKind.NUMBER),
          fact("fact.recency_days", "Days since the last purchase", AttributeKind.NUMBER),
          fact("fact.orders_12m", "Orders in the last 12 months", AttributeKind.NUMBER),
          fact("fact.revenue_12m", "Revenue in the last 12 months", AttributeKind.NUMBER),
          fact(
              "fact.probability_alive",
              "Chance of still being a customer (%)",
              AttributeKind.NUMBER));

  private FactAttributes() {}

  private static Attribute fact(String key, String label, AttributeKind kind) {
    return Attribute.of(key, label, kind, Attribute.Origin.FACT);
  }

  /** Each customer's facts as values, by id. */
  static Map<String, Map<String, Value>> values(
      List<CustomerFacts> facts,
      Outflow outflow,
      List<LapsedCustomer> lapsed,
      ChurnPredictions churn) {
    Set<String> leaving = new HashSet<>();
    outflow.leaving().forEach(l -> leaving.add(l.customerId()));
    Set<String> declining = new HashSet<>();
    outflow.declining().forEach(d -> declining.add(d.customerId()));
    Set<String> lapsedIds = new HashSet<>();
    lapsed.forEach(l -> lapsedIds.add(l.customerId()));
    Map<String, Integer> stopped = new HashMap<>();
    outflow.partial().forEach(p -> stopped.merge(p.customerId(), 1, Integer::sum));
    Map<String, Map<String, Value>> values = new HashMap<>();
    for (CustomerFacts f : facts) {
      Map<String, Value> v = new HashMap<>();
      f.growth().ifPresent(g -> v.put("fact.growth", new Value.Num(Analyzer.round4(100 * g))));
      v.put("fact.declining", new Value.Bool(declining.contains(f.customerId())));
      v.put("fact.leaving", new Value.Bool(leaving.contains(f.customerId())));
      v.put("fact.lapsed", new Value.Bool(lapsedIds.contains(f.customerId())));
      v.put("fact.stopped_groups", new Value.Num(stopped.getOrDefault(f.customerId(), 0)));
      v.put("fact.recency_days", new Value.Num(f.recencyDays()));
      v.put("fact.orders_12m", new Value.Num(f.orders12m()));
      v.put("fact.revenue_12m", new Value.Num(f.revenue12m()));
      churn
          .of(f.customerId())
          .ifPresent(
              p ->
                  v.put(
                      "fact.probability_alive",
                      new Value.Num(Analyzer.round4(100 * p.probabilityAlive()))));
      values.put(f.customerId(), v);
    }
    return values;
  }
}
