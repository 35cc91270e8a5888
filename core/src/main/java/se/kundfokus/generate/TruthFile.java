package se.kundfokus.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes {@code truth.json}: the planted rules, their parameters and who they were planted on. */
final class TruthFile {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final GenerationOptions options;
  private final FileFormat format;
  private final ObjectNode root = MAPPER.createObjectNode();
  private final Map<String, Streamed> streamed = new LinkedHashMap<>();

  TruthFile(GenerationOptions options) {
    this.options = options;
    this.format = options.format();
  }

  void write(Path file, GenerationSummary summary, TruthCollector truth, PairStats pairStats)
      throws IOException {
    root.put("seed", options.seed());
    root.put("customers", summary.customers());
    root.put("years", options.years());
    root.put("start_date", options.startDate().toString());
    root.put("end_date", options.endDate().toString());
    root.put("format", format.name().toLowerCase(Locale.ROOT));
    root.put("prospects", summary.prospects());
    root.put("sales_lines", summary.salesLines());
    ObjectNode files = root.putObject("files");
    files.put("customers", summary.customersFile().getFileName().toString());
    files.put("sales", summary.salesFile().getFileName().toString());
    files.put("products", summary.productsFile().getFileName().toString());
    files.put("prospects", summary.prospectsFile().getFileName().toString());
    drivers();
    purchaseProcess();
    segments(truth);
    coBought(truth, pairStats);
    pain(truth);
    ids("prospects_lookalike", truth.lookalikes());
    ids("prospects_other", truth.others());
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
        JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.setPrettyPrinter(printer);
      json.writeStartObject();
      for (Map.Entry<String, JsonNode> field : root.properties()) {
        json.writeFieldName(field.getKey());
        json.writeTree(field.getValue());
      }
      // Per-customer lists are streamed, not held as a tree: a 100-million-line company has
      // hundreds of thousands of customers, and the generator runs in bounded memory.
      for (Map.Entry<String, Streamed> field : streamed.entrySet()) {
        json.writeFieldName(field.getKey());
        field.getValue().write(json);
      }
      json.writeEndObject();
      json.flush();
      out.write('\n');
    }
  }

  /** A part of the file written straight to the generator. */
  @FunctionalInterface
  private interface Streamed {
    void write(JsonGenerator json) throws IOException;
  }

  private void drivers() {
    ArrayNode drivers = root.putArray("drivers");
    drivers
        .addObject()
        .put("attribute", "industry_code")
        .put("column", format.text("SNI-kod", "SNI code"))
        .put("rule", "SNI division 25 or 28 (the first two digits of the code)")
        .put("multiplier", Planted.MANUFACTURING_MULTIPLIER);
    drivers
        .addObject()
        .put("attribute", "sites")
        .put("column", format.text("Antal arbetsställen", "Sites"))
        .put("rule", ">= 3")
        .put("multiplier", Planted.MULTI_SITE_MULTIPLIER);
    root.put(
        "combined_multiplier", Planted.MANUFACTURING_MULTIPLIER * Planted.MULTI_SITE_MULTIPLIER);
    root.putObject("size_effect")
        .put("attribute", "employees")
        .put("column", format.text("Antal anställda", "Employees"))
        .put("rule", "spend multiplier (employees / 25) ^ 0.1")
        .put("exponent", Planted.SIZE_EXPONENT);
    ArrayNode noise = root.putArray("noise_attributes");
    noise.addObject().put("attribute", "region").put("column", format.text("Län", "Region"));
    noise
        .addObject()
        .put("attribute", "company_type")
        .put("column", format.text("Bolagsform", "Company type"));
    noise
        .addObject()
        .put("attribute", "account_manager")
        .put("column", format.text("Kundansvarig", "Account manager"));
    ArrayNode independent = root.putArray("attributes_without_spend_effect");
    independent.add(format.text("Omsättningstillväxt (%)", "Turnover growth (%)"));
    independent.add(format.text("Inköpsfunktion", "Purchasing function"));
    independent.add(format.text("Avtalet löper ut", "Contract ends"));
    root.put(
        "pain_with_effect",
        format.text("Ny inköpschef", "New purchasing manager")
            + ": a pain signal, not a spend driver, but customers with a spend driver and a new"
            + " purchasing manager are often responding (see segment_rules)");
  }

  private void purchaseProcess() {
    root.putObject("bgnbd")
        .put("r", Planted.R)
        .put("alpha", Planted.ALPHA)
        .put("a", Planted.A)
        .put("b", Planted.B)
        .put("time_unit", "weeks")
        .put(
            "note",
            "rate ~ Gamma(r, alpha) invoices a week, thinned by weekday and season; dropout after"
                + " each invoice ~ Beta(a, b), acting only on customers without planted behaviour;"
                + " planted customers buy at least "
                + Planted.PLANTED_MIN_RATE
                + " a week");
    root.putObject("gamma_gamma")
        .put("p", Planted.P)
        .put("q", Planted.Q)
        .put("v", Planted.V)
        .put("currency", "SEK")
        .put(
            "note",
            "base invoice value ~ Gamma(p, nu), nu ~ Gamma(q, v), mean p * v / (q - 1) = 3000;"
                + " multiplied by the drivers and the size effect");
    ArrayNode season = root.putArray("seasonality");
    for (double factor : Planted.SEASONALITY) {
      season.add(factor);
    }
    root.put("credit_note_probability", Planted.CREDIT_PROBABILITY);
  }

  private void segments(TruthCollector truth) {
    ObjectNode rules = root.putObject("segment_rules");
    rules.put("churned", "no purchase after a stop day drawn 3 to 9 months before end_date");
    rules.put(
        "declining",
        "spend of the last 12 months multiplied by "
            + Planted.DECLINE_MIN
            + " to "
            + Planted.DECLINE_MAX
            + " (purchase rate and invoice value each by its square root)");
    rules.put("lapsed", "no purchase after a stop day drawn 12 to 23 months before end_date");
    rules.put(
        "growing",
        "spend of the last 12 months multiplied by "
            + Planted.GROWTH_MIN
            + " to "
            + Planted.GROWTH_MAX
            + " (purchase rate and invoice value each by its square root)");
    rules.put(
        "responding",
        Math.round(100 * Planted.GROWTH_RESPONSE_SHARE)
            + " % of the other customers with SNI division 25 or 28 or 3 or more sites and a new"
            + " purchasing manager (Ny inköpschef = Ja): spend of the last 12 months multiplied by "
            + Planted.RESPONSE_MIN
            + " to "
            + Planted.RESPONSE_MAX
            + "; a company like the best customers with a need buys more");
    rules.put(
        "partial_outflow",
        "no purchase of one product group after a stop day drawn 6 to 18 months before end_date, other groups still bought");
    for (Segment segment : Segment.values()) {
      if (segment != Segment.NORMAL) {
        ids(segment.key(), truth.segment(segment));
      }
    }
    ids("bgnbd_dropouts", truth.dropouts());
    customerGroups("partial_outflow", truth.partialOutflow());
  }

  private void coBought(TruthCollector truth, PairStats pairStats) {
    ArrayNode pairs = root.putArray("co_bought");
    for (int p = 0; p < Catalog.CO_BOUGHT.size(); p++) {
      pairs
          .addObject()
          .put("antecedent", Catalog.CO_BOUGHT.get(p).get(0))
          .put("consequent", Catalog.CO_BOUGHT.get(p).get(1))
          .put("confidence", 1.0 - Planted.CROSS_SELL_CANDIDATE_SHARE)
          .put("level", "customer")
          .put("same_invoice_probability", Planted.SAME_INVOICE_PROBABILITY)
          .put("observed_confidence", round(truth.customerConfidence(p)))
          .put("observed_same_invoice_confidence", round(pairStats.sameInvoiceConfidence(p)));
    }
    customerGroups("cross_sell_candidates", truth.crossSellCandidates());
  }

  private void pain(TruthCollector truth) {
    ArrayNode rules = root.putArray("pain_rules");
    rules
        .addObject()
        .put("signal", "new_purchasing_manager")
        .put("column", format.text("Ny inköpschef", "New purchasing manager"))
        .put("rule", "= " + format.text("Ja", "Yes"));
    rules
        .addObject()
        .put("signal", "contract_ends")
        .put("column", format.text("Avtalet löper ut", "Contract ends"))
        .put("rule", "within " + Planted.CONTRACT_PAIN_MONTHS + " months after end_date");
    rules
        .addObject()
        .put("signal", "complaints")
        .put("column", format.text("Reklamationer 12 mån", "Complaints 12m"))
        .put("rule", ">= " + Planted.COMPLAINTS_PAIN_MIN);
    streamed.put(
        "pain_customers",
        json -> {
          json.writeStartArray();
          for (TruthCollector.Pain pain : truth.pain()) {
            json.writeStartObject();
            json.writeStringField("customer_id", pain.customerId());
            json.writeArrayFieldStart("signals");
            for (String signal : pain.signals()) {
              json.writeString(signal);
            }
            json.writeEndArray();
            json.writeEndObject();
          }
          json.writeEndArray();
        });
  }

  private void ids(String field, List<String> ids) {
    streamed.put(
        field,
        json -> {
          json.writeStartArray();
          for (String id : ids) {
            json.writeString(id);
          }
          json.writeEndArray();
        });
  }

  private void customerGroups(String field, List<TruthCollector.CustomerGroup> entries) {
    streamed.put(
        field,
        json -> {
          json.writeStartArray();
          for (TruthCollector.CustomerGroup entry : entries) {
            json.writeStartObject();
            json.writeStringField("customer_id", entry.customerId());
            json.writeStringField("product_group", entry.productGroup());
            json.writeEndObject();
          }
          json.writeEndArray();
        });
  }

  private static double round(double value) {
    return Math.round(value * 10_000.0) / 10_000.0;
  }
}
