package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.Decision;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.PolicyVariant;
import org.senrules.core.Request;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;
import org.senrules.testkit.GoldenDecisions;

/**
 * Issue 28 item 4: {@code rules export} writes every rule set's values (and the shared values it
 * reads) as a spreadsheet a finance officer edits, {@code --rules} reads it back checked as the
 * JSON is, with errors by file, row and column, and the round trip changes nothing.
 */
class ValuesSheetCliTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void home() {
        System.setProperty("sen.home", Sen.root().toString());
    }

    /**
     * Every rule set, exported by the command line, and read back from its sheets alone: every
     * value of every rule set and shared set, under every policy, is the packaged one, each sheet
     * holds each packaged entry cell for cell, and the decisions are the packaged decisions.
     */
    @Test
    void roundTrip_everyRuleSetAndSharedSet_changesNoValueAndNoDecision() throws Exception {
        SenRules packaged = SenRules.builder().build();
        Path sheets = Files.createDirectories(dir.resolve("sheets-only"));
        int checkedEntries = 0;
        List<String> withValues = new ArrayList<>();
        for (RuleSetInfo info : packaged.ruleSets()) {
            Path folder = dir.resolve("export-" + info.id());
            Sen.Result r = Sen.inProcess("rules", "export", info.id(), folder.toString());
            assertEquals(0, r.exit(), r::toString);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".values.csv")) {
                        assertTrue(r.out().contains(f.toString()), "export lists " + f + ": " + r);
                        checkedEntries += sameAsJson(f, folder);
                        Files.copy(f, sheets.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            if (!info.parameters().isEmpty()) {
                // its own values' sheet, or (a rule set whose values are all shared, as ehcp-top-up's) the shared sets' sheets
                try (Stream<Path> written = Files.list(folder)) {
                    assertTrue(written.anyMatch(f -> f.getFileName().toString().endsWith(".values.csv")), "a sheet for " + info.id());
                }
                if (Files.isRegularFile(folder.resolve(info.id() + ".values.csv"))) {
                    withValues.add(info.id());
                }
            }
        }
        assertTrue(checkedEntries > 60, "every dated value was compared: " + checkedEntries);
        assertTrue(Files.isRegularFile(sheets.resolve("funding-shared.values.csv")) || !CliTest.LOADED.contains("sspp-top-up"),
                "the shared values are exported as a sheet of their own");

        // read back from the sheets alone: every value and every decision as packaged
        SenRules fromSheets = SenRules.builder().rulesDirectory(sheets).build();
        for (String id : withValues) {
            assertTrue(fromSheets.origin(id).councilFiles().contains(sheets.resolve(id + ".values.csv").toString()),
                    "the sheet is used, not skipped: " + fromSheets.origin(id));
            for (PolicyVariant p : packaged.ruleSets().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow().policies()) {
                assertEquals(packaged.parameterValues(id, p.name()).toString(), fromSheets.parameterValues(id, p.name()).toString(),
                        id + " under " + p.name());
                assertEquals(packaged.policyChanges(id, p.name()).toString(), fromSheets.policyChanges(id, p.name()).toString(),
                        id + " under " + p.name());
            }
            GoldenDecisions.Replay replay = GoldenDecisions.replay(fromSheets, id, 3);
            if (replay != null) {
                assertEquals(0, replay.changed(), replay::toString);
                assertEquals(0, replay.otherRules(), replay::toString);
            }
        }
        // whole decisions, values listed with their dates and fingerprints, for every showcase request
        int decided = 0;
        try (Stream<Path> data = Files.walk(Sen.root().resolve("examples/data"))) {
            for (Path f : data.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                List<Request> requests;
                try {
                    requests = packaged.json().read(Files.readString(f));
                } catch (InvalidRequestException | IllegalArgumentException e) {
                    continue; // a showcase of a refusal
                }
                for (Request q : requests) {
                    assertEquals(decision(packaged, q), decision(fromSheets, q), f + ", case " + q.caseData().caseId());
                    decided++;
                }
            }
        }
        // and every request validate re-decides: the shipped scenarios and, for sspp-top-up, a synthetic cohort under every policy
        for (RuleSetInfo info : packaged.ruleSets()) {
            for (EditImpact.Sample sample : EditImpact.samples(packaged, info, null)) {
                assertEquals(decision(packaged, sample.request()), decision(fromSheets, sample.request()), sample.label());
                decided++;
            }
        }
        assertTrue(decided > 1_000, "requests decided: " + decided);
    }

    /** The decision JSON, but for the one field that says the values came from the council's files. */
    private static JsonNode decision(SenRules engine, Request q) throws Exception {
        Decision<?> d;
        try {
            d = engine.decide(q);
        } catch (InvalidRequestException e) {
            return JSON.valueToTree(e.violations().toString());
        }
        ObjectNode n = (ObjectNode) JSON.readTree(engine.json().write(d));
        n.remove("valuesFrom");
        return n;
    }

    /**
     * Each row of an exported sheet against the JSON entry it was written from (the declaration,
     * the parameter and policy files, the shared values): from, until, key, value, illustrative,
     * intended and note, cell for cell. Returns how many entries were compared.
     */
    private static int sameAsJson(Path sheet, Path folder) throws Exception {
        String id = sheet.getFileName().toString().replace(".values.csv", "");
        Map<String, JsonNode> values = new LinkedHashMap<>(); // "policy/parameter" -> entries
        Path declaration = folder.resolve(id + ".rule-set.json");
        Path shared = folder.resolve(id + ".shared.json");
        Path json = Files.isRegularFile(declaration) ? declaration : Files.isRegularFile(shared) ? shared : null;
        if (json != null) {
            JsonNode d = JSON.readTree(json.toFile());
            d.path("parameters").properties().forEach(e -> values.put("current/" + e.getKey(), e.getValue().get("values")));
            policies(d.path("policies"), values);
        } else {
            JSON.readTree(folder.resolve(id + ".parameters.json").toFile()).properties().forEach(e -> {
                if (!e.getKey().startsWith("$")) {
                    values.put("current/" + e.getKey(), e.getValue());
                }
            });
            if (Files.isRegularFile(folder.resolve(id + ".policies.json"))) {
                policies(JSON.readTree(folder.resolve(id + ".policies.json").toFile()), values);
            }
        }
        ValueEdits.Sheet s = ValueEdits.read(sheet);
        int compared = 0;
        for (Map.Entry<String, JsonNode> v : values.entrySet()) {
            String policy = v.getKey().substring(0, v.getKey().indexOf('/'));
            String parameter = v.getKey().substring(v.getKey().indexOf('/') + 1);
            List<ValueEdits.Row> rows = s.rows(policy, parameter);
            List<String> expected = new ArrayList<>();
            for (JsonNode e : v.getValue()) {
                JsonNode value = e.get("value");
                boolean first = true;
                for (Map.Entry<String, JsonNode> k : value.isObject() ? value.properties() : List.of(Map.entry("", value))) {
                    expected.add(String.join("|", e.path("from").asText(), e.path("until").asText(""), k.getKey(), cell(k.getValue()),
                            e.has("illustrative") ? (e.get("illustrative").asBoolean() ? "yes" : "no") : "",
                            e.has("intended") ? (e.get("intended").asBoolean() ? "yes" : "no") : "",
                            first ? e.path("note").asText("") : ""));
                    first = false;
                }
                compared++;
            }
            List<String> actual = rows.stream().map(r -> String.join("|", r.get("from"), r.get("until"), r.get("key"), r.get("value"),
                    r.get("illustrative"), r.get("not 1 April on purpose"), r.get("note"))).toList();
            assertEquals(expected, actual, sheet + ": " + v.getKey());
        }
        return compared;
    }

    private static void policies(JsonNode policies, Map<String, JsonNode> values) {
        policies.properties().forEach(p -> p.getValue().path("parameters").properties().forEach(e -> {
            if (!e.getKey().startsWith("$")) {
                values.put(p.getKey() + "/" + e.getKey(), e.getValue());
            }
        }));
    }

    private static String cell(JsonNode v) {
        if (v.isNull()) {
            return "none";
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? "yes" : "no";
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(i -> items.add(i.asText()));
            return items.isEmpty() ? "empty" : String.join("; ", items);
        }
        return v.asText();
    }

    Path exported() throws Exception {
        Path rules = dir.resolve("council-rules");
        Sen.Result r = Sen.process(dir, "rules", "export", "sspp-top-up", rules.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains(rules.resolve("sspp-top-up.values.csv").toString()), r::toString);
        assertTrue(r.out().contains(rules.resolve("funding-shared.values.csv").toString()), r::toString);
        return rules;
    }

    static void replace(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    /** A finance officer's edit in the sheet is used by every command that takes --rules, and decides. */
    @Test
    void anEditInTheSheet_decides() throws Exception {
        assumeTrue(CliTest.LOADED.contains("sspp-top-up"), "edits sspp-top-up");
        Path rules = exported();
        // the sheets alone: the rules and the rest of the values stay the packaged ones
        try (Stream<Path> files = Files.list(rules)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f) && !f.getFileName().toString().endsWith(".values.csv")) {
                    Files.delete(f);
                }
            }
        }
        replace(rules.resolve("funding-shared.values.csv"), "current,supportUnitValue,2026-04-01,2027-03-31,,1025.00,£ per Support Unit,yes,",
                "current,supportUnitValue,2026-04-01,2027-03-31,,1100.00,£ per Support Unit,no,");
        Sen.Result d = Sen.process(dir, "decide", CliTest.data("sspp-top-up/support-unit-2026-04-01.json").toString(), "--rules",
                rules.toString(), "--explain");
        assertEquals(0, d.exit(), d::toString);
        assertTrue(d.out().contains("£6,600.00"), d::toString);
    }

    /** A mistake in a cell: the JSON's message, at the sheet's row and column; a shared file's, once. */
    @Test
    void aMistakeInTheSheet_isNamedByFileRowAndColumn_once() throws Exception {
        assumeTrue(CliTest.LOADED.contains("sspp-top-up"), "edits sspp-top-up");
        Path rules = exported();
        Path sheet = rules.resolve("sspp-top-up.values.csv");
        replace(sheet, "dbv-option-4,supportUnitCap,2025-04-01,,,4,", "dbv-option-4,supportUnitCap,2025-04-01,,,0,");
        replace(rules.resolve("funding-shared.values.csv"), ",1025.00,", ",1025.5,");
        int row = 1 + Files.readAllLines(sheet).indexOf(Files.readAllLines(sheet).stream()
                .filter(l -> l.startsWith("dbv-option-4,supportUnitCap")).findFirst().orElseThrow());
        Sen.Result v = Sen.process(dir, "validate", "--rules", rules.toString());
        assertEquals(Main.FAILED, v.exit(), v::toString);
        assertTrue(v.out().contains("error: " + sheet + ":" + row + ": column F (value): supportUnitCap: 0 is outside the range declared for it,"
                + " 1 to 40"), v::toString);
        String shared = "error: " + rules.resolve("funding-shared.values.csv") + ":4: column F (value): supportUnitValue: money is a string of"
                + " pounds with two decimals, like \"1234.50\"";
        assertTrue(v.out().contains(shared), v::toString);
        assertEquals(1, v.out().split(java.util.regex.Pattern.quote(shared), -1).length - 1,
                "the shared sheet is read by four rule sets, and its mistake printed once: " + v);
        assertFalse(v.out().contains("no errors"), v::toString);
    }

    /**
     * A copy of the declaration beside the sheet may keep its values; a value changed in it and not
     * in the sheet would be overridden without a word, so it is refused, naming both files.
     */
    @Test
    void aDeclarationCopyThatChangesAValueTheSheetAlsoHolds_isRefusedNamingBoth() throws Exception {
        assumeTrue(CliTest.LOADED.contains("sspp-top-up"), "edits sspp-top-up");
        Path rules = exported();
        Path declaration = rules.resolve("sspp-top-up.rule-set.json");
        assumeTrue(Files.isRegularFile(declaration), "sspp-top-up is a declared rule set");
        replace(declaration, "\"supportUnitCap\": [ { \"from\": \"2025-04-01\", \"value\": 4, \"illustrative\": false,\n",
                "\"supportUnitCap\": [ { \"from\": \"2025-04-01\", \"value\": 3, \"illustrative\": false,\n");
        Sen.Result v = Sen.process(dir, "validate", "--rules", rules.toString());
        assertEquals(Main.FAILED, v.exit(), v::toString);
        assertTrue(v.out().contains("error: " + declaration + ":"), v::toString);
        assertTrue(v.out().contains("the values of supportUnitCap under policy dbv-option-4 differ here from the packaged file, but "
                + rules.resolve("sspp-top-up.values.csv") + " gives the values of sspp-top-up, so this change would not be used"), v::toString);
        // the same edit in the sheet too: both say the same, and it is used
        replace(rules.resolve("sspp-top-up.values.csv"), "dbv-option-4,supportUnitCap,2025-04-01,,,4,",
                "dbv-option-4,supportUnitCap,2025-04-01,,,3,");
        Sen.Result ok = Sen.inProcess("validate", "--rules", rules.toString());
        assertEquals(0, ok.exit(), ok::toString);
        assertTrue(ok.out().contains("supportUnitCap (sspp-top-up), dbv-option-4, from 2025-04-01: 4 → 3"), ok::toString);
    }
}
