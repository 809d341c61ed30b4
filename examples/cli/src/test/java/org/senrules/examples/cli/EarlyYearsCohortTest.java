package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.simulation.Simulation;

/** {@code sen cohort --kind early-years}: reproducible, every case valid, decided by early-years-inclusion and simulated. */
class EarlyYearsCohortTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    @Test
    void earlyYearsCohort_isReproducibleValidAndSimulated() throws Exception {
        Path a = dir.resolve("a.json");
        Sen.Result r = Sen.inProcess("cohort", "--kind", "early-years", "--size", "400", "--seed", "7", "--out", a.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("400 synthetic Early Years Inclusion applications for early-years-inclusion (seed 7, as of 2026-01-15)"),
                r::toString);
        Path b = dir.resolve("b.json");
        assertEquals(0, Sen.inProcess("cohort", "--kind", "early-years", "--size", "400", "--seed", "7", "--out", b.toString()).exit());
        assertEquals(Files.readString(a), Files.readString(b), "same size and seed, same bytes");
        JsonNode file = JSON.readTree(a.toFile());
        assertEquals("early-years-inclusion", file.get("ruleSet").asText());

        SenRules engine = SenRules.builder().build();
        List<Request> cohort = engine.json().read(Files.readString(a)); // every case is a valid request
        Simulation.Result sim = Simulation.of(engine, cohort).run();
        Simulation.Totals all = sim.current().all();
        assertEquals(400, all.cases());
        // most are funded; the youngest, the few of school age, the school nursery classes and those with no needs identified are not
        assertTrue(all.eligible() > 250 && all.eligible() < 400, () -> "eligible " + all.eligible());
        assertTrue(all.topUp().isPositive());
        assertEquals(List.copyOf(CohortGenerator.LOCALITIES).stream().sorted().toList(), sim.current().byLocality().keySet().stream().sorted().toList());
    }

    @Test
    void earlyYears_refusesAProfile() {
        Sen.Result refused = Sen.inProcess("cohort", "--kind", "early-years", "--profile", "p.json", "--size", "20", "--out",
                dir.resolve("c.json").toString());
        assertEquals(2, refused.exit(), refused::toString);
        assertTrue(refused.err().contains("--profile shapes the EHCP cohort: use it with --kind ehcp or send, not early-years"), refused::toString);
        Sen.Result unknown = Sen.inProcess("cohort", "--kind", "nursery", "--size", "20", "--out", dir.resolve("d.json").toString());
        assertEquals(2, unknown.exit(), unknown::toString);
        assertTrue(unknown.err().contains("--kind must be ehcp, sspp, send or early-years"), unknown::toString);
    }
}
