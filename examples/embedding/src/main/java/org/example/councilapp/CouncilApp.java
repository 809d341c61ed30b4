package org.example.councilapp;

import java.time.LocalDate;
import org.senrules.core.Decision;
import org.senrules.core.Reason;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.funding.sspp.SsppCase;
import org.senrules.funding.sspp.SsppOutcome;

/**
 * What a council's case-management system does with senrules: build the engine once, decide a
 * case from its own records, and keep the reasons with the decision.
 */
public final class CouncilApp {
    /** Built once and shared: the engine is thread-safe. It finds the funding rules by itself. */
    private static final SenRules ENGINE = SenRules.builder().build();

    private CouncilApp() {
    }

    /** Decides one SSPP top-up request, as the council's SENAR screen would on "submit". */
    public static Decision<?> decideSsppRequest() {
        SsppCase request = SsppCase.builder()
                .caseId("CASE-0042")
                .planStatus(PlanStatus.SEN_SUPPORT)
                .setting(Setting.MAINSTREAM_SCHOOL)
                .primaryNeed(PrimaryNeed.SLCN)
                .parentalConsent(true)
                .graduatedApproachCycles(3)
                .coCreatedWithSupportServices(true)
                .outsideAgencySupport(true)
                .discussedAtMapMeeting(true)
                .requestedSupportUnits(5)
                .renewal(false)
                .cohorts(java.util.List.of())
                .locality("North")
                .build();
        return ENGINE.decide(Request.of("sspp-top-up", LocalDate.of(2026, 1, 15), request));
    }

    /**
     * The same through the JSON contract, as a web service in front of the engine would: the
     * answer is the decision JSON, or the {@code invalid-request} error; bad input never throws.
     */
    public static String answerJson(String requestJson) {
        return ENGINE.json().answer(requestJson).json();
    }

    public static void main(String[] args) {
        Decision<?> d = decideSsppRequest();
        SsppOutcome o = d.outcome(SsppOutcome.class);
        System.out.println(d.caseId() + ": eligible " + o.isEligible() + ", " + o.getSupportUnits() + " units, top-up "
                + o.getTopUp().display() + (d.illustrative() ? " (illustrative values)" : ""));
        for (Reason r : d.reasons()) {
            System.out.println("  - " + r.text() + " [" + r.source() + "]");
        }
        System.out.println("on the " + (CouncilApp.class.getModule().isNamed() ? "module path" : "class path"));
    }
}
