package org.senrules.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The plain-English building blocks the command line and the decision service share. */
class ExplainerTest {
    @Test
    void words_splitCamelCaseAndKeepIndexes() {
        assertEquals("Support units", Explainer.words("supportUnits"));
        assertEquals("Band top up [3]", Explainer.words("bandTopUp[3]"));
        assertEquals("Total", Explainer.words("total"));
    }

    @Test
    void day_isWrittenOutAndNullIsOpenEnded() {
        assertEquals("15 January 2026", Explainer.day(LocalDate.of(2026, 1, 15)));
        assertEquals("open-ended", Explainer.day(null));
    }
}
