package org.senrules.simulation;

import java.time.LocalDate;
import org.senrules.core.spi.CaseInput;
import org.senrules.funding.sspp.SsppCase;
import org.senrules.funding.sspp.SsppOutcome;

/**
 * {@code sspp-top-up} year on year: each case is a request, funded from the day it is decided
 * until the outcome's {@code fundedUntil} (open-ended under the current process); an award that
 * ends while the pupil stays is followed the next day by a renewal request (the same request
 * with {@code renewal} true), which the policy funds or refuses. A request carries no National
 * Curriculum year, so it is not aged: it stays as it is until the pupil leaves.
 */
final class SsppCohortYear implements CohortYear {
    static final String RULE_SET = "sspp-top-up";

    @Override
    public String ruleSet() {
        return RULE_SET;
    }

    @Override
    public boolean plansInPlace() {
        return false;
    }

    @Override
    public CaseInput nextYear(CaseInput c) {
        return c;
    }

    @Override
    public CaseInput joiner(CaseInput template, String caseId) {
        SsppCase c = (SsppCase) template;
        return copy(c, caseId, false);
    }

    @Override
    public LocalDate fundedUntil(Object outcome) {
        return ((SsppOutcome) outcome).getFundedUntil();
    }

    @Override
    public CaseInput renewal(CaseInput in) {
        SsppCase c = (SsppCase) in;
        return c.renewal() ? c : copy(c, c.caseId(), true);
    }

    private static SsppCase copy(SsppCase c, String caseId, boolean renewal) {
        return c.toBuilder().caseId(caseId).renewal(renewal).build();
    }
}
