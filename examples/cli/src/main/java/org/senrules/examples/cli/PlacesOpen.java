package org.senrules.examples.cli;

import java.util.Locale;
import org.senrules.core.domain.AreaOfNeed;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Setting;
import org.senrules.simulation.Sufficiency;

/**
 * {@code --places-open SETTING:PLACES:YEAR[:PHASE[:NEED]]}, such as {@code special-school:40:2027-28}:
 * "what if this many places open in this school year" as an option of a run with place sufficiency.
 * The places open on 1 September of the school year's first calendar year, for the phase and the
 * area of need given (any, when not given), counted like the sufficiency file's (for its
 * population, scaled to the cohort, and planned). A malformed value is refused naming the part that
 * is wrong, without repeating it.
 */
record PlacesOpen(Setting setting, int places, int year, Sufficiency.SchoolPhase phase, AreaOfNeed need) {
    static final String FORM = "--places-open is SETTING:PLACES:YEAR[:PHASE[:NEED]], such as special-school:40:2027-28";

    static PlacesOpen parse(String value) {
        String[] parts = value.split(":", -1);
        if (parts.length < 3 || parts.length > 5) {
            throw new UsageException(FORM + " (three to five parts separated by colons)");
        }
        Setting setting = switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "special-school" -> Setting.SPECIAL_SCHOOL;
            case "resource-base" -> Setting.RESOURCE_BASE;
            default -> throw new UsageException(FORM + ": SETTING is special-school or resource-base");
        };
        int places;
        try {
            places = Integer.parseInt(parts[1].replace(",", ""));
        } catch (NumberFormatException e) {
            places = -1;
        }
        if (places < 1 || places > 100_000) {
            throw new UsageException(FORM + ": PLACES is a whole number from 1 to 100,000");
        }
        int year;
        try {
            year = FinancialYear.parse(parts[2]).startYear();
        } catch (IllegalArgumentException e) {
            throw new UsageException(FORM + ": YEAR is the school year they open, written like 2027-28 (they open on 1 September 2027)");
        }
        Sufficiency.SchoolPhase phase = null;
        if (parts.length > 3 && !parts[3].equalsIgnoreCase("any")) {
            phase = switch (parts[3].toLowerCase(Locale.ROOT)) {
                case "primary" -> Sufficiency.SchoolPhase.PRIMARY;
                case "secondary" -> Sufficiency.SchoolPhase.SECONDARY;
                case "post-16" -> Sufficiency.SchoolPhase.POST_16;
                default -> throw new UsageException(FORM + ": PHASE is primary, secondary, post-16 or any");
            };
        }
        AreaOfNeed need = null;
        if (parts.length > 4 && !parts[4].equalsIgnoreCase("any")) {
            need = null;
            for (AreaOfNeed a : AreaOfNeed.values()) {
                if (a.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(parts[4].toLowerCase(Locale.ROOT))) {
                    need = a;
                }
            }
            if (need == null) {
                throw new UsageException(FORM + ": NEED is communication-and-interaction, cognition-and-learning, semh, "
                        + "sensory-and-physical or any");
            }
        }
        return new PlacesOpen(setting, places, year, phase, need);
    }

    /** {@code s} with these places added; refused when they would open outside the years run. */
    Sufficiency addTo(Sufficiency s, FinancialYear first, FinancialYear last) {
        java.time.LocalDate opens = java.time.LocalDate.of(year, 9, 1);
        if (opens.isBefore(first.firstDay()) || opens.isAfter(last.lastDay())) {
            throw new UsageException("--places-open: places opening on " + opens + " fall outside the years run (" + first + " to " + last
                    + "), so they would change nothing: give a school year within them");
        }
        return s.withPlacesOpening(setting, places, year, phase, need);
    }
}
