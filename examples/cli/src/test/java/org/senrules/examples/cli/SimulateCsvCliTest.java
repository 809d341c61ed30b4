package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sen simulate COHORT.csv}: a council's CSV extract, a combined SSPP policy whose locality
 * budgets bind, the report in £m with the data behind every chart, and the workbook beside the CSVs.
 * The cohort is LocalityBudgetsBindTest's (sen-simulation), figures by hand there.
 */
class SimulateCsvCliTest {
    private static final String HEADER = "caseId,planStatus,setting,primaryNeed,parentalConsent,graduatedApproachCycles,"
            + "coCreatedWithSupportServices,outsideAgencySupport,discussedAtMapMeeting,requestedSupportUnits,renewal,cohorts,locality\n";
    private static final String ROWS = """
            N-1,SEN_SUPPORT,MAINSTREAM_SCHOOL,ASD,true,3,true,true,true,6,false,,North
            N-2,SEN_SUPPORT,MAINSTREAM_SCHOOL,SEMH,true,3,true,true,true,6,false,,North
            N-3,SEN_SUPPORT,MAINSTREAM_SCHOOL,MLD,true,3,true,true,true,3,false,,North
            N-4,SEN_SUPPORT,MAINSTREAM_SCHOOL,OTH,true,3,true,true,true,1,false,,North
            S-1,SEN_SUPPORT,MAINSTREAM_SCHOOL,ASD,true,3,true,true,true,4,false,,South
            S-2,SEN_SUPPORT,NURSERY_SCHOOL,SLCN,true,3,true,true,true,2,false,,South
            S-3,SEN_SUPPORT,MAINSTREAM_SCHOOL,SEMH,false,3,true,true,true,5,false,,South
            """;

    @TempDir
    Path dir;

    private Path budgets() throws Exception {
        return Files.writeString(dir.resolve("budgets.json"), """
                { "localityBudgets": [ { "from": "2025-04-01", "value": { "North": "10000.00", "South": "5000.00" }, "illustrative": true } ] }
                """);
    }

    @Test
    void aCsvCohort_underACombinedPolicy_bindsTheBudgets_andWritesTheWorkbook() throws Exception {
        Path csv = Files.writeString(dir.resolve("cohort.csv"), HEADER + ROWS);
        Path out = dir.resolve("out");
        Sen.Result r = Sen.inProcess("simulate", csv.toString(), "--rule-set", "sspp-top-up", "--as-of", "2026-01-15", "--policies",
                "dbv-option-6/dbv-option-4", "--parameters", "sspp-top-up=" + budgets(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("£0.021m"), "current, £21,000, in £m: " + r.out());
        assertTrue(r.out().contains("dbv-option-6/dbv-option-4"), r::toString);
        assertTrue(r.out().contains("2 eligible requests unfunded when their locality's budget was used (£5,000.00)"), r::toString);
        assertTrue(r.out().contains("1 have no funding either way"), r::toString);
        assertTrue(r.out().contains("simulation.xlsx"), r::toString);
        assertEquals("policy,locality,caseId,topUpUnfunded,budgetLeftAtItsTurn\n"
                + "dbv-option-6/dbv-option-4,North,N-3,3000.00,2000.00\ndbv-option-6/dbv-option-4,South,S-2,2000.00,1000.00\n",
                Files.readString(out.resolve("unfunded.csv")));
        assertTrue(Files.readString(out.resolve("summary.csv")).contains(",21000.00,"), "exact pence stay in the CSV");
        byte[] xlsx = Files.readAllBytes(out.resolve("simulation.xlsx"));
        assertEquals('P', xlsx[0]);
        assertEquals('K', xlsx[1]);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<figcaption id=\"figure-1\"><b>Figure 1. Total top-up by policy, a full year at the values in force on"), "titled and captioned charts");
        assertTrue(html.split("<figure ").length - 1 == html.split("Figures of the chart|<caption>dbv-option-6/dbv-option-4 by locality|"
                + "<caption>The forecast").length - 1, "a table behind every chart");
        assertTrue(html.contains("keep the same funding") && html.contains("no funding either way"), "kept apart");
        assertTrue(html.contains("<code>dbv-option-6/dbv-option-4</code></th><td>Locality-led decisions"), "code and name");
        assertTrue(html.contains("url(#lose)") && html.contains("<pattern id=\"lose\""), "patterned, not colour alone");
        assertTrue(html.contains("unfunded.csv"), "the unfunded requests are listed in a file");
    }

    @Test
    void aBadCsv_isRefusedWithEveryErrorByRowAndColumn_nothingDecided() throws Exception {
        Path csv = Files.writeString(dir.resolve("bad.csv"), HEADER.replace("locality", "localty")
                + "N-1,SEN_SUPPORT,MAINSTREAM_SCHOOL,ASD,maybe,3,true,true,true,6,false,,North\n");
        Sen.Result r = Sen.inProcess("simulate", csv.toString(), "--rule-set", "sspp-top-up", "--as-of", "2026-01-15", "--strict");
        assertEquals(2, r.exit(), r::toString);
        JsonNode rejection = CliTest.JSON.readTree(r.out());
        assertEquals("invalid-request", rejection.path("error").asText());
        String all = rejection.path("violations").toString();
        // an unknown column is named by its number, and no cell is repeated: both are the file's own text
        assertTrue(all.contains("\"path\":\"row 1, column #13\"") && all.contains("did you mean \\\"locality\\\"?"), all);
        assertTrue(all.contains("\"path\":\"row 2, column parentalConsent\",\"message\":\"is not yes or no; must be true or false, yes "
                + "or no, or y or n\""), all);
        assertTrue(!all.contains("maybe") && !all.contains("localty"), all);
    }

    @Test
    void aCouncilExtract_withExtraColumnsMappedHeadersAndYesNo_isSimulated_theLeftOutColumnsNamed() throws Exception {
        Path csv = Files.writeString(dir.resolve("extract.csv"), HEADER.strip().replace("caseId", "Pupil ID") + ",schoolName\n"
                + "N-1,SEN_SUPPORT,MAINSTREAM_SCHOOL,ASD,Yes,3,Y,y,yes,6,No,,North,Oak Primary\n");
        Path map = Files.writeString(dir.resolve("columns.json"), "{ \"Pupil ID\": \"caseId\" }");
        Sen.Result r = Sen.inProcess("simulate", csv.toString(), "--rule-set", "sspp-top-up", "--as-of", "2026-01-15", "--columns",
                map.toString(), "--policies", "dbv-option-4", "--quiet");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().contains("extract.csv: columns that are not case fields, left out (--strict refuses them; --columns FILE maps "
                + "a header to a field): schoolName"), r::toString);
        assertTrue(r.out().contains("Simulation of sspp-top-up 1.0.0 over 1 cases"), r::toString);
        Sen.Result strict = Sen.inProcess("simulate", csv.toString(), "--rule-set", "sspp-top-up", "--as-of", "2026-01-15", "--columns",
                map.toString(), "--strict");
        assertEquals(2, strict.exit(), strict::toString);
        assertTrue(strict.out().contains("row 1, column #14"), strict::toString);
    }

    @Test
    void csvOptions_onAJsonCohort_anUnknownCombination_andABadTolerance_areUsageErrors() throws Exception {
        Path json = Files.writeString(dir.resolve("c.json"), "{\"ruleSet\": \"sspp-top-up\", \"asOf\": \"2026-01-15\", \"cases\": []}");
        Sen.Result rs = Sen.inProcess("simulate", json.toString(), "--rule-set", "sspp-top-up");
        assertEquals(2, rs.exit(), rs::toString);
        assertTrue(rs.err().contains("--rule-set is for a CSV cohort"), rs::toString);
        Path csv = Files.writeString(dir.resolve("cohort.csv"), HEADER + ROWS);
        Sen.Result combo = Sen.inProcess("simulate", csv.toString(), "--rule-set", "sspp-top-up", "--as-of", "2026-01-15", "--policies",
                "dbv-option-6/dbv-option-1");
        assertEquals(2, combo.exit(), combo::toString);
        assertTrue(combo.err().contains("unknown policy combination \"dbv-option-6/dbv-option-1\""), combo::toString);
        Sen.Result tolerance = Sen.inProcess("simulate", csv.toString(), "--rule-set", "sspp-top-up", "--as-of", "2026-01-15",
                "--cost-neutral-tolerance", "half");
        assertEquals(2, tolerance.exit(), tolerance::toString);
        assertTrue(tolerance.err().contains("--cost-neutral-tolerance is a percentage"), tolerance::toString);
    }
}
