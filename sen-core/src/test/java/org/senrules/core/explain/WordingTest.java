package org.senrules.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.Setting;

/** How codes, money, dates and sources are shown to people (issue 30, item 5). */
class WordingTest {
    @Test
    void label_writesAcronymsAsTheSourcesDo() {
        assertEquals("Parental consent", Wording.label("parentalConsent"));
        assertEquals("NC year", Wording.label("ncYear"));
        assertEquals("Co-created with support services", Wording.label("coCreatedWithSupportServices"));
        assertEquals("Discussed at MAP meeting", Wording.label("discussedAtMapMeeting"));
        assertEquals("Case ID", Wording.label("caseId"));
        assertEquals("Band top up [3]", Wording.label("bandTopUp[3]"));
    }

    @Test
    void title_usesTheVocabularysOwnTitle_elseTheNameInWords() {
        assertEquals("SEN Support", Wording.title(PlanStatus.SEN_SUPPORT));
        assertEquals("EHCP", Wording.title(PlanStatus.EHCP));
        assertEquals("Early-years setting", Wording.title(Setting.EARLY_YEARS_SETTING));
        assertEquals("Early-years setting", Wording.valueTitle(null, "EARLY_YEARS_SETTING"));
        assertEquals("Monday", Wording.valueTitle(java.time.DayOfWeek.class, "MONDAY"));
        assertEquals("North", Wording.valueTitle(null, "North"));
    }

    @Test
    void value_showsMoneyWithSeparators_flagsAsYesNo_andTablesAsPairs() {
        assertEquals("£1,000.00", Wording.value("1000.00"));
        assertEquals("North: £1,850,000.00; South: £2,100,000.00", Wording.value("North=1850000.00; South=2100000.00"));
        assertEquals("Early-years setting, Nursery school", Wording.value("EARLY_YEARS_SETTING, NURSERY_SCHOOL"));
        assertEquals("yes", Wording.value("true"));
        assertEquals("none", Wording.value("none"));
        assertEquals("12", Wording.value("12"));
        assertEquals("A: 1, 2, 3, 4", Wording.value("A=1, 2, 3, 4"));
    }

    @Test
    void daysInWords_rewritesEveryIsoDate() {
        assertEquals("Funding starts on 15 January 2026 and ends on 31 March 2027.",
                Wording.daysInWords("Funding starts on 2026-01-15 and ends on 2027-03-31."));
        assertEquals("15 January 2026", Wording.day(LocalDate.of(2026, 1, 15)));
    }

    @Test
    void citation_namesTheDocumentByItsTitle_neverItsFileOrTheProjectsCrossReferences() {
        Wording.Citation bulletin = Wording.citation("S1 001_9fda0e487175dfd0.txt \"Delivering Better Value Programme\" / \"Workstream 2\"");
        assertEquals("SEND and Inclusion Update, November 2025", bulletin.document());
        assertEquals("001_9fda0e487175dfd0.txt", bulletin.file());
        assertEquals("SEND and Inclusion Update, November 2025, \"Delivering Better Value Programme\" / \"Workstream 2\"", bulletin.toString());
        Wording.Citation pages = Wording.citation("council funding pages [public] (DOMAIN.md §4): plans are reviewed regularly with parents");
        assertEquals("The council's published SEND funding pages: plans are reviewed regularly with parents", pages.toString());
        assertNull(pages.file());
        assertEquals("The SEND rules brief, section 2-3", Wording.citation("DOMAIN.md §2-3").document());
        assertEquals("Wyvern Vale Place Funding Policy (fictional example), section 3.2",
                Wording.citation("Wyvern Vale Place Funding Policy (fictional example), section 3.2").toString());
    }
}
