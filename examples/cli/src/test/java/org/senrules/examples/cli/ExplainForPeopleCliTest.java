package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./sen decide --explain} for a parent or a panel (issue 30, item 5): above "For the
 * record", no policy or value codes, money in pounds with thousands separators, dates in words
 * and sources by the title of the document, never a file name or the project's cross-references;
 * the codes and fingerprints a reviewer needs come after, under "For the record".
 */
class ExplainForPeopleCliTest {
    @TempDir
    Path dir;

    @Test
    void explain_speaksInTitlesPoundsAndDays_andKeepsTheCodesForTheRecord() throws Exception {
        String request = Files.readString(Sen.root().resolve("examples/data/sspp-top-up/capped-under-dbv-option-4.json"))
                .replace("\"dbv-option-4\"", "\"dbv-option-4a\"");
        Path file = Files.writeString(dir.resolve("option-4a.json"), request);
        Sen.Result r = Sen.process(dir, "decide", file.toString(), "--explain");
        assertEquals(0, r.exit(), r::toString);
        int record = r.out().indexOf("\nFor the record\n");
        assertTrue(record > 0, r::toString);
        String plain = r.out().substring(0, record);
        String forTheRecord = r.out().substring(record);

        assertFalse(plain.contains("dbv-option-4a"), plain);
        assertTrue(plain.contains("under the option \u201cAs option 4 (capped at 4 Support Units), with a time limit of up to 12 months"
                + " and no renewal\u201d"), plain);
        assertFalse(Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(plain).find(), "no ISO dates: " + plain);
        assertFalse(Pattern.compile("(?<![£,\\d])\\d+\\.\\d{2}\\b").matcher(plain.replaceAll("£[\\d,]+\\.\\d{2}", "")).find(),
                "no money without a pound sign: " + plain);
        assertTrue(plain.contains("Support unit value: £1,000.00 (in force from 1 April 2025 to 31 March 2026)"), plain);
        assertTrue(plain.contains("Eligible settings: Early-years setting, Nursery school, Mainstream school"), plain);
        assertTrue(plain.contains("Decision group: Social, Emotional and Mental Health"), plain);
        assertTrue(plain.contains("Source: SEND and Inclusion Update, November 2025, \"Delivering Better Value Programme\""), plain);
        assertTrue(plain.contains("Source: The council's published SEND funding pages: "), plain);
        assertFalse(plain.contains(".txt") || plain.contains("DOMAIN.md") || plain.contains("[public]"), plain);
        assertFalse(Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b").matcher(plain).find(), "no codes such as EARLY_YEARS_SETTING: " + plain);
        assertFalse(plain.contains("sha256"), plain);

        assertTrue(forTheRecord.contains("  Rule set: sspp-top-up version 1.0.0, policy dbv-option-4a, values in force on 2026-01-15\n"),
                forTheRecord);
        assertTrue(forTheRecord.contains("  Rule files: sha256:"), forTheRecord);
        assertTrue(forTheRecord.contains("  Values: sha256:"), forTheRecord);
        assertTrue(forTheRecord.contains("  Rules that gave the reasons: "), forTheRecord);
    }
}
