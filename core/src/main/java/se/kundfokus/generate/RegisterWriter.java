package se.kundfokus.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the customer register or the prospect list. */
final class RegisterWriter implements Closeable {

  private static final List<String> COMPANY_SV =
      List.of(
          "Företagsnamn",
          "Organisationsnummer",
          "SNI-kod",
          "Antal anställda",
          "Omsättning (tkr)",
          "Omsättningstillväxt (%)",
          "Antal arbetsställen",
          "Län",
          "Bolagsform",
          "Inköpsfunktion",
          "Ny inköpschef",
          "Avtalet löper ut",
          "Reklamationer 12 mån");
  private static final List<String> COMPANY_EN =
      List.of(
          "Company name",
          "Org number",
          "SNI code",
          "Employees",
          "Turnover (kSEK)",
          "Turnover growth (%)",
          "Sites",
          "Region",
          "Company type",
          "Purchasing function",
          "New purchasing manager",
          "Contract ends",
          "Complaints 12m");

  private final CsvWriter csv;
  private final FileFormat format;

  RegisterWriter(Path file, FileFormat format, boolean customers) throws IOException {
    this.csv = new CsvWriter(file, format);
    this.format = format;
    csv.header(header(format, customers));
  }

  /** The header of the customer register ({@code customers}) or of the prospect list. */
  static List<String> header(FileFormat format, boolean customers) {
    List<String> names = new ArrayList<>();
    if (customers) {
      names.add(format.text("Kundnr", "Customer ID"));
    } else {
      names.add(format.text("Prospektnr", "Prospect ID"));
    }
    names.addAll(format == FileFormat.SWEDISH ? COMPANY_SV : COMPANY_EN);
    if (customers) {
      names.add(format.text("Kundansvarig", "Account manager"));
      names.add(format.text("Kund sedan", "Customer since"));
    }
    return List.copyOf(names);
  }

  void customer(CustomerPlan plan) throws IOException {
    company(plan.id, plan.company);
    csv.text(Words.ACCOUNT_MANAGERS.get(plan.accountManager))
        .text(plan.customerSince.toString())
        .endRow();
  }

  void prospect(String id, Company company) throws IOException {
    company(id, company);
    csv.endRow();
  }

  private void company(String id, Company company) throws IOException {
    csv.text(id).text(company.name());
    if (company.shows(Company.Blank.ORG_NUMBER)) {
      csv.text(company.orgNumber());
    } else {
      csv.blank();
    }
    csv.text(company.industry().code());
    if (company.shows(Company.Blank.EMPLOYEES)) {
      csv.integer(company.employees());
    } else {
      csv.blank();
    }
    if (company.shows(Company.Blank.TURNOVER)) {
      csv.integer(company.turnoverTkr());
    } else {
      csv.blank();
    }
    if (company.shows(Company.Blank.GROWTH)) {
      csv.tenths(company.growthTenths());
    } else {
      csv.blank();
    }
    csv.integer(company.sites())
        .text(Words.REGIONS.get(company.region()))
        .text(
            (format == FileFormat.SWEDISH ? Words.COMPANY_TYPES_SV : Words.COMPANY_TYPES_EN)
                .get(company.companyType()));
    if (company.shows(Company.Blank.PURCHASING)) {
      csv.text(
          (format == FileFormat.SWEDISH ? Words.PURCHASING_SV : Words.PURCHASING_EN)
              .get(company.purchasing()));
    } else {
      csv.blank();
    }
    csv.text(yes(company.newPurchasingManager()));
    if (company.contractEnd().isPresent()) {
      csv.text(company.contractEnd().get().toString());
    } else {
      csv.blank();
    }
    csv.integer(company.complaints());
  }

  /** {@code Ja}/{@code Nej} or {@code Yes}/{@code No}. */
  String yes(boolean value) {
    return value ? format.text("Ja", "Yes") : format.text("Nej", "No");
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
