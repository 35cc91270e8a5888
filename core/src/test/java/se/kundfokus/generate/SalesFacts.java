package se.kundfokus.generate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Per-customer facts computed from a Swedish sales file, as an analysis would. */
final class SalesFacts {

  final Map<String, Double> revenue = new HashMap<>();
  final Map<String, Double> last12 = new HashMap<>();
  final Map<String, Double> prior12 = new HashMap<>();
  final Map<String, LocalDate> lastPurchase = new HashMap<>();
  final Map<String, Set<String>> groups = new HashMap<>();
  final Map<String, Set<String>> invoiceGroups = new HashMap<>();
  final Map<String, LocalDate> lastOfGroup = new HashMap<>();
  final Map<String, LocalDate> invoiceDate = new HashMap<>();
  final Map<String, Integer> invoiceLines = new HashMap<>();
  long creditLines;

  SalesFacts(List<List<String>> rows, LocalDate endDate) {
    LocalDate yearAgo = endDate.minusYears(1);
    LocalDate twoYearsAgo = endDate.minusYears(2);
    for (List<String> row : rows) {
      String invoice = row.get(0);
      LocalDate date = LocalDate.parse(row.get(1));
      String customer = row.get(2);
      String group = row.get(4);
      double amount = Double.parseDouble(row.get(6).replace(',', '.'));
      revenue.merge(customer, amount, Double::sum);
      if (date.isAfter(yearAgo)) {
        last12.merge(customer, amount, Double::sum);
      } else if (date.isAfter(twoYearsAgo)) {
        prior12.merge(customer, amount, Double::sum);
      }
      invoiceDate.put(invoice, date);
      if (Long.parseLong(row.get(5)) < 0) {
        creditLines++;
        continue;
      }
      lastPurchase.merge(customer, date, (a, b) -> a.isAfter(b) ? a : b);
      groups.computeIfAbsent(customer, c -> new HashSet<>()).add(group);
      lastOfGroup.merge(customer + "/" + group, date, (a, b) -> a.isAfter(b) ? a : b);
      invoiceGroups.computeIfAbsent(invoice, c -> new HashSet<>()).add(group);
      invoiceLines.merge(invoice, 1, Integer::sum);
    }
  }

  double revenue(String customer) {
    return revenue.getOrDefault(customer, 0.0);
  }

  double last12(String customer) {
    return last12.getOrDefault(customer, 0.0);
  }

  double prior12(String customer) {
    return prior12.getOrDefault(customer, 0.0);
  }

  Set<String> groups(String customer) {
    return groups.getOrDefault(customer, Set.of());
  }
}
