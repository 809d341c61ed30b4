package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values that end (issue 30, item 1), as a council's staff and CI meet them: a decision shortly
 * before the Support Unit value's last day says so, once, and what to add; a decision made while
 * every value is current carries no "check this value" noise for switches that never change; and
 * {@code ./sen validate --expiring-within} fails a CI run before the service starts refusing.
 */
class ValueLifecycleCliTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SSPP = "examples/data/sspp-top-up/eligible-mainstream.json";

    @TempDir
    Path dir;

    private Path datedCopy(String asOf) throws Exception {
        String text = Files.readString(Sen.root().resolve(SSPP)).replace("\"2026-01-15\"", "\"" + asOf + "\"");
        return Files.writeString(dir.resolve("request-" + asOf + ".json"), text);
    }

    private static List<String> warnings(Sen.Result r) throws Exception {
        List<String> out = new ArrayList<>();
        JSON.readTree(r.out()).path("warnings").forEach(w -> out.add(w.asText()));
        return out;
    }

    @Test
    void decide_elevenDaysBeforeTheSupportUnitValueEnds_carriesOneWarningSayingWhatToAdd() throws Exception {
        Sen.Result r = Sen.process(dir, "decide", datedCopy("2027-03-20").toString());
        assertEquals(0, r.exit(), r::toString);
        assertEquals(List.of("supportUnitValue ends on 2027-03-31, 11 days after this decision's date, and no later value is set:"
                + " from 2027-04-01 every decision that uses it is refused. Add the 2027-28 value (from 2027-04-01) to"
                + " funding-shared.shared.json (or the council's copy of it, given with --parameters)."), warnings(r));

        Sen.Result narrow = Sen.process(dir, "decide", datedCopy("2027-03-20").toString(), "--expiry-warning", "10d");
        assertEquals(List.of(), warnings(narrow), narrow::toString);
        Sen.Result bad = Sen.process(dir, "decide", datedCopy("2027-03-20").toString(), "--expiry-warning", "soon");
        assertEquals(2, bad.exit(), bad::toString);
        assertTrue(bad.err().contains("--expiry-warning takes a number of days or weeks such as 90d or 13w"), bad::toString);
    }

    @Test
    void decide_withEveryValueCurrent_carriesNoCheckThisValueWarnings() throws Exception {
        // 20 months after the switches were set: no switch declares a review cadence, and the
        // Support Unit value in force started in April
        Sen.Result r = Sen.process(dir, "decide", datedCopy("2026-12-01").toString());
        assertEquals(0, r.exit(), r::toString);
        assertEquals(List.of(), warnings(r));
        JsonNode d = JSON.readTree(r.out());
        assertEquals("1025.00", d.path("parameters").findValues("value").stream().map(JsonNode::asText)
                .filter(v -> v.equals("1025.00")).findFirst().orElse(""), r::toString);
    }

    @Test
    void validateExpiringWithin_failsAndNamesTheValueAndItsDay_insideTheWindowOnly() throws Exception {
        Sen.Result soon = Sen.process(dir, "validate", "--expiring-within", "90d", "--as-of", "2027-03-20");
        assertEquals(1, soon.exit(), soon::toString);
        assertTrue(soon.out().contains("Values that end within 90 days of 20 March 2027:\n  supportUnitValue: its last value ends on"
                + " 31 March 2027 (in 11 days); set in funding-shared.shared.json, read by ehcp-top-up, mainstream-top-up,"
                + " special-school-band, sspp-top-up. Add the 2027-28 value (from 1 April 2027).\n1 value ends within the window."),
                soon::toString);

        Sen.Result later = Sen.process(dir, "validate", "--expiring-within", "90d", "--as-of", "2026-12-01");
        assertEquals(0, later.exit(), later::toString);
        assertTrue(later.out().contains("No value in force ends within 90 days of 1 December 2026 (the first to end: supportUnitValue,"
                + " on 31 March 2027)."), later::toString);

        Sen.Result alone = Sen.process(dir, "validate", "--as-of", "2026-12-01");
        assertEquals(2, alone.exit(), alone::toString);
        assertTrue(alone.err().contains("give --expiring-within too"), alone::toString);
    }
}
