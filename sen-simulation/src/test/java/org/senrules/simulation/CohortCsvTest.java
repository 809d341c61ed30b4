package org.senrules.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.Violation;
import org.senrules.funding.ehcp.EhcpTopUpCase;
import org.senrules.funding.sspp.SsppCase;

/** Cohorts from CSV: the encoding of every kind of field, and every error by row and column, all at once. */
class CohortCsvTest {
    private static final SenRules ENGINE = SenRules.builder().build();
    private static final String SSPP_HEADER = "caseId,planStatus,setting,primaryNeed,parentalConsent,graduatedApproachCycles,"
            + "coCreatedWithSupportServices,outsideAgencySupport,discussedAtMapMeeting,requestedSupportUnits,renewal,cohorts,locality";

    private static String problems(InvalidRequestException e) {
        return e.violations().stream().map(v -> v.path() + ": " + v.message()).collect(Collectors.joining("\n"));
    }

    @Test
    void ssppRows_readAsTheirJsonWould_namesListsSplitOnSemicolons() {
        String csv = "\uFEFF" + SSPP_HEADER + "\r\n"
                + "S-1,SEN_SUPPORT,MAINSTREAM_SCHOOL,ASD,true,3,TRUE,true,true,6,false,early-years;children-in-care,North\r\n"
                + "S-2,SEN_SUPPORT,NURSERY_SCHOOL,SEMH,false,2,true,true,true,4,false,,\"Sutton & Coldfield\"\r\n";
        List<Request> cohort = CohortCsv.read(ENGINE, csv, "sspp-top-up", LocalDate.of(2026, 1, 15));
        assertEquals(2, cohort.size());
        SsppCase first = (SsppCase) cohort.get(0).caseData();
        assertEquals(List.of("early-years", "children-in-care"), first.cohorts());
        assertEquals(6, first.requestedSupportUnits());
        assertTrue(first.coCreatedWithSupportServices(), "TRUE, as a spreadsheet writes it");
        SsppCase second = (SsppCase) cohort.get(1).caseData();
        assertEquals(List.of(), second.cohorts(), "an empty cell is an empty list");
        assertEquals("Sutton & Coldfield", second.locality());
        assertEquals(LocalDate.of(2026, 1, 15), cohort.get(1).asOf());
        assertEquals("current", cohort.get(0).policy());
    }

    @Test
    void ehcpProvision_inNumberedColumns_andRuleSetAndDateFromColumns() {
        String csv = """
                ruleSet,asOf,caseId,setting,phase,primaryNeed,complexityLevel,ncYear,locality,provision[0].description,provision[0].supportUnits,provision[1].description,provision[1].supportUnits,provision[1].oagItem
                ehcp-top-up,2025-09-01,P1,MAINSTREAM_SCHOOL,SCHOOL_AGE,ASD,3,5,North,TA,8,"Visual timetable, daily",2,autism.visual-timetable
                ehcp-top-up,2025-09-01,P2,SPECIAL_SCHOOL,SCHOOL_AGE,SLD,3,8,South,,,,,
                """;
        List<Request> cohort = CohortCsv.read(ENGINE, csv, null, null);
        EhcpTopUpCase p1 = (EhcpTopUpCase) cohort.get(0).caseData();
        assertEquals(2, p1.provision().size());
        assertEquals("Visual timetable, daily", p1.provision().get(1).description());
        assertEquals("autism.visual-timetable", p1.provision().get(1).oagItem());
        assertEquals(List.of(), ((EhcpTopUpCase) cohort.get(1).caseData()).provision());
        assertEquals(LocalDate.of(2025, 9, 1), cohort.get(0).asOf());
        // the same figures as the JSON cohort of EhcpSimulationTest: P1 12 units less the OAG line, here 8 counted
        assertEquals("8000.00", Simulation.of(ENGINE, cohort).policies(List.of("ws2-option-1")).run().current().byLocality().get("North")
                .topUp().toString());
    }

    @Test
    void everyError_namesItsRowAndColumn_andSaysWhatIsValid_allAtOnce() {
        String csv = SSPP_HEADER.replace("requestedSupportUnits", "requestedSupportUnit") + ",colour\n"
                + "S-1,SEN_SUPPORT,MAINSTREAM_SCHOOL,ASD,maybe,3,true,true,true,6,false,,North,blue\n"
                + "S-2,SEN_SUPPORT,CASTLE,SEMH,true,three,true,true,true,4,false,,North,red\n"
                + "S-3,SEN_SUPPORT,MAINSTREAM_SCHOOL\n"
                + "S-4,SEN_SUPPORT,MAINSTREAM_SCHOOL,ASD,true,45,true,true,true,6,false,,North,green\n"
                + "S-5,SEN_SUPPORT,MAINSTREAM_SCHOOL,ASD,true,4,true,true,true,6,false,bad/name,North,green\n";
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> CohortCsv.read(ENGINE, csv, "sspp-top-up", LocalDate.of(2026, 1, 15)));
        String all = problems(e);
        assertTrue(all.contains("row 1, column #10: unknown column for rule set sspp-top-up;"
                + " did you mean \"requestedSupportUnits\"?"), all);
        assertTrue(all.contains("row 1, column #14: unknown column"), all);
        assertTrue(all.contains("row 2, column parentalConsent: is not yes or no; must be true or false, yes or no, or y or n"), all);
        assertTrue(all.contains("row 3, column graduatedApproachCycles: must be a whole number"), all);
        // a cell's text is never repeated (it could be a name typed into the wrong column)
        for (String cell : List.of("\"yes\"", "three", "blue", "CASTLE")) {
            assertTrue(!all.contains(cell), cell + " repeated in: " + all);
        }
        assertTrue(e.violations().stream().anyMatch(v -> v.path().equals("row 3, column setting") && v.message().contains("MAINSTREAM_SCHOOL")),
                all);
        assertTrue(all.contains("row 4: has 3 cells; the header has 14"), all);
        assertTrue(e.violations().stream().anyMatch(v -> v.path().equals("row 5, column graduatedApproachCycles")), all);
        // a name list's item is reported in the list's one cell (the engine checks names once the case is otherwise whole)
        InvalidRequestException names = assertThrows(InvalidRequestException.class, () -> CohortCsv.read(ENGINE, SSPP_HEADER + "\n"
                + "S-5,SEN_SUPPORT,MAINSTREAM_SCHOOL,ASD,true,4,true,true,true,6,false,early-years;bad/name,North\n", "sspp-top-up",
                LocalDate.of(2026, 1, 15)));
        assertEquals("row 2, column cohorts", names.violations().get(0).path(), problems(names));
        assertTrue(names.violations().get(0).message().startsWith("item 2: must be a cohort name"), problems(names));
        // every row's case lacks requestedSupportUnits, whose column was misspelt: reported on each row, saying so
        assertTrue(all.contains("row 2, column requestedSupportUnits: is required (the file has no requestedSupportUnits column)"), all);
        assertTrue(e.violations().stream().allMatch(v -> v.path().startsWith("row ")), all);
    }

    @Test
    void aFileWithoutARuleSetOrDate_orWithTwo_isRefused() {
        InvalidRequestException none = assertThrows(InvalidRequestException.class, () -> CohortCsv.read(ENGINE, "caseId\nX\n", null, null));
        assertEquals(List.of("ruleSet", "asOf"), none.violations().stream().map(Violation::path).toList());
        assertTrue(none.violations().get(0).message().contains("add a ruleSet column or give --rule-set"));
        InvalidRequestException two = assertThrows(InvalidRequestException.class,
                () -> CohortCsv.read(ENGINE, "ruleSet,caseId\nsspp-top-up,A\nehcp-top-up,B\n", null, LocalDate.of(2026, 1, 15)));
        assertEquals("row 3, column ruleSet", two.violations().get(0).path());
        InvalidRequestException unknown = assertThrows(InvalidRequestException.class,
                () -> CohortCsv.read(ENGINE, "caseId\nA\n", "sspp-top-ups", LocalDate.of(2026, 1, 15)));
        assertTrue(unknown.violations().get(0).message().startsWith("is not a rule set; the rule sets are ["), problems(unknown));
        assertTrue(!problems(unknown).contains("sspp-top-ups"), "the given id is not repeated: " + problems(unknown));
        InvalidRequestException empty = assertThrows(InvalidRequestException.class,
                () -> CohortCsv.read(ENGINE, SSPP_HEADER + "\n", "sspp-top-up", LocalDate.of(2026, 1, 15)));
        assertTrue(problems(empty).contains("row 2: no cases"), problems(empty));
        InvalidRequestException quote = assertThrows(InvalidRequestException.class,
                () -> CohortCsv.read(ENGINE, "caseId\n\"open\n", "sspp-top-up", LocalDate.of(2026, 1, 15)));
        assertTrue(problems(quote).contains("row 2: a quoted cell is not closed"), problems(quote));
        InvalidRequestException repeated = assertThrows(InvalidRequestException.class,
                () -> CohortCsv.read(ENGINE, "caseId,caseId\nA,A\n", "sspp-top-up", LocalDate.of(2026, 1, 15)));
        assertTrue(problems(repeated).contains("row 1, column caseId: is repeated"), problems(repeated));
        InvalidRequestException named = assertThrows(InvalidRequestException.class,
                () -> CohortCsv.read(ENGINE, "caseId,Dorothea Smith 2014\nA,B\n", "sspp-top-up", LocalDate.of(2026, 1, 15)));
        assertTrue(problems(named).contains("row 1, column #2: unknown column"), problems(named));
        assertTrue(!problems(named).contains("Dorothea"), "a header that is not a plain name is named by its number: " + problems(named));
    }

    @Test
    void provisionItems_numberedFromZeroWithNoneMissing() {
        String csv = "caseId,setting,phase,primaryNeed,complexityLevel,ncYear,locality,provision[1].description,provision[1].supportUnits\n"
                + "P1,MAINSTREAM_SCHOOL,SCHOOL_AGE,ASD,3,5,North,TA,8\n";
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> CohortCsv.read(ENGINE, csv, "ehcp-top-up", LocalDate.of(2025, 9, 1)));
        assertTrue(problems(e).contains("row 2, column provision[0]: the items of provision are numbered from 0 with none missing"),
                problems(e));
    }

    @Test
    void aCouncilExtract_asItComes_extraColumnsIgnoredByNameOnce_headersMapped_yesNoRead_unlessStrict() {
        String csv = "UPN,Pupil ID,planStatus,setting,primaryNeed,Consent,graduatedApproachCycles,coCreatedWithSupportServices,"
                + "outsideAgencySupport,discussedAtMapMeeting,requestedSupportUnits,renewal,cohorts,locality,UPN,\n"
                + "A1,S-1,SEN_SUPPORT,MAINSTREAM_SCHOOL,ASD,Yes,3,Y,y,TRUE,6,No,,North,A1,x\n"
                + "A2,S-2,SEN_SUPPORT,MAINSTREAM_SCHOOL,ASD,n,3,yes,yes,yes,4,N,,North,A2,\n";
        Map<String, String> map = Map.of("Pupil ID", "caseId", "Consent", "parentalConsent");
        CohortCsv.Extract x = CohortCsv.read(ENGINE, csv, "sspp-top-up", LocalDate.of(2026, 1, 15), false, map);
        assertEquals(List.of("UPN", "#16 (no name)"), x.ignored(), "each left-out column named once, in file order");
        assertEquals(2, x.cases().size());
        org.senrules.funding.sspp.SsppCase first = (org.senrules.funding.sspp.SsppCase) x.cases().get(0).caseData();
        assertEquals("S-1", first.caseId());
        assertTrue(first.parentalConsent() && first.coCreatedWithSupportServices() && first.outsideAgencySupport() && !first.renewal());
        assertFalse(((org.senrules.funding.sspp.SsppCase) x.cases().get(1).caseData()).parentalConsent());

        InvalidRequestException strict = assertThrows(InvalidRequestException.class,
                () -> CohortCsv.read(ENGINE, csv, "sspp-top-up", LocalDate.of(2026, 1, 15), true, map));
        // an unknown column is named by its number: its header is the file's own text
        assertTrue(problems(strict).contains("row 1, column #1: unknown column for rule set sspp-top-up;"), problems(strict));
        // an error in a mapped column names the column as the file heads it
        InvalidRequestException bad = assertThrows(InvalidRequestException.class, () -> CohortCsv.read(ENGINE,
                csv.replace(",Yes,", ",perhaps,"), "sspp-top-up", LocalDate.of(2026, 1, 15), false, map));
        assertEquals("row 2, column Consent", bad.violations().get(0).path(), problems(bad));
        InvalidRequestException badMap = assertThrows(InvalidRequestException.class, () -> CohortCsv.read(ENGINE, csv, "sspp-top-up",
                LocalDate.of(2026, 1, 15), false, Map.of("Consent", "consent")));
        assertEquals("columns, Consent", badMap.violations().get(0).path());
        assertTrue(badMap.violations().get(0).message().startsWith("maps to \"consent\", which is not a field of sspp-top-up;"),
                problems(badMap));
    }
}
