package se.kundfokus.generate;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Draws the register attributes of a company. */
final class CompanyFactory {

  /** Which spend drivers a company is made to have. */
  enum Drivers {
    /** Drawn from the population: 20 % are in SNI 25 or 28, independently 16 % have 3+ sites. */
    ANY,
    /** Both drivers: SNI division 25 or 28 and at least 3 sites (a lookalike prospect). */
    BOTH,
    /** Neither driver. */
    NEITHER
  }

  private static final double[] INDUSTRY_WEIGHTS =
      Words.INDUSTRIES.stream().mapToDouble(Words.Industry::weight).toArray();

  private final long seed;
  private final LocalDate endDate;

  CompanyFactory(long seed, LocalDate endDate) {
    this.seed = seed;
    this.endDate = endDate;
  }

  /**
   * Draws one company.
   *
   * @param companyIndex index over customers and prospects, for a distinct org number
   * @param complaintsMean mean number of complaints in the last 12 months
   */
  Company draw(Rng rng, long companyIndex, Drivers drivers, double complaintsMean) {
    Words.Industry industry = industry(rng, drivers);
    int sites = sites(rng, drivers);
    int employees = (int) Math.max(sites, Math.min(5000, Math.round(rng.logNormal(25, 1.3))));
    long turnover = Math.max(100, Math.round(employees * rng.logNormal(1800, 0.45)));
    int growth = (int) Math.round(40 + 120 * rng.gaussian());
    int region = rng.weighted(Words.REGION_WEIGHTS);
    int companyType = rng.weighted(Words.COMPANY_TYPE_WEIGHTS);
    int purchasing = rng.weighted(Words.PURCHASING_WEIGHTS);
    boolean newManager = rng.chance(0.12);
    Optional<LocalDate> contractEnd =
        rng.chance(0.65) ? Optional.of(endDate.plusDays(1 + rng.below(1095))) : Optional.empty();
    int complaints = Math.min(6, rng.poisson(complaintsMean));
    Set<Company.Blank> blanks = EnumSet.noneOf(Company.Blank.class);
    blankSometimes(rng, blanks, Company.Blank.ORG_NUMBER, 0.01);
    blankSometimes(rng, blanks, Company.Blank.EMPLOYEES, 0.02);
    blankSometimes(rng, blanks, Company.Blank.TURNOVER, 0.03);
    blankSometimes(rng, blanks, Company.Blank.GROWTH, 0.05);
    blankSometimes(rng, blanks, Company.Blank.PURCHASING, 0.03);
    return new Company(
        name(rng, industry, companyType),
        OrgNumbers.of(seed, companyIndex, companyType),
        industry,
        employees,
        turnover,
        growth,
        sites,
        region,
        companyType,
        purchasing,
        newManager,
        contractEnd,
        complaints,
        blanks);
  }

  private static void blankSometimes(
      Rng rng, Set<Company.Blank> blanks, Company.Blank field, double probability) {
    if (rng.chance(probability)) {
      blanks.add(field);
    }
  }

  private static Words.Industry industry(Rng rng, Drivers drivers) {
    while (true) {
      Words.Industry industry = Words.INDUSTRIES.get(rng.weighted(INDUSTRY_WEIGHTS));
      boolean manufacturing = industry.division() == 25 || industry.division() == 28;
      if (drivers == Drivers.ANY || (drivers == Drivers.BOTH) == manufacturing) {
        return industry;
      }
    }
  }

  private static int sites(Rng rng, Drivers drivers) {
    return switch (drivers) {
      case BOTH -> manySites(rng);
      case NEITHER -> rng.chance(0.75) ? 1 : 2;
      case ANY -> {
        double u = rng.uniform();
        yield u < 0.62 ? 1 : u < 0.84 ? 2 : manySites(rng);
      }
    };
  }

  /** 3 to 20 sites, skewed towards 3. */
  private static int manySites(Rng rng) {
    return 3 + (int) Math.min(17, Math.floor(rng.exponential(0.35)));
  }

  private static String name(Rng rng, Words.Industry industry, int companyType) {
    String trade = pick(rng, industry.trades());
    String surname = pick(rng, Words.SURNAMES);
    return switch (companyType) {
      case 1 -> surname + " & " + pick(rng, Words.SURNAMES) + " " + trade + " HB";
      case 2 -> surname + "s " + trade;
      case 3 -> pick(rng, Words.PLACES) + " " + trade + " ek. för.";
      default -> limitedCompanyName(rng, surname, trade);
    };
  }

  private static String limitedCompanyName(Rng rng, String surname, String trade) {
    double u = rng.uniform();
    if (u < 0.45) {
      return pick(rng, Words.PLACES) + " " + trade + " AB";
    } else if (u < 0.75) {
      return surname + "s " + trade + " AB";
    } else if (u < 0.9) {
      return surname + " & Söner " + trade + " AB";
    }
    return surname + " " + trade + " AB";
  }

  private static String pick(Rng rng, List<String> words) {
    return words.get(rng.below(words.size()));
  }
}
