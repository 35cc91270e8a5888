package se.kundfokus.generate;

import java.util.List;

/**
 * Word lists of the generated registers. Every string is encodable in windows-1252. Weights are
 * relative frequencies.
 */
final class Words {

  /** Real SNI 2007 codes with a weight and words a company of that industry puts in its name. */
  record Industry(String code, double weight, List<String> trades) {

    /** The SNI division: the first two digits. */
    int division() {
      return Integer.parseInt(code.substring(0, 2));
    }
  }

  /** SNI 2007 codes; divisions 25 and 28 (the spend driver) weigh 20 of 100. */
  static final List<Industry> INDUSTRIES =
      List.of(
          new Industry("25110", 4, List.of("Stålbyggnad", "Konstruktion", "Smide")),
          new Industry("25620", 6, List.of("Mekaniska", "Verkstad", "Legoteknik")),
          new Industry("25990", 3, List.of("Metall", "Plåtslageri")),
          new Industry("28140", 3, List.of("Ventil", "Flödesteknik")),
          new Industry("28290", 2, List.of("Maskin", "Industriteknik")),
          new Industry("28410", 2, List.of("Maskinfabrik", "Verktygsmaskiner")),
          new Industry("46690", 10, List.of("Maskinhandel", "Teknikhandel")),
          new Industry("41200", 10, List.of("Bygg", "Byggnads")),
          new Industry("43210", 10, List.of("El", "Elinstallation")),
          new Industry("62010", 5, List.of("Data", "Systemutveckling")),
          new Industry("10710", 5, List.of("Bageri", "Konditori")),
          new Industry("49410", 10, List.of("Åkeri", "Transport")),
          new Industry("86210", 4, List.of("Vårdcentral", "Läkarhus")),
          new Industry("47190", 4, List.of("Handel", "Varuhus")),
          new Industry("33120", 10, List.of("Maskinservice", "Reparationer")),
          new Industry("71121", 6, List.of("Konsult", "Teknikkonsult")),
          new Industry("22290", 6, List.of("Plast", "Plastindustri")));

  static final List<String> REGIONS =
      List.of(
          "Stockholms län",
          "Uppsala län",
          "Södermanlands län",
          "Östergötlands län",
          "Jönköpings län",
          "Kronobergs län",
          "Kalmar län",
          "Gotlands län",
          "Blekinge län",
          "Skåne län",
          "Hallands län",
          "Västra Götalands län",
          "Värmlands län",
          "Örebro län",
          "Västmanlands län",
          "Dalarnas län",
          "Gävleborgs län",
          "Västernorrlands län",
          "Jämtlands län",
          "Västerbottens län",
          "Norrbottens län");

  /** Roughly the population of each län, in hundred thousands. */
  static final double[] REGION_WEIGHTS = {
    24, 4, 3, 4.7, 3.7, 2, 2.5, 0.6, 1.6, 14, 3.4, 17.5, 2.8, 3, 2.8, 2.9, 2.9, 2.5, 1.3, 2.7, 2.5
  };

  static final List<String> ACCOUNT_MANAGERS =
      List.of(
          "Anna Lindberg",
          "Erik Johansson",
          "Maria Karlsson",
          "Johan Nilsson",
          "Sara Öberg",
          "Lars Åkesson",
          "Emma Sjöström",
          "Per Hägglund");

  static final List<String> SURNAMES =
      List.of(
          "Andersson",
          "Johansson",
          "Karlsson",
          "Nilsson",
          "Eriksson",
          "Larsson",
          "Olsson",
          "Persson",
          "Svensson",
          "Gustafsson",
          "Pettersson",
          "Jonsson",
          "Lindberg",
          "Lindström",
          "Lindqvist",
          "Bergström",
          "Lundgren",
          "Sjöberg",
          "Söderberg",
          "Åberg",
          "Öberg",
          "Ström",
          "Hägglund",
          "Nyström",
          "Holmgren",
          "Engström",
          "Forsberg",
          "Sandberg",
          "Wikström",
          "Fällström",
          "Öhman",
          "Åkesson",
          "Björk",
          "Dahlgren",
          "Ekström",
          "Löfgren");

  static final List<String> PLACES =
      List.of(
          "Nordmark",
          "Söderby",
          "Västkust",
          "Bergslagens",
          "Mälardalens",
          "Älvdalens",
          "Sjövik",
          "Lövsta",
          "Ådalens",
          "Österleds",
          "Borås",
          "Jönköpings",
          "Gävle",
          "Örebro",
          "Luleå",
          "Skövde",
          "Växjö",
          "Köpings",
          "Ängelholms",
          "Åmåls",
          "Mölndals",
          "Södertälje",
          "Härnösands",
          "Trollhättans",
          "Norrlands",
          "Smålands",
          "Gnosjö",
          "Karlskoga",
          "Sandvikens",
          "Östersunds");

  /** The Bolagsform values, Swedish and English, and their weights. */
  static final List<String> COMPANY_TYPES_SV =
      List.of("Aktiebolag", "Handelsbolag", "Enskild firma", "Ekonomisk förening");

  static final List<String> COMPANY_TYPES_EN =
      List.of("Limited company", "Partnership", "Sole trader", "Economic association");
  static final double[] COMPANY_TYPE_WEIGHTS = {78, 7, 10, 5};

  /** The Inköpsfunktion values, Swedish and English, and their weights. */
  static final List<String> PURCHASING_SV = List.of("Central", "Decentral", "Saknas");

  static final List<String> PURCHASING_EN = List.of("Central", "Decentralised", "None");
  static final double[] PURCHASING_WEIGHTS = {45, 35, 20};

  private Words() {}
}
