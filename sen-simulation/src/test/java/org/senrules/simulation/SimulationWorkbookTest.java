package org.senrules.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.senrules.core.Request;
import org.senrules.core.SenRules;

/**
 * {@code simulation.xlsx}: the CSV tables as sheets, cells typed (money and counts numbers, text
 * inline strings), the same bytes every time. The service's end-to-end test opens a downloaded
 * workbook with an XML parser; here the parts are read directly.
 */
class SimulationWorkbookTest {
    private static final SenRules ENGINE = SenRules.builder().build();
    private static final Pattern CELL = Pattern.compile("<c r=\"([A-Z]+)(\\d+)\"( s=\"\\d\")?( t=\"inlineStr\")?( s=\"\\d\")?>"
            + "(?:<v>([^<]*)</v>|<is><t xml:space=\"preserve\">([^<]*)</t></is>)</c>");

    static Map<String, String> parts(byte[] xlsx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    /** A sheet's rows as the cell texts, each number as written. */
    static List<List<String>> cells(String sheetXml) {
        List<List<String>> rows = new ArrayList<>();
        Matcher m = CELL.matcher(sheetXml);
        while (m.find()) {
            int row = Integer.parseInt(m.group(2));
            while (rows.size() < row) {
                rows.add(new ArrayList<>());
            }
            int col = m.group(1).charAt(m.group(1).length() - 1) - 'A' + 26 * (m.group(1).length() - 1);
            List<String> r = rows.get(row - 1);
            while (r.size() < col) {
                r.add("");
            }
            r.add(m.group(6) != null ? m.group(6) : m.group(7).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\""));
        }
        return rows;
    }

    private static Simulation.Result result() {
        List<Request> cohort = ENGINE.json().read("""
                { "ruleSet": "sspp-top-up", "asOf": "2026-01-15", "cases": [
                  { "caseId": "=HYPERLINK(\\"x\\")", "planStatus": "SEN_SUPPORT", "setting": "MAINSTREAM_SCHOOL", "primaryNeed": "ASD",
                    "parentalConsent": true, "graduatedApproachCycles": 3, "coCreatedWithSupportServices": true,
                    "outsideAgencySupport": true, "discussedAtMapMeeting": true, "requestedSupportUnits": 6,
                    "renewal": false, "cohorts": [], "locality": "North" } ] }
                """);
        return Simulation.of(ENGINE, cohort).policies(List.of("dbv-option-4")).run();
    }

    @Test
    void theWorkbookHoldsTheCsvTables_asTypedCells() throws IOException {
        Simulation.Result r = result();
        Map<String, String> parts = parts(SimulationFiles.xlsx(r));
        assertTrue(parts.keySet().containsAll(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "xl/worksheets/sheet1.xml")), parts.keySet().toString());
        String workbook = parts.get("xl/workbook.xml");
        List<String> sheetNames = new ArrayList<>();
        Matcher m = Pattern.compile("<sheet name=\"([^\"]+)\"").matcher(workbook);
        while (m.find()) {
            sheetNames.add(m.group(1));
        }
        assertEquals(List.of("Read me", "Summary", "Areas of need", "Localities", "Winners and losers"), sheetNames);
        List<List<String>> summary = cells(parts.get("xl/worksheets/sheet2.xml"));
        String[] csv = SimulationFiles.csv(r, SimulationFiles.Table.SUMMARY).split("\n");
        assertEquals(List.of(csv[0].split(",")), summary.get(0), "the same columns as summary.csv");
        assertEquals("current", summary.get(1).get(0));
        assertEquals("6000.00", summary.get(1).get(6), "current's top-up: 6 units at £1,000, exact");
        assertEquals("-2000.00", summary.get(2).get(7), "option 4 caps at 4 units: -£2,000");
        assertTrue(parts.get("xl/worksheets/sheet2.xml").contains("<c r=\"G2\" s=\"2\"><v>6000.00</v></c>"), "money is a number, two decimals");
        assertTrue(parts.get("xl/worksheets/sheet2.xml").contains("<c r=\"C2\"><v>1</v></c>"), "a count is a number");
        List<List<String>> readMe = cells(parts.get("xl/worksheets/sheet1.xml"));
        assertEquals(List.of("rule set", "sspp-top-up " + r.ruleSetVersion()), readMe.get(1));
    }

    @Test
    void theSameResult_givesTheSameBytes() {
        assertArrayEquals(SimulationFiles.xlsx(result()), SimulationFiles.xlsx(result()));
    }

    @Test
    void columnsBeyondZ() {
        assertEquals(List.of("A", "Z", "AA", "AB", "AZ", "BA"), List.of(XlsxWriter.column(0), XlsxWriter.column(25), XlsxWriter.column(26),
                XlsxWriter.column(27), XlsxWriter.column(51), XlsxWriter.column(52)));
    }
}
