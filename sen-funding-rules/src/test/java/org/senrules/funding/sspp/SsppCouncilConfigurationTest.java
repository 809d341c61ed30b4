package org.senrules.funding.sspp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.senrules.funding.sspp.SsppEngine.AS_OF;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.Decision;
import org.senrules.core.ParameterUse;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.funding.internal.FundingRulePack;

/**
 * The choices a council changes without touching the rules: its own values in an override file,
 * and option 6's budgets based on another option by editing the policy file.
 */
class SsppCouncilConfigurationTest {
    static final Path DIR = tempDir();
    /** The council funds SSPPs in resource bases and has its own Support Unit value. */
    static final SenRules OVERRIDDEN = SenRules.builder().discoverPacks(false).addPack(new FundingRulePack())
            .overrideParameters("sspp-top-up", write("council.parameters.json", """
                    {
                      "eligibleSettings": [ { "from": "2025-04-01", "illustrative": false,
                        "value": ["EARLY_YEARS_SETTING", "NURSERY_SCHOOL", "MAINSTREAM_SCHOOL", "RESOURCE_BASE"] } ]
                    }
                    """))
            // the Support Unit value is the pack's shared value: overridden once, for every rule set
            .overrideParameters("funding-shared", write("council-units.json", """
                    {
                      "supportUnitValue": [ { "from": "2025-04-01", "until": "2026-03-31", "value": "987.65", "illustrative": false } ]
                    }
                    """)).build();
    /** Option 6 with its locality budgets informed by option 4: the option-4 cap copied into the option-6 overlay. */
    static final SenRules OPTION_6_FROM_4 = SenRules.builder().discoverPacks(false).addPack(new FundingRulePack())
            .rulesDirectory(policiesWithOption6BasedOnOption4()).build();

    @Test
    void councilOverride_fundsResourceBasesAtItsOwnUnitValue() {
        SsppCase c = SsppCase.builder()
                .caseId("P-1")
                .planStatus(PlanStatus.SEN_SUPPORT)
                .setting(Setting.RESOURCE_BASE)
                .primaryNeed(PrimaryNeed.ASD)
                .parentalConsent(true)
                .graduatedApproachCycles(3)
                .coCreatedWithSupportServices(true)
                .outsideAgencySupport(true)
                .discussedAtMapMeeting(true)
                .requestedSupportUnits(3)
                .renewal(false)
                .cohorts(List.of())
                .locality("North")
                .build();
        Decision<?> d = OVERRIDDEN.decide(Request.of("sspp-top-up", AS_OF, c));
        SsppOutcome o = d.outcome(SsppOutcome.class);
        assertTrue(o.isEligible());
        assertEquals(Money.parse("2962.95"), o.getTopUp());
        ParameterUse value = d.parameters().stream().filter(p -> p.name().equals("supportUnitValue")).findFirst().orElseThrow();
        assertFalse(value.illustrative(), "the council's own value is not illustrative");
        assertFalse(SsppEngine.outcome(SsppEngine.decide("current", AS_OF, c)).isEligible(), "shipped defaults leave resource bases out");
    }

    @Test
    void option6_canTakeItsValuesFromOption4() {
        Decision<?> d = OPTION_6_FROM_4.decide(new Request("sspp-top-up", AS_OF, "dbv-option-6", SsppEngine.fundable()));
        SsppOutcome o = d.outcome(SsppOutcome.class);
        assertEquals("LOCALITY:North", o.getDecisionGroup());
        assertEquals(4, o.getSupportUnits());
        assertTrue(d.reasons().stream().anyMatch(r -> r.rule().equals("locality-led-decision") && r.text().contains("dbv-option-4")));
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("sspp-council");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(String name, String text) {
        try {
            Path file = DIR.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path policiesWithOption6BasedOnOption4() {
        String shipped;
        try (InputStream in = FundingRulePack.class.getModule()
                .getResourceAsStream("META-INF/senrules/sspp-top-up/sspp-top-up.rule-set.json")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String edited = shipped.replace("\"localityLed\": [ { \"from\": \"2025-04-01\", \"value\": true, \"illustrative\": false } ],",
                "\"localityLed\": [ { \"from\": \"2025-04-01\", \"value\": true, \"illustrative\": false } ],\n"
                        + "      \"supportUnitCap\": [ { \"from\": \"2025-04-01\", \"value\": 4, \"illustrative\": false } ],")
                .replace("\"value\": \"dbv-option-2\"", "\"value\": \"dbv-option-4\"");
        if (edited.equals(shipped) || !edited.contains("dbv-option-4\", \"illustrative\"")) {
            throw new IllegalStateException("the shipped declaration changed shape; update this test");
        }
        Path dir = DIR.resolve("rules");
        try {
            Files.createDirectories(dir);
            dir.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write("rules/sspp-top-up.rule-set.json", edited);
        return dir;
    }
}
