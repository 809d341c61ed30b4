package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.simulation.Simulation;

/** {@code sen cohort --kind ehcp|send} from the profile file: reproducible, valid, shaped by the profile, simulated. */
class EhcpCohortTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    @Test
    void ehcpCohort_isReproducibleValidAndFollowsTheSen2Mix() throws Exception {
        Path a = dir.resolve("a.json");
        Sen.Result r = Sen.inProcess("cohort", "--kind", "ehcp", "--size", "2000", "--seed", "11", "--out", a.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("2,000 synthetic EHCP pupils for ehcp-top-up"), r::toString);
        assertTrue(r.out().contains("illustrative entries: setting, complexityLevel, sectionFUnits"), r::toString);
        assertTrue(r.out().contains("+1,147 (13.7%) in three years, over +2,100 by 2030"), r::toString);
        Path b = dir.resolve("b.json");
        Sen.inProcess("cohort", "--kind", "ehcp", "--size", "2000", "--seed", "11", "--out", b.toString());
        assertEquals(Files.readString(a), Files.readString(b), "same profile, size and seed, same bytes");

        JsonNode cases = JSON.readTree(a.toFile()).get("cases");
        Map<String, Integer> needs = new TreeMap<>();
        cases.forEach(c -> needs.merge(c.get("primaryNeed").asText(), 1, Integer::sum));
        // SEN2: ASD 31.5%, SLCN 21.3%; 2,000 draws land within a few points
        assertTrue(needs.get("ASD") > 540 && needs.get("ASD") < 720, needs.toString());
        assertTrue(needs.get("SLCN") > 340 && needs.get("SLCN") < 520, needs.toString());
        assertTrue(!needs.containsKey("NSA"), "the SEN2 mix has no NSA: " + needs);

        SenRules engine = SenRules.builder().build();
        List<Request> cohort = engine.json().read(Files.readString(a)); // every case is a valid request
        Simulation.Result sim = Simulation.of(engine, cohort).policies(List.of("ws2-option-3")).run();
        assertEquals(2000, sim.current().all().cases());
        assertTrue(sim.current().all().topUp().isPositive());
        assertTrue(sim.current().byGroup().containsKey("SUPPORT_UNITS") && sim.current().byGroup().containsKey("BANDS"),
                sim.current().byGroup().keySet().toString());
    }

    @Test
    void send_writesBothCohorts_andSsppRefusesAProfile() throws Exception {
        Path out = dir.resolve("cohort.json");
        Sen.Result r = Sen.inProcess("cohort", "--kind", "send", "--size", "20", "--seed", "3", "--out", out.toString());
        assertEquals(0, r.exit(), r::toString);
        assertEquals("ehcp-top-up", JSON.readTree(out.toFile()).get("ruleSet").asText());
        assertEquals("sspp-top-up", JSON.readTree(dir.resolve("cohort-sspp.json").toFile()).get("ruleSet").asText());
        Sen.Result refused = Sen.inProcess("cohort", "--kind", "sspp", "--profile", "p.json", "--size", "20", "--out", out.toString());
        assertEquals(2, refused.exit(), refused::toString);
        assertTrue(refused.err().contains("--profile shapes the EHCP cohort"), refused::toString);
    }

    @Test
    void aProfileWithAnUnknownEntryOrNoSource_isRefusedNamingIt() throws Exception {
        Path p = dir.resolve("profile.json");
        String bundled = new String(CohortProfile.class.getResourceAsStream(CohortProfile.BUNDLED).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(p, bundled.replaceFirst("\"growth\"", "\"growht\""));
        Sen.Result r = Sen.inProcess("cohort", "--kind", "ehcp", "--profile", p.toString(), "--size", "20", "--out",
                dir.resolve("x.json").toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("growht: unknown entry; the entries are [primaryNeed"), r::toString);
        Files.writeString(p, bundled.replace("\"source\": \"Illustrative: share of plans", "\"note\": \"Illustrative: share of plans"));
        Sen.Result noSource = Sen.inProcess("cohort", "--kind", "ehcp", "--profile", p.toString(), "--size", "20", "--out",
                dir.resolve("x.json").toString());
        assertEquals(2, noSource.exit(), noSource::toString);
        assertTrue(noSource.err().contains("complexityLevel"), noSource::toString);
    }
}
