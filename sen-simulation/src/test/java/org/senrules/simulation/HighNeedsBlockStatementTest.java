package org.senrules.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.SenRules;
import org.senrules.core.Violation;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;

/**
 * The High Needs Block as the forecast states it (issue 32, item 4): S1's pressures (£6.804m +
 * £1.812m + £3.000m = £11.616m) laid against its Q2 variance (£11.173m), the other -£0.443m shown;
 * the forecast's lines, one per pressure, each sourced; each cohort laid against its own line.
 */
class HighNeedsBlockStatementTest {
    private static final SenRules ENGINE = TrajectoryTest.engine("rates.parameters.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path root() {
        return Path.of(System.getProperty("sen.projectRoot", "..")).toAbsolutePath().normalize();
    }

    static HighNeedsBlock forecast() throws Exception {
        return HighNeedsBlock.fromRequest(ENGINE, Files.readString(root().resolve("examples/high-needs-block/2025-26-q2.json")), "Q2");
    }

    @Test
    void thePressures_areReconciledWithTheVariance_theRestShown() throws Exception {
        HighNeedsBlock.Statement st = forecast().statement();
        assertEquals(Money.parse("268248000.00"), st.budget());
        assertEquals(Money.parse("279421000.00"), st.outturn());
        assertEquals(Money.parse("11173000.00"), st.variance(), "279.421 - 268.248, as the rules decide it");
        assertEquals(List.of("Mainstream and resource-base growth 6804000.00 Top-up in mainstream settings and resource bases",
                "Out-of-area placements 1812000.00 Out-of-area placements", "Early-years inclusion 3000000.00 Early Years Inclusion"),
                st.pressures().stream().map(p -> p.name() + " " + p.amount() + " " + p.line()).toList());
        assertEquals(Money.parse("11616000.00"), st.pressuresTotal(), "6.804 + 1.812 + 3.000");
        assertEquals(Money.parse("-443000.00"), st.unexplained(), "11.173 - 11.616: shown, not hidden");
        String csv = SimulationFiles.statementCsv(st);
        assertTrue(csv.startsWith(SimulationFiles.STATEMENT_HEADER + "\n"));
        assertTrue(csv.contains("\nunexplained,Other movements,,-443000.00,"), csv);
        assertTrue(csv.contains("\npressuresTotal,\"Pressures, total\",,11616000.00,"), csv);

        // the snapshot carries it into its files
        Simulation.Result r = Simulation.of(ENGINE, TrajectoryTest.sspp()).policies(List.of("dbv-option-4")).highNeedsBlock(forecast()).run();
        assertEquals(st, r.hnbStatement());
        assertTrue(SimulationFiles.json(r).contains("\"unexplained\" : \"-443000.00\""));
        assertNull(Simulation.of(ENGINE, TrajectoryTest.sspp()).highNeedsBlock(HighNeedsBlock.fromFigures(ENGINE, LocalDate.of(2025, 11, 30),
                Money.parse("100000.00"), Money.parse("0.00"), Money.parse("100000.00"))).run().hnbStatement(), "no pressures, no statement");
    }

    @Test
    void theForecastFile_isTheShowcaseRequest_withTheLinesItsPressuresGive_eachSourced() throws Exception {
        ObjectNode withLines = (ObjectNode) JSON.readTree(root().resolve("examples/high-needs-block/2025-26-q2.json").toFile());
        withLines.remove("lines");
        assertEquals(JSON.readTree(root().resolve("examples/data/high-needs-forecast/2025-26-q2.json").toFile()), withLines,
                "the same figures as the showcase request, so the two cannot drift apart");
        List<HighNeedsBlock.Line> lines = forecast().lines();
        assertEquals(3, lines.size());
        lines.forEach(l -> assertTrue(l.source().startsWith("S1"), l.name()));
        lines.forEach(l -> assertNull(l.outturn(), "S1 states each line's pressure, not its outturn"));
        assertTrue(lines.get(1).outOfArea());
        assertEquals(List.of("ehcp-top-up", "sspp-top-up", "mainstream-top-up"), lines.get(0).ruleSets());
        assertEquals(List.of("early-years-inclusion"), lines.get(2).ruleSets());
    }

    @Test
    void eachCohort_isLaidAgainstItsOwnLine() throws Exception {
        HighNeedsBlock.Calibration c = forecast().calibrate("sspp-top-up", Money.parse("2000000.00"), "a full year", 10);
        assertFalse(c.warning(), "a pressure is an overspend, not an outturn: nothing to check against");
        assertTrue(c.text().startsWith("The cohort's line of the High Needs Block is \"Top-up in mainstream settings and resource bases\""),
                c.text());
        assertTrue(c.text().contains("its pressure, an overspend of £6,804,000.00, but not its outturn"), c.text());

        // the out-of-area placements a sufficiency file makes, against the out-of-area line: SufficiencyTest's cohort has 45,000.00
        // of extra cost in 2025-26 (scale 1), 2.5% of the line's £1,812,000.00 pressure
        Trajectory.Result r = SufficiencyTest.runner(SufficiencyTest.places()).highNeedsBlock(forecast()).run();
        assertTrue(r.notes().contains("Out of area against the forecast: pupils placed out of area for want of a place cost £45,000.00 in "
                + "2025-26 more than their places in area would have under current, laid beside the forecast's line \"Out-of-area "
                + "placements\", its pressure (the overspend the forecast gives it) £1,812,000.00: 2.5%. The line also pays for placements "
                + "this model does not make (pupils placed out of area by choice or by a tribunal), so it is set beside it, not checked."),
                r.notes()::toString);
        assertEquals(FinancialYear.parse("2025-26"), r.hnbYear());
    }

    @Test
    void faultyLines_areRefused_eachWithItsPath() throws Exception {
        String request = Files.readString(root().resolve("examples/data/high-needs-forecast/2025-26-q2.json")).trim();
        String lines = """
                , "lines": [ { "name": "A", "ruleSets": ["ehcp-top-up"], "pressure": "No such pressure", "source": "x", "illustrative": false },
                             { "name": "B", "ruleSets": ["ehcp-top-up"], "source": "x", "illustrative": false },
                             { "name": "C", "pressure": "Out-of-area placements", "source": "x", "illustrative": false },
                             { "name": "D", "outOfArea": true, "pressure": "Out-of-area placements", "source": "x", "illustrative": false } ] }""";
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> HighNeedsBlock.fromRequest(ENGINE,
                request.substring(0, request.length() - 1) + lines, "bad"));
        List<String> found = e.violations().stream().map(Violation::path).toList();
        assertEquals(List.of("lines[0].pressure", "lines[1]", "lines[2].ruleSets", "lines[3].pressure"), found, e.violations()::toString);
        assertTrue(e.violations().get(0).message().contains("Mainstream and resource-base growth, Out-of-area placements, Early-years "
                + "inclusion"));
        assertTrue(e.violations().get(3).message().contains("another line's pressure"));
    }
}
