package org.senrules.simulation;

import org.senrules.core.domain.AreaOfNeed;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.CaseInput;
import org.senrules.funding.band.NeedClassification;
import org.senrules.funding.ehcp.EhcpTopUpCase;

/**
 * What place sufficiency and tiers of support read from a pupil's case: the setting, the school
 * phase, the area of need and the level of complexity. Shipped for {@code ehcp-top-up} (the cases
 * of pupils with an EHCP, who need a special-school or resource-base place); other rule sets'
 * cases carry no setting and year to place, so a trajectory of them refuses a sufficiency file and
 * applies only a scenario's High Needs Block parts.
 */
interface CaseFacts {
    /** The facts of {@code c}. */
    PupilFacts of(CaseInput c);

    /** The facts of {@code ruleSet}'s cases, or {@code null} when the simulator reads none from them. */
    static CaseFacts of(String ruleSet) {
        return EhcpCohortYear.RULE_SET.equals(ruleSet) ? CaseFacts::ehcp : null;
    }

    private static PupilFacts ehcp(CaseInput in) {
        EhcpTopUpCase c = (EhcpTopUpCase) in;
        AreaOfNeed need = c.needClassification() != null ? area(c.needClassification())
                : c.primaryNeed() == null ? null : c.primaryNeed().areaOrNull();
        return new PupilFacts(c.setting(), Sufficiency.SchoolPhase.of(c.ncYear()), need, c.complexityLevel());
    }

    /** A special-school classification's broad area: D (sensory) and E (physical) are one area of the Code of Practice. */
    private static AreaOfNeed area(NeedClassification n) {
        return switch (n) {
            case A -> AreaOfNeed.COMMUNICATION_AND_INTERACTION;
            case B -> AreaOfNeed.COGNITION_AND_LEARNING;
            case C -> AreaOfNeed.SEMH;
            case D, E -> AreaOfNeed.SENSORY_AND_PHYSICAL;
        };
    }
}
