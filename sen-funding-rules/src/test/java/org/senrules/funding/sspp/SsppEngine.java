package org.senrules.funding.sspp;

import java.time.LocalDate;
import java.util.List;
import org.senrules.core.Decision;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.funding.internal.FundingRulePack;

/** The engine the sspp-top-up tests share, built once: compiling the rules is the slow part. */
final class SsppEngine {
    static final String ID = "sspp-top-up";
    static final List<String> POLICIES = List.of("current", "dbv-option-1", "dbv-option-2", "dbv-option-3",
            "dbv-option-4", "dbv-option-4a", "dbv-option-5", "dbv-option-6");
    static final SenRules ENGINE = SenRules.builder().discoverPacks(false).addPack(new FundingRulePack()).build();
    static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    private SsppEngine() {
    }

    /** A request that meets every criterion of the current process: 6 units, SLCN, in a mainstream school. */
    static SsppCase fundable() {
        return SsppCase.builder()
                .caseId("P-0001")
                .planStatus(PlanStatus.SEN_SUPPORT)
                .setting(Setting.MAINSTREAM_SCHOOL)
                .primaryNeed(PrimaryNeed.SLCN)
                .parentalConsent(true)
                .graduatedApproachCycles(3)
                .coCreatedWithSupportServices(true)
                .outsideAgencySupport(true)
                .discussedAtMapMeeting(true)
                .requestedSupportUnits(6)
                .renewal(false)
                .cohorts(List.of())
                .locality("North")
                .build();
    }

    static Decision<?> decide(String policy, LocalDate asOf, SsppCase c) {
        return ENGINE.decide(new Request(ID, asOf, policy, c));
    }

    static SsppOutcome outcome(Decision<?> d) {
        return d.outcome(SsppOutcome.class);
    }
}
