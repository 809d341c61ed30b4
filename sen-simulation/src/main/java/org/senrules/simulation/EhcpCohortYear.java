package org.senrules.simulation;

import java.time.LocalDate;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.Setting;
import org.senrules.funding.ehcp.EhcpTopUpCase;

/**
 * {@code ehcp-top-up} year on year: a plan in place lasts while the pupil stays; each September the
 * National Curriculum year goes up by one, Reception starts school (an early-years pupil moves to
 * a mainstream school), Year 12 starts post-16 (mainstream and resource-base pupils move to a
 * post-16 setting, special-school pupils stay in the school's sixth form), and a pupil past
 * Year 14 (age 19, the last year the case allows) leaves. Primary to secondary (Year 6 to 7)
 * keeps the kind of setting. docs/simulation.md says why.
 */
final class EhcpCohortYear implements CohortYear {
    static final String RULE_SET = "ehcp-top-up";
    /** The last National Curriculum year an {@code ehcp-top-up} case may have: the year the pupil turns 19. */
    static final int LAST_NC_YEAR = 14;

    @Override
    public String ruleSet() {
        return RULE_SET;
    }

    @Override
    public boolean plansInPlace() {
        return true;
    }

    @Override
    public CaseInput nextYear(CaseInput in) {
        EhcpTopUpCase c = (EhcpTopUpCase) in;
        int year = c.ncYear() + 1;
        if (year > LAST_NC_YEAR) {
            return null;
        }
        Setting setting = c.setting();
        Phase phase = c.phase();
        if (year == 0 && phase == Phase.EARLY_YEARS) {
            phase = Phase.SCHOOL_AGE;
            if (setting == Setting.EARLY_YEARS_SETTING || setting == Setting.NURSERY_SCHOOL) {
                setting = Setting.MAINSTREAM_SCHOOL;
            }
        } else if (year == 12 && phase == Phase.SCHOOL_AGE) {
            phase = Phase.POST_16;
            if (setting == Setting.MAINSTREAM_SCHOOL || setting == Setting.RESOURCE_BASE) {
                setting = Setting.POST_16;
            }
        }
        return c.toBuilder().setting(setting).phase(phase).ncYear(year).build();
    }

    @Override
    public CaseInput joiner(CaseInput template, String caseId) {
        EhcpTopUpCase c = (EhcpTopUpCase) template;
        return c.toBuilder().caseId(caseId).build();
    }

    @Override
    public LocalDate fundedUntil(Object outcome) {
        return null;
    }

    @Override
    public CaseInput renewal(CaseInput c) {
        return null;
    }
}
