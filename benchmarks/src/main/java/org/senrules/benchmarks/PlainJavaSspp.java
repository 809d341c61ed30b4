package org.senrules.benchmarks;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.senrules.core.domain.AreaOfNeed;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.Setting;
import org.senrules.funding.sspp.SsppCase;
import org.senrules.funding.sspp.SsppOutcome;

/**
 * The floor for the benchmarks, not a shipped implementation: the rules of {@code sspp-top-up}
 * under policy {@code current} on 2026-01-15 hand-written as Java {@code if}s, with the
 * parameter values as constants and no explanation. It fills in the same outcome as the rule set.
 */
public final class PlainJavaSspp {
    private static final Set<Setting> ELIGIBLE_SETTINGS = EnumSet.of(Setting.EARLY_YEARS_SETTING, Setting.NURSERY_SCHOOL,
            Setting.MAINSTREAM_SCHOOL);
    private static final int MIN_CYCLES = 2;
    private static final Money UNIT_VALUE = Money.ofPence(100_000);

    private PlainJavaSspp() {
    }

    public static SsppOutcome decide(SsppCase c, LocalDate asOf) {
        SsppOutcome o = new SsppOutcome();
        if (!c.parentalConsent()) {
            o.setConsidered(false);
            o.setEligible(false);
            return o;
        }
        AreaOfNeed area = c.primaryNeed().areaOrNull();
        boolean eligible = c.planStatus() == PlanStatus.SEN_SUPPORT
                && ELIGIBLE_SETTINGS.contains(c.setting())
                && c.graduatedApproachCycles() >= MIN_CYCLES
                && c.coCreatedWithSupportServices()
                && c.outsideAgencySupport()
                && c.discussedAtMapMeeting()
                && area != null;
        o.setEligible(eligible);
        if (area != null) {
            o.setDecisionGroup(area.name());
        }
        if (eligible) {
            int units = c.requestedSupportUnits();
            o.setSupportUnits(units);
            o.setTopUp(UNIT_VALUE.times(units));
            o.setFundedFrom(asOf);
            o.setFundedUntil(null);
            o.setRenewable(true);
        }
        return o;
    }
}
