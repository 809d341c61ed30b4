package org.senrules.simulation;

import org.senrules.core.RuleSetInfo;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.PlacementRole;

/**
 * What place sufficiency and tiers of support read from a pupil's case: the setting, the school
 * phase, the area of need and the level of complexity, through the fields its rule set's
 * declaration gives the placement role ({@link PlacementRole}). A rule set that does not play
 * that role carries no setting and year to place, so a trajectory of it refuses a sufficiency file
 * and applies only a scenario's High Needs Block parts.
 */
interface CaseFacts {
    /** The facts of {@code c}. */
    PupilFacts of(CaseInput c);

    /** The facts of {@code ruleSet}'s cases, or {@code null} when it does not play the placement role. */
    static CaseFacts of(RuleSetInfo ruleSet) {
        PlacementRole role = ruleSet.placementRole();
        return role == null ? null : c -> new PupilFacts(role.setting(c), Sufficiency.SchoolPhase.of(role.ncYear(c)), role.areaOfNeed(c),
                role.complexityLevel(c));
    }

    /** Why a rule set's cohorts are placed or not, in words. */
    String ROLE = "the cohorts of a rule set whose declaration gives the placement role";

    /**
     * The cohorts place sufficiency and tiers run, in words: the loaded rule sets that declare the
     * placement role ("ehcp-top-up cohorts"), or that none loaded does.
     */
    static String whichCohorts(java.util.List<RuleSetInfo> loaded) {
        java.util.List<String> placing = loaded.stream().filter(r -> r.placementRole() != null).map(RuleSetInfo::id).toList();
        return placing.isEmpty() ? "cohorts of a rule set that declares the placement role, and none loaded does"
                : String.join(", ", placing) + " cohorts";
    }
}
