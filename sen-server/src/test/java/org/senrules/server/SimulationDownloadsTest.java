package org.senrules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senrules.core.SenRules;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code POST /v1/simulations} over HTTP with its downloads: the workbook ({@code format=xlsx} or
 * its media type in {@code Accept}) opened and its cells read with an XML parser, CSV tables,
 * and a cohort sent as CSV, under a combined SSPP policy whose locality budgets bind. The
 * service runs with council budgets North £10,000 and South £5,000; the cohort and its figures
 * are LocalityBudgetsBindTest's (sen-simulation), by hand there.
 */
class SimulationDownloadsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
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
    private static DecisionService s;
    private static Path budgets;

    @BeforeAll
    static void start() throws Exception {
        budgets = Files.createTempFile("budgets", ".json");
        Files.writeString(budgets, """
                { "localityBudgets": [ { "from": "2025-04-01", "value": { "North": "10000.00", "South": "5000.00" }, "illustrative": true } ] }
                """);
        s = DecisionService.builder().port(0).engine(SenRules.builder().overrideParameters("sspp-top-up", budgets)).build().start();
        assertTrue(s.awaitReady(Duration.ofMinutes(5)), "the rules compile");
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
        Files.deleteIfExists(budgets);
    }

    /** The same cohort as JSON. */
    private static String jsonCohort(String... policies) throws Exception {
        StringBuilder cases = new StringBuilder();
        String[] head = HEADER.trim().split(",");
        for (String row : ROWS.trim().split("\n")) {
            String[] cells = row.split(",", -1);
            Map<String, Object> c = new LinkedHashMap<>();
            for (int i = 0; i < head.length; i++) {
                String v = cells[i];
                c.put(head[i], head[i].equals("cohorts") ? List.of() : v.equals("true") || v.equals("false") ? Boolean.valueOf(v)
                        : v.matches("\\d+") ? Integer.valueOf(v) : v);
            }
            cases.append(cases.length() == 0 ? "" : ",").append(JSON.writeValueAsString(c));
        }
        return "{\"ruleSet\": \"sspp-top-up\", \"asOf\": \"2026-01-15\", \"policies\": " + JSON.writeValueAsString(List.of(policies))
                + ", \"cases\": [" + cases + "]}";
    }

    private static HttpResponse<byte[]> post(String path, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.uri() + path.substring(1))).timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return Http.CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The workbook's sheets by name, each as rows of cell texts, read with an XML parser. */
    static Map<String, List<List<String>>> open(byte[] xlsx) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document workbook = f.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get("xl/workbook.xml")));
        Document rels = f.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get("xl/_rels/workbook.xml.rels")));
        Map<String, String> targets = new LinkedHashMap<>();
        NodeList rel = rels.getElementsByTagNameNS("*", "Relationship");
        for (int i = 0; i < rel.getLength(); i++) {
            Element e = (Element) rel.item(i);
            targets.put(e.getAttribute("Id"), e.getAttribute("Target"));
        }
        // text is in the shared strings table (a cell t="s" holds its index); numbers are numbers
        List<String> shared = new ArrayList<>();
        if (parts.containsKey("xl/sharedStrings.xml")) {
            NodeList si = f.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get("xl/sharedStrings.xml")))
                    .getElementsByTagNameNS("*", "si");
            for (int i = 0; i < si.getLength(); i++) {
                shared.add(si.item(i).getTextContent());
            }
        }
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        NodeList sheetList = workbook.getElementsByTagNameNS("*", "sheet");
        for (int i = 0; i < sheetList.getLength(); i++) {
            Element sheet = (Element) sheetList.item(i);
            String target = targets.get(sheet.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"));
            Document x = f.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get("xl/" + target)));
            List<List<String>> rows = new ArrayList<>();
            NodeList rowNodes = x.getElementsByTagNameNS("*", "row");
            for (int r = 0; r < rowNodes.getLength(); r++) {
                List<String> cells = new ArrayList<>();
                NodeList cs = ((Element) rowNodes.item(r)).getElementsByTagNameNS("*", "c");
                for (int c = 0; c < cs.getLength(); c++) {
                    Element cell = (Element) cs.item(c);
                    int column = column(cell.getAttribute("r"));
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    String text = cell.getTextContent();
                    cells.add(cell.getAttribute("t").equals("s") ? shared.get(Integer.parseInt(text))
                            : cell.getAttribute("t").equals("b") ? String.valueOf(text.equals("1"))
                            : cell.getAttribute("t").isEmpty() || cell.getAttribute("t").equals("n")
                            ? new java.math.BigDecimal(text).setScale(2).toPlainString() : text);
                }
                rows.add(cells);
            }
            sheets.put(sheet.getAttribute("name"), rows);
        }
        return sheets;
    }

    private static int column(String ref) {
        int n = 0;
        for (char ch : ref.toCharArray()) {
            if (Character.isLetter(ch)) {
                n = n * 26 + (ch - 'A' + 1);
            }
        }
        return n - 1;
    }

    @Test
    void theWorkbook_isADownloadWhoseCellsHoldTheFigures() throws Exception {
        // current: 7 cases, 6 considered (S-3 has no consent), 5 eligible (N-4, OTH, has no central group), 21 units
        HttpResponse<byte[]> r = post("/v1/simulations?format=xlsx", "application/json", jsonCohort("dbv-option-6/dbv-option-4"));
        assertEquals(200, r.statusCode(), text(r));
        assertEquals(XLSX, r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"simulation.xlsx\"", r.headers().firstValue("Content-Disposition").orElseThrow());
        Map<String, List<List<String>>> book = open(r.body());
        assertEquals(List.of("Read me", "Summary", "Option by option", "Areas of need", "Localities", "Winners and losers",
                "Unfunded requests"),
                List.copyOf(book.keySet()));
        List<List<String>> summary = book.get("Summary");
        assertEquals(List.of("Policy", "What it does", "Cases", "Considered", "Eligible", "Support units", "Total top-up (£)",
                "Change against current (£)"),
                summary.get(0).subList(0, 8));
        assertEquals(List.of("current", "7.00", "6.00", "5.00", "21.00", "21000.00", "0.00"), List.of(summary.get(1).get(0), summary.get(1).get(2),
                summary.get(1).get(3), summary.get(1).get(4), summary.get(1).get(5), summary.get(1).get(6), summary.get(1).get(7)));
        assertEquals(List.of("dbv-option-6/dbv-option-4", "13000.00", "-8000.00"), List.of(summary.get(2).get(0), summary.get(2).get(6),
                summary.get(2).get(7)));
        assertEquals(List.of(List.of("Policy", "Locality", "Case", "Top-up unfunded (£)", "Budget left at its turn (£)"),
                List.of("dbv-option-6/dbv-option-4", "North", "N-3", "3000.00", "2000.00"),
                List.of("dbv-option-6/dbv-option-4", "South", "S-2", "2000.00", "1000.00")), book.get("Unfunded requests"));
        HttpResponse<byte[]> accepted = post("/v1/simulations", "application/json", jsonCohort("dbv-option-6/dbv-option-4"), "Accept", XLSX);
        assertEquals(XLSX, accepted.headers().firstValue("Content-Type").orElseThrow(), "asked for by Accept");
        assertTrue(java.util.Arrays.equals(r.body(), accepted.body()), "the same bytes for the same simulation");
    }

    @Test
    void aCsvCohort_withItsRuleSetDateAndPoliciesInTheQuery_answersTheSummaryAndEachTable() throws Exception {
        String csv = HEADER + ROWS;
        HttpResponse<byte[]> r = post("/v1/simulations?ruleSet=sspp-top-up&asOf=2026-01-15&policies=dbv-option-6,dbv-option-6/dbv-option-4",
                "text/csv", csv);
        assertEquals(200, r.statusCode(), text(r));
        JsonNode sim = JSON.readTree(r.body());
        assertEquals(7, sim.get("cases").asInt());
        assertEquals("14000.00", sim.at("/policies/1/topUp").asText(), "option 6: North 10,000, South 4,000");
        assertEquals("N-2", sim.at("/policies/1/unfunded/0/caseId").asText());
        assertEquals("dbv-option-6/dbv-option-4", sim.at("/policies/2/policy").asText());
        assertEquals(2, sim.at("/policies/1/winnersAndLosers/all/loseOver1000").asInt());
        HttpResponse<byte[]> unfunded = post("/v1/simulations?format=csv&table=unfunded&ruleSet=sspp-top-up&asOf=2026-01-15"
                + "&policies=dbv-option-6", "text/csv", csv);
        assertEquals(200, unfunded.statusCode(), text(unfunded));
        assertEquals("attachment; filename=\"unfunded.csv\"", unfunded.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("policy,locality,caseId,topUpUnfunded,budgetLeftAtItsTurn\ndbv-option-6,North,N-2,6000.00,4000.00\n"
                + "dbv-option-6,South,S-2,2000.00,1000.00\n", text(unfunded));
        HttpResponse<byte[]> losers = post("/v1/simulations?table=winners-losers&ruleSet=sspp-top-up&asOf=2026-01-15&policies=dbv-option-6",
                "text/csv", csv, "Accept", "text/csv");
        assertTrue(text(losers).contains("dbv-option-6,setting,nursery school,0,1,1,0,0,0,0.00,2000.00\n"), text(losers));
    }

    @Test
    void theRuleSetSaysWhichPoliciesCombine_andWhichAreDeclaredCostNeutral() throws Exception {
        JsonNode detail = JSON.readTree(Http.get(s, "/v1/rule-sets/sspp-top-up").body());
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        detail.get("policies").forEach(p -> byName.put(p.get("name").asText(), p));
        assertEquals("[\"dbv-option-2\",\"dbv-option-3\",\"dbv-option-4\",\"dbv-option-4a\",\"dbv-option-5\"]",
                byName.get("dbv-option-6").get("combinesWith").toString());
        assertTrue(byName.get("dbv-option-2").path("costNeutral").asBoolean());
        assertTrue(byName.get("dbv-option-4").path("costNeutral").isMissingNode());
    }

    @Test
    void badCsv_badCombinations_andBadQueries_areRefusedWithWhatIsValid() throws Exception {
        HttpResponse<byte[]> bad = post("/v1/simulations?ruleSet=sspp-top-up&asOf=2026-01-15", "text/csv",
                HEADER.replace("renewal", "renew") + "N-1,SEN_SUPPORT,MAINSTREAM_SCHOOL,ASD,true,three,true,true,true,6,false,,North\n");
        assertEquals(422, bad.statusCode(), text(bad));
        JsonNode rejection = JSON.readTree(bad.body());
        assertEquals("invalid-request", rejection.path("error").asText());
        List<String> paths = new ArrayList<>();
        rejection.path("violations").forEach(v -> paths.add(v.path("path").asText()));
        // an unknown column is named by its number: its header is the file's own text
        assertTrue(paths.containsAll(List.of("row 1, column #11", "row 2, column graduatedApproachCycles")), paths.toString());
        assertTrue(rejection.toString().contains("did you mean \\\"renewal\\\"?"), rejection.toString());

        HttpResponse<byte[]> combo = post("/v1/simulations", "application/json", jsonCohort("dbv-option-6/dbv-option-1"));
        assertEquals(422, combo.statusCode(), text(combo));
        assertEquals("policies[0]", JSON.readTree(combo.body()).at("/violations/0/path").asText());
        assertTrue(text(combo).contains("dbv-option-6/dbv-option-2"), "the combinations that are allowed are listed: " + text(combo));
        assertFalse(text(combo).contains("dbv-option-6/dbv-option-1"), "the one given is not repeated: " + text(combo));

        HttpResponse<byte[]> notBound = post("/v1/simulations?format=csv&table=unfunded", "application/json", jsonCohort("dbv-option-4"));
        assertEquals(400, notBound.statusCode(), text(notBound));
        assertTrue(text(notBound).contains("no locality budget bound"), text(notBound));
        HttpResponse<byte[]> format = post("/v1/simulations?format=pdf", "application/json", jsonCohort());
        assertEquals(400, format.statusCode());
        assertTrue(text(format).contains("json, csv or xlsx"), text(format));
        HttpResponse<byte[]> xlsxTable = post("/v1/simulations?format=xlsx&table=summary", "application/json", jsonCohort());
        assertEquals(400, xlsxTable.statusCode());
        HttpResponse<byte[]> queryOnJson = post("/v1/simulations?ruleSet=sspp-top-up", "application/json", jsonCohort());
        assertEquals(400, queryOnJson.statusCode());
        assertTrue(text(queryOnJson).contains("ruleSet in the query is for a CSV cohort"), text(queryOnJson));
        HttpResponse<byte[]> tolerance = post("/v1/simulations?costNeutralTolerance=lots", "application/json", jsonCohort());
        assertEquals(400, tolerance.statusCode());
    }
}
