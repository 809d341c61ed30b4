package org.senrules.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.domain.Setting;
import org.senrules.core.internal.json.LocatedJson;
import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.ParameterType;

/**
 * A values sheet holds every kind of value a declaration does and reads back as the same JSON
 * entries; a mistake in a cell is the JSON's message, at the cell's row and column.
 */
class ValuesSheetTest {
    static final Map<String, ParameterSpec> SPECS = new LinkedHashMap<>();

    static {
        List.of(ParameterSpec.builder("unitValue", ParameterType.MONEY).description("d").unit("£ per unit").build(),
                ParameterSpec.integer("cap", 1, 40, "d").orNone().toBuilder().unit("Support Units").build(),
                ParameterSpec.of("ceased", ParameterType.FLAG, "d"),
                ParameterSpec.of("area", ParameterType.TEXT, "d").orNone(),
                ParameterSpec.of("cohorts", ParameterType.TEXT_LIST, "d"),
                ParameterSpec.oneOf("model", Setting.class, "d"),
                ParameterSpec.listOf("settings", Setting.class, "d"),
                ParameterSpec.builder("budgets", ParameterType.MONEY_BY_KEY).description("d").unit("£ a year").build(),
                ParameterSpec.of("weeks", ParameterType.INTEGER_BY_KEY, "d"),
                ParameterSpec.of("bands", ParameterType.INTEGER_LIST_BY_KEY, "d"),
                ParameterSpec.of("classes", ParameterType.TEXT_BY_KEY, "d")).forEach(s -> SPECS.put(s.name(), s));
    }

    /** A declaration's values, as a parameter file and a policy file hold them. */
    static final String VALUES = """
            {
              "unitValue": [
                { "from": "2024-04-01", "until": "2025-03-31", "value": "950.00", "illustrative": true, "note": "A note, with a comma and \\"quotes\\"" },
                { "from": "2025-04-01", "value": "1000.00", "illustrative": false, "note": "two\\nlines" } ],
              "cap": [ { "from": "2025-04-01", "value": null, "illustrative": false } ],
              "ceased": [ { "from": "2025-04-01", "value": false, "illustrative": false } ],
              "area": [ { "from": "2025-06-01", "intended": true, "value": "Wyvern Vale", "illustrative": false },
                        { "from": "2024-04-01", "until": "2025-05-31", "intended": false, "value": "  ", "illustrative": false } ],
              "cohorts": [ { "from": "2025-04-01", "value": [], "illustrative": true } ],
              "model": [ { "from": "2025-04-01", "value": "SPECIAL_SCHOOL", "illustrative": false } ],
              "settings": [ { "from": "2025-04-01", "value": ["NURSERY_SCHOOL", "MAINSTREAM_SCHOOL"], "illustrative": false } ],
              "budgets": [ { "from": "2025-04-01", "value": { "North": "1850000.00", "South": "2100000.00" }, "illustrative": true, "note": "Examples" } ],
              "weeks": [ { "from": "2025-04-01", "value": { "review": 12, "decision": 6 }, "illustrative": true } ],
              "bands": [ { "from": "2025-04-01", "value": { "A": [1, 2, 3, 4], "B": [1, 2, 4, 5] }, "illustrative": true } ],
              "classes": [ { "from": "2025-04-01", "value": { "ASD": "A", "SEMH": "C" }, "illustrative": false } ]
            }""";
    static final String POLICIES = """
            {
              "option-4": { "title": "t", "source": "s", "parameters": {
                "cap": [ { "from": "2025-04-01", "value": 4, "illustrative": false, "note": "e.g. 4 SU" } ],
                "ceased": [ { "from": "2025-04-01", "value": true, "illustrative": false } ] } }
            }""";

    static List<ValuesSheet.Section> sections(String values, String policies) {
        List<ValuesSheet.Section> out = new ArrayList<>();
        for (String[] file : List.of(new String[] {values, "false"}, new String[] {policies, "true"})) {
            ValuesSheet.Values.of(file[0], "f.json", Boolean.parseBoolean(file[1])).byPolicy().forEach((policy, params) ->
                    params.forEach((name, entries) -> out.add(new ValuesSheet.Section(policy, name, entries))));
        }
        return out;
    }

    static ValuesSheet read(String text, List<RuleSetProblem> problems) {
        return ValuesSheet.read(text, "v.values.csv", problems);
    }

    @Test
    void everyKindOfValue_writtenAndReadBack_isTheSameEntries() {
        // a text value of blanks cannot be written (it would read back as no value): refused when written, naming it
        String values = VALUES.replace("\"value\": \"  \"", "\"value\": \"Birmingham\"");
        String text = ValuesSheet.write("v.values.csv", sections(values, POLICIES), SPECS);
        assertTrue(text.startsWith("policy,parameter,from,until,key,value,unit,illustrative,not 1 April on purpose,note\n"), text);
        assertTrue(text.contains("current,budgets,2025-04-01,,North,1850000.00,£ a year,yes,,Examples\n"
                + "current,budgets,2025-04-01,,South,2100000.00,£ a year,yes,,\n"), text);
        assertTrue(text.contains("current,cap,2025-04-01,,,none,Support Units,no,,\n"), text);
        assertTrue(text.contains("current,bands,2025-04-01,,A,1; 2; 3; 4,,yes,,\n"), text);
        assertTrue(text.contains("current,cohorts,2025-04-01,,,empty,,yes,,\n"), text);
        assertTrue(text.contains("option-4,cap,2025-04-01,,,4,Support Units,no,,e.g. 4 SU\n"), text);
        assertTrue(text.contains("\"A note, with a comma and \"\"quotes\"\"\""), text);

        List<RuleSetProblem> problems = new ArrayList<>();
        ValuesSheet sheet = read(text, problems);
        assertNotNull(sheet, problems.toString());
        Map<String, Map<String, JsonNode>> back = sheet.asJson(SPECS);
        for (ValuesSheet.Section s : sections(values, POLICIES)) {
            assertTrue(ValuesSheet.same(s.entries(), back.get(s.policy()).get(s.parameter())), s + " read back as "
                    + back.get(s.policy()).get(s.parameter()));
        }
        // and the engine reads the same dated values from the sheet as from the file
        Map<String, List<ParameterEntry>> fromSheet = sheet.timelines("current", SPECS, Map.of(), "default", problems);
        Map<String, List<ParameterEntry>> fromFile = ParameterFile.read(values, "f.json", "default", SPECS, new ArrayList<>());
        assertEquals(withoutPlace(fromFile), withoutPlace(fromSheet));
        assertEquals(List.of(), problems.stream().filter(p -> p.severity() == RuleSetProblem.Severity.ERROR).toList());
    }

    private static Map<String, List<List<Object>>> withoutPlace(Map<String, List<ParameterEntry>> timelines) {
        Map<String, List<List<Object>>> out = new LinkedHashMap<>();
        timelines.forEach((k, v) -> out.put(k, v.stream().map(e -> java.util.Arrays.asList(e.from(), e.until(), e.value(),
                e.illustrative(), e.origin())).toList()));
        return out;
    }

    @Test
    void aValueNoSheetCanHold_isRefusedWhenWritten_notFoundOutLater() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ValuesSheet.write("v.values.csv", sections(VALUES, POLICIES), SPECS));
        assertTrue(e.getMessage().startsWith("the values of area cannot be written as a sheet"), e.getMessage());
    }

    /** The same mistake in a parameter file and in a sheet: the same message, at the file's line and at the sheet's row and column. */
    @Test
    void aMistakeInACell_isTheJsonMessage_atItsRowAndColumn() {
        String header = "policy,parameter,from,until,key,value,unit,illustrative,note\n";
        assertSame("\"cap\": [ { \"from\": \"2025-04-01\", \"value\": 0, \"illustrative\": false } ]",
                header + "current,cap,2025-04-01,,,0,,no,\n", "v.values.csv:2: column F (value): ");
        assertSame("\"unitValue\": [ { \"from\": \"2025-04-01\", \"value\": \"1025.5\", \"illustrative\": true } ]",
                header + "current,unitValue,2025-04-01,,,1025.5,£ per unit,yes,\n", "v.values.csv:2: column F (value): ");
        assertSame("\"unitValue\": [ { \"from\": \"2025-04-01\", \"value\": \"1000.00\" } ]",
                header + "current,unitValue,2025-04-01,,,1000.00,,,\n", "v.values.csv:2: column H (illustrative): ");
        assertSame("\"unitValue\": [ { \"from\": \"01/04/2025\", \"value\": \"1000.00\", \"illustrative\": true } ]",
                header + "current,unitValue,01/04/2025,,,1000.00,,yes,\n", "v.values.csv:2: column C (from): ");
        assertSame("\"unitValue\": [ { \"from\": \"2025-04-01\", \"until\": \"2025-03-01\", \"value\": \"1000.00\", \"illustrative\": true } ]",
                header + "current,unitValue,2025-04-01,2025-03-01,,1000.00,,yes,\n", "v.values.csv:2: column D (until): ");
        assertSame("\"settings\": [ { \"from\": \"2025-04-01\", \"value\": [\"MAINSTREAM\"], \"illustrative\": true } ]",
                header + "current,settings,2025-04-01,,,MAINSTREAM,,yes,\n", "v.values.csv:2: column F (value): ");
        assertSame("\"ceased\": [ { \"from\": \"2025-04-01\", \"value\": \"maybe\", \"illustrative\": true } ]",
                header + "current,ceased,2025-04-01,,,maybe,,yes,\n", "v.values.csv:2: column F (value): ");
        assertSame("\"capp\": [ { \"from\": \"2025-04-01\", \"value\": 4, \"illustrative\": true } ]",
                header + "current,capp,2025-04-01,,,4,,yes,\n", "v.values.csv:2: column B (parameter): ");
        // two values from one date, and a gap between two dated values: at the later one's row
        assertSame("\"unitValue\": [ { \"from\": \"2025-04-01\", \"value\": \"1.00\", \"illustrative\": true },\n"
                        + "{ \"from\": \"2025-04-01\", \"value\": \"2.00\", \"illustrative\": true } ]",
                header + "current,unitValue,2025-04-01,,,1.00,,yes,\ncurrent,unitValue,2025-04-01,,,2.00,,yes,\n",
                "v.values.csv:3: column C (from): ");
        assertSame("\"unitValue\": [ { \"from\": \"2024-04-01\", \"until\": \"2024-12-31\", \"value\": \"1.00\", \"illustrative\": true },\n"
                        + "{ \"from\": \"2025-04-01\", \"value\": \"2.00\", \"illustrative\": true } ]",
                header + "current,unitValue,2024-04-01,2024-12-31,,1.00,,yes,\ncurrent,unitValue,2025-04-01,,,2.00,,yes,\n",
                "v.values.csv:3: column C (from): ");
        // a table's key: the row of that key
        assertSame("\"budgets\": [ { \"from\": \"2025-04-01\", \"value\": { \"North\": \"1.00\", \"South\": \"-5.00\" }, \"illustrative\": true } ]",
                header + "current,budgets,2025-04-01,,North,1.00,,yes,\ncurrent,budgets,2025-04-01,,South,-5.00,,yes,\n",
                "v.values.csv:3: column F (value): ");
    }

    /** Reads {@code json} (the members of a parameter file) and {@code sheet}: one problem each, the same message. */
    private static void assertSame(String json, String sheet, String sheetPlace) {
        List<RuleSetProblem> fromJson = new ArrayList<>();
        ParameterFile.read("{\n" + json + "\n}", "p.json", "default", SPECS, fromJson);
        List<RuleSetProblem> fromSheet = new ArrayList<>();
        ValuesSheet s = read(sheet, fromSheet);
        assertNotNull(s, fromSheet.toString());
        s.timelines("current", SPECS, Map.of(), "default", fromSheet);
        assertEquals(1, fromJson.size(), fromJson.toString());
        assertEquals(1, fromSheet.size(), fromSheet.toString());
        assertEquals("error: " + sheetPlace + fromJson.get(0).message(), fromSheet.get(0).toString());
    }

    @Test
    void whatOnlyASheetCanGetWrong_isNamedByRowAndColumn() {
        String header = "policy,parameter,from,until,key,value,unit,illustrative,note\n";
        assertEquals("error: v.values.csv:2: column E (key): cap: is not a table, so its rows have no key; a key belongs to a table's rows",
                one(header + "current,cap,2025-04-01,,North,4,,no,\n"));
        assertEquals("error: v.values.csv:2: column E (key): budgets: is a table, so each row gives the key its value is for",
                one(header + "current,budgets,2025-04-01,,,4.00,,no,\n"));
        assertTrue(one(header + "current,budgets,2025-04-01,,North,4.00,,no,\ncurrent,budgets,2025-04-01,,South,4.00,,yes,\n")
                .startsWith("error: v.values.csv:3: column H (illustrative): budgets: the rows of one dated table (from 2025-04-01, rows 2 to 3)"
                        + " share their illustrative"));
        assertTrue(one(header + "current,budgets,2025-04-01,,North,4.00,,no,\ncurrent,budgets,2025-04-01,,North,5.00,,no,\n")
                .startsWith("error: v.values.csv:3: column E (key): budgets: key North is given twice"));
        assertTrue(one(header + "current,cap,2025-04-01,,,4,months,no,\n")
                .startsWith("error: v.values.csv:2: column G (unit): cap: the unit is \"Support Units\", not \"months\""));
        // the layout
        assertTrue(layout("policy,parameter,from,until,key,value,unit,illustrative,note,my notes\n")
                .startsWith("error: v.values.csv:1: column J: \"my notes\" is not a column of a values sheet"));
        assertTrue(layout("policy,parameter,from,until,key,value,unit,illustrative\n")
                .startsWith("error: v.values.csv:1: the header has no column \"note\""));
        assertTrue(layout(header + "current,cap,2025-04-01,,,4,,no,\"unclosed\n")
                .startsWith("error: v.values.csv:2: column I: a double quote opens a cell that is never closed"));
        assertTrue(layout(header + "current,cap,2025-04-01,,,4,,no,\"a\nb\"\ncurrent,cap,2025-04-01,,,4,,no,5\"\n")
                .startsWith("error: v.values.csv:3: column I: a double quote inside a cell that does not start with one"));
        assertTrue(layout(header + "current,cap,2025-04-01,,\"\"x,4,,no,\n")
                .startsWith("error: v.values.csv:2: column E: text after the closing double quote of a cell"));
        assertTrue(layout(header + "current,cap,2025-04-01,,,4,,no,note,extra\n")
                .startsWith("error: v.values.csv:2: column J: this row has 10 cells, but the header names 9 columns"));
    }

    @Test
    void rowsForAPolicyTheRuleSetDoesNotHave_areRefused_withThePolicies() {
        List<RuleSetProblem> problems = new ArrayList<>();
        ValuesSheet s = read("policy,parameter,from,until,key,value,unit,illustrative,note\noption-44,cap,2025-04-01,,,4,,no,\n", problems);
        s.checkPolicies(List.of("option-4"), "test-top-up", problems);
        assertEquals("error: v.values.csv:2: column A (policy): \"option-44\" is not a policy of test-top-up; did you mean option-4?"
                + " The policies are [current, option-4]; a policy is declared (title, source) in the declaration, and its values are rows here",
                problems.get(0).toString());
    }

    @Test
    void emptyRows_andWindowsLineEnds_areRead() {
        List<RuleSetProblem> problems = new ArrayList<>();
        ValuesSheet s = read("policy,parameter,from,until,key,value,unit,illustrative,note\r\ncurrent,cap,2025-04-01,,,4,,no,\r\n,,,,,,,,\r\n",
                problems);
        assertEquals(List.of(), problems);
        assertEquals(4, s.timelines("current", SPECS, Map.of(), "default", problems).get("cap").get(0).value());
    }

    private static String one(String text) {
        List<RuleSetProblem> problems = new ArrayList<>();
        read(text, problems).timelines("current", SPECS, Map.of(), "default", problems);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0).toString();
    }

    private static String layout(String text) {
        List<RuleSetProblem> problems = new ArrayList<>();
        assertNull(read(text, problems));
        return problems.get(0).toString();
    }

    @Test
    void locatedJson_ofATreeBuiltInCode_givesTheLinesGiven() {
        com.fasterxml.jackson.databind.node.ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        assertEquals(7, LocatedJson.of(o, Map.of(o, 7)).lineOf(o));
    }
}
