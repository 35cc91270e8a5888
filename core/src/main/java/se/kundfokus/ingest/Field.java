package se.kundfokus.ingest;

import java.util.List;

/**
 * A canonical field of the workspace, with the headers (normalised, see {@link Headers}) that name
 * it in Swedish and English exports, most specific first.
 */
enum Field {
  CUSTOMER_ID(
      "customer_id",
      ValueType.ID,
      "Kundnr, Kundnummer, Customer ID",
      "kundnr",
      "kundnummer",
      "kundid",
      "kundkod",
      "customerid",
      "customerno",
      "customernumber",
      "customercode",
      "custid",
      "custno",
      "clientid",
      "accountnumber",
      "accountid",
      "kund",
      "customer"),
  PROSPECT_ID(
      "prospect_id",
      ValueType.ID,
      "Prospektnr, Prospect ID, Lead ID",
      "prospektnr",
      "prospektnummer",
      "prospektid",
      "prospectid",
      "prospectno",
      "leadid",
      "leadnr",
      "id"),
  NAME(
      "name",
      ValueType.TEXT,
      "Företagsnamn, Kundnamn, Namn, Company name",
      "foretagsnamn",
      "kundnamn",
      "bolagsnamn",
      "firmanamn",
      "namn",
      "foretag",
      "companyname",
      "customername",
      "accountname",
      "company",
      "name"),
  ORG_NUMBER(
      "org_number",
      ValueType.ORG_NUMBER,
      "Organisationsnummer, Orgnr, Org number",
      "organisationsnummer",
      "organisationsnr",
      "orgnr",
      "orgnummer",
      "orgno",
      "orgnumber",
      "organizationnumber",
      "organisationnumber",
      "companyregistrationnumber",
      "registrationnumber",
      "corporateid"),
  INDUSTRY_CODE(
      "industry_code",
      ValueType.TEXT,
      "SNI-kod, Bransch, NACE, Industry code",
      "snikod",
      "snicode",
      "sni2007",
      "snikod2007",
      "sni",
      "branschkod",
      "bransch",
      "nacecode",
      "nace",
      "industrycode",
      "industry"),
  EMPLOYEES(
      "employees",
      ValueType.NUMBER,
      "Antal anställda, Anställda, Employees",
      "antalanstallda",
      "anstallda",
      "employees",
      "numberofemployees",
      "noofemployees",
      "headcount",
      "staff"),
  TURNOVER(
      "turnover",
      ValueType.NUMBER,
      "Omsättning, Turnover, Revenue",
      "omsattning",
      "nettoomsattning",
      "arsomsattning",
      "turnover",
      "annualturnover",
      "revenue",
      "annualrevenue"),
  TURNOVER_GROWTH(
      "turnover_growth",
      ValueType.NUMBER,
      "Omsättningstillväxt, Tillväxt, Turnover growth",
      "omsattningstillvaxt",
      "tillvaxt",
      "turnovergrowth",
      "revenuegrowth",
      "growth"),
  SITES(
      "sites",
      ValueType.NUMBER,
      "Antal arbetsställen, Arbetsställen, Sites",
      "antalarbetsstallen",
      "arbetsstallen",
      "antalanlaggningar",
      "anlaggningar",
      "antalkontor",
      "sites",
      "numberofsites",
      "locations",
      "numberoflocations",
      "branches"),
  REGION("region", ValueType.TEXT, "Län, Region, County", "lan", "region", "county", "state"),
  INVOICE_ID(
      "invoice_id",
      ValueType.ID,
      "Fakturanr, Fakturanummer, Invoice",
      "fakturanr",
      "fakturanummer",
      "fakturaid",
      "faktura",
      "invoiceno",
      "invoiceid",
      "invoicenumber",
      "invoice",
      "ordernr",
      "ordernummer",
      "orderid",
      "orderno",
      "order"),
  DATE(
      "date",
      ValueType.DATE,
      "Fakturadatum, Datum, Invoice date, Date",
      "fakturadatum",
      "orderdatum",
      "leveransdatum",
      "bokforingsdatum",
      "transaktionsdatum",
      "datum",
      "invoicedate",
      "orderdate",
      "transactiondate",
      "salesdate",
      "date"),
  PRODUCT_ID(
      "product_id",
      ValueType.ID,
      "Artikelnr, Artikelnummer, Product ID, StockCode",
      "artikelnr",
      "artikelnummer",
      "artikelid",
      "produktnr",
      "produktid",
      "artikel",
      "productid",
      "productno",
      "productcode",
      "stockcode",
      "sku",
      "itemno",
      "itemnumber",
      "itemid",
      "articleno",
      "product",
      "item"),
  PRODUCT_NAME(
      "name",
      ValueType.TEXT,
      "Benämning, Artikelnamn, Product name, Description",
      "benamning",
      "artikelbenamning",
      "artikelnamn",
      "produktnamn",
      "beskrivning",
      "productname",
      "itemname",
      "description",
      "name"),
  PRODUCT_GROUP(
      "product_group",
      ValueType.TEXT,
      "Artikelgrupp, Varugrupp, Produktgrupp, Product group",
      "artikelgrupp",
      "varugrupp",
      "produktgrupp",
      "produktkategori",
      "kategori",
      "productgroup",
      "productcategory",
      "itemgroup",
      "category"),
  QUANTITY(
      "quantity",
      ValueType.NUMBER,
      "Antal, Kvantitet, Quantity",
      "antal",
      "kvantitet",
      "quantity",
      "qty",
      "units"),
  UNIT_PRICE(
      "unit_price",
      ValueType.NUMBER,
      "À-pris, Pris, Styckpris, Unit price, Price",
      "apris",
      "styckpris",
      "enhetspris",
      "pris",
      "unitprice",
      "priceperunit",
      "price"),
  AMOUNT(
      "amount",
      ValueType.NUMBER,
      "Belopp, Summa, Amount",
      "belopp",
      "nettobelopp",
      "radbelopp",
      "radsumma",
      "summa",
      "forsaljningsbelopp",
      "forsaljning",
      "amount",
      "netamount",
      "lineamount",
      "linetotal",
      "total",
      "sales",
      "value"),
  COST(
      "cost",
      ValueType.NUMBER,
      "Kostnad, Varukostnad, Cost",
      "kostnad",
      "varukostnad",
      "inkopskostnad",
      "cost",
      "costamount",
      "totalcost",
      "cogs"),
  MARGIN(
      "margin",
      ValueType.NUMBER,
      "Täckningsbidrag, TB, Marginal, Margin",
      "tackningsbidrag",
      "tb",
      "marginal",
      "bruttovinst",
      "margin",
      "grossmargin",
      "grossprofit");

  /** How a field's values are read. */
  enum ValueType {
    ID,
    TEXT,
    NUMBER,
    DATE,
    ORG_NUMBER
  }

  private final String column;
  private final ValueType type;
  private final String examples;

  @SuppressWarnings("ImmutableEnumChecker") // List.of is immutable
  private final List<String> synonyms;

  Field(String column, ValueType type, String examples, String... synonyms) {
    this.column = column;
    this.type = type;
    this.examples = examples;
    this.synonyms = List.of(synonyms);
  }

  /** The column in the workspace table, and the name a user writes in {@code --map}. */
  String column() {
    return column;
  }

  ValueType type() {
    return type;
  }

  /** Header examples for messages, e.g. {@code Kundnr, Kundnummer, Customer ID}. */
  String examples() {
    return examples;
  }

  /** The rank of a normalised header among this field's names (lower is better), or -1. */
  int rank(String normalisedHeader) {
    return synonyms.indexOf(normalisedHeader);
  }
}
