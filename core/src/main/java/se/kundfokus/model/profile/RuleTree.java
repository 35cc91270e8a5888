package se.kundfokus.model.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.kundfokus.model.rule.Condition;

/**
 * A shallow decision tree over the attributes' conditions, read as rules: "SNI division: 25 or 28
 * and Sites: 3 or more → 41 % are best customers (37 of 90) vs 8 % otherwise". A node is split on
 * the condition that tells the most about being a best customer, when both sides keep enough
 * customers and the split is significant (corrected for the conditions tried).
 */
final class RuleTree {
  private final boolean[] best;
  private final List<Buckets> attributes;
  private final CharacteristicsOptions options;
  private final List<RuleLeaf> leaves = new ArrayList<>();

  RuleTree(boolean[] best, List<Buckets> attributes, CharacteristicsOptions options) {
    this.best = best;
    this.attributes = attributes;
    this.options = options;
  }

  List<RuleLeaf> leaves() {
    boolean[] all = new boolean[best.length];
    java.util.Arrays.fill(all, true);
    grow(all, 0, new ArrayList<>());
    leaves.sort(
        Comparator.comparingDouble((RuleLeaf l) -> -l.bestShare())
            .thenComparingLong(l -> -l.customers()));
    return List.copyOf(leaves);
  }

  private void grow(boolean[] node, int depth, List<Condition> path) {
    long size = 0;
    long bestIn = 0;
    for (int i = 0; i < node.length; i++) {
      if (node[i]) {
        size++;
        bestIn += best[i] ? 1 : 0;
      }
    }
    Optional<Split> split =
        depth >= options.treeDepth()
                || size < 2L * options.minLeaf()
                || bestIn == 0
                || bestIn == size
            ? Optional.empty()
            : split(node);
    if (split.isEmpty()) {
      leaf(node, path, size, bestIn);
      return;
    }
    boolean[] yes = new boolean[node.length];
    boolean[] no = new boolean[node.length];
    Buckets buckets = split.get().buckets;
    for (int i = 0; i < node.length; i++) {
      if (node[i]) {
        boolean meets = split.get().found.buckets().get(buckets.of[i]);
        yes[i] = meets;
        no[i] = !meets;
      }
    }
    Condition condition = split.get().found.condition();
    List<Condition> yesPath = new ArrayList<>(path);
    yesPath.add(condition);
    grow(yes, depth + 1, yesPath);
    List<Condition> noPath = new ArrayList<>(path);
    noPath.add(new Condition.Not(condition));
    grow(no, depth + 1, noPath);
  }

  private record Split(Buckets buckets, Search.Found found) {}

  private Optional<Split> split(boolean[] node) {
    int[] stratum = new int[node.length];
    for (int i = 0; i < node.length; i++) {
      stratum[i] = node[i] ? 0 : -1;
    }
    Search search = new Search(best, stratum, 1);
    long size = 0;
    for (boolean in : node) {
      size += in ? 1 : 0;
    }
    Optional<Split> chosen = Optional.empty();
    long tried = 0;
    List<Split> found = new ArrayList<>();
    for (Buckets buckets : attributes) {
      Optional<Search.Found> f = search.best(buckets);
      if (f.isPresent()) {
        tried += f.get().tried();
        found.add(new Split(buckets, f.get()));
      }
    }
    for (Split s : found) {
      long in = s.found.customers();
      if (in < options.minLeaf() || size - in < options.minLeaf()) {
        continue;
      }
      if (Stats.bonferroni(s.found.p(), tried) > options.significance()) {
        continue;
      }
      if (chosen.isEmpty() || s.found.score() > chosen.get().found.score()) {
        chosen = Optional.of(s);
      }
    }
    return chosen;
  }

  private void leaf(boolean[] node, List<Condition> path, long size, long bestIn) {
    long otherCustomers = best.length - size;
    long otherBest = 0;
    for (int i = 0; i < node.length; i++) {
      if (!node[i] && best[i]) {
        otherBest++;
      }
    }
    double share = size == 0 ? 0 : (double) bestIn / size;
    double otherwise = otherCustomers == 0 ? 0 : (double) otherBest / otherCustomers;
    List<String> words = path.stream().map(Condition::describe).toList();
    String rule = words.isEmpty() ? "All customers" : String.join(" and ", words);
    leaves.add(
        new RuleLeaf(
            words,
            String.format(
                Locale.ROOT,
                "%s → %.0f %% are best customers (%d of %d) vs %.0f %% otherwise",
                rule,
                100 * share,
                bestIn,
                size,
                100 * otherwise),
            size,
            bestIn,
            Characteristics.round4(share),
            Characteristics.round4(otherwise)));
  }
}
