package se.kundfokus.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Collects the planted truth one customer at a time: only ids and labels, never invoice lines. */
final class TruthCollector {

  /** A customer and a product group. */
  record CustomerGroup(String customerId, String productGroup) {}

  /** A customer and its pain signals. */
  record Pain(String customerId, List<String> signals) {

    Pain {
      signals = List.copyOf(signals);
    }
  }

  private final List<String> groups;
  private final int[][] pairs;
  private final LocalDate contractPainUntil;
  private final Map<Segment, List<String>> segments = new EnumMap<>(Segment.class);
  private final List<String> dropouts = new ArrayList<>();
  private final List<CustomerGroup> partialOutflow = new ArrayList<>();
  private final List<CustomerGroup> crossSellCandidates = new ArrayList<>();
  private final List<Pain> pain = new ArrayList<>();
  private final List<String> lookalikes = new ArrayList<>();
  private final List<String> others = new ArrayList<>();
  private final long[] antecedentBuyers;
  private final long[] bothBuyers;

  TruthCollector(List<String> groups, int[][] pairs, LocalDate endDate) {
    this.groups = List.copyOf(groups);
    this.pairs = pairs.clone();
    this.contractPainUntil = endDate.plusMonths(Planted.CONTRACT_PAIN_MONTHS);
    this.antecedentBuyers = new long[pairs.length];
    this.bothBuyers = new long[pairs.length];
  }

  void customer(CustomerPlan plan, Outcome outcome) {
    segments.computeIfAbsent(plan.segment, s -> new ArrayList<>()).add(plan.id);
    if (outcome.droppedOut()) {
      dropouts.add(plan.id);
    }
    if (outcome.outflowRealized()) {
      partialOutflow.add(new CustomerGroup(plan.id, groups.get(plan.timeline.outflowGroup())));
    }
    for (int p = 0; p < pairs.length; p++) {
      if (!outcome.bought(pairs[p][0])) {
        continue;
      }
      antecedentBuyers[p]++;
      if (outcome.bought(pairs[p][1])) {
        bothBuyers[p]++;
      }
      if (plan.pairRole(p) == CustomerPlan.PairRole.CANDIDATE) {
        crossSellCandidates.add(new CustomerGroup(plan.id, groups.get(pairs[p][1])));
      }
    }
    List<String> signals = painSignals(plan.company);
    if (!signals.isEmpty()) {
      pain.add(new Pain(plan.id, signals));
    }
  }

  void prospect(String id, boolean lookalike) {
    (lookalike ? lookalikes : others).add(id);
  }

  List<String> painSignals(Company company) {
    List<String> signals = new ArrayList<>(3);
    if (company.newPurchasingManager()) {
      signals.add("new_purchasing_manager");
    }
    if (company.contractEnd().isPresent()
        && !company.contractEnd().get().isAfter(contractPainUntil)) {
      signals.add("contract_ends");
    }
    if (company.complaints() >= Planted.COMPLAINTS_PAIN_MIN) {
      signals.add("complaints");
    }
    return signals;
  }

  List<String> segment(Segment segment) {
    return List.copyOf(segments.getOrDefault(segment, List.of()));
  }

  List<String> dropouts() {
    return List.copyOf(dropouts);
  }

  List<CustomerGroup> partialOutflow() {
    return List.copyOf(partialOutflow);
  }

  List<CustomerGroup> crossSellCandidates() {
    return List.copyOf(crossSellCandidates);
  }

  List<Pain> pain() {
    return List.copyOf(pain);
  }

  List<String> lookalikes() {
    return List.copyOf(lookalikes);
  }

  List<String> others() {
    return List.copyOf(others);
  }

  /** Share of customers who bought the antecedent that also bought the consequent. */
  double customerConfidence(int pair) {
    return antecedentBuyers[pair] == 0 ? 0.0 : (double) bothBuyers[pair] / antecedentBuyers[pair];
  }
}
