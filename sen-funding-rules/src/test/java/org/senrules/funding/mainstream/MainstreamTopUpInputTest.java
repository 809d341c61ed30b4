package org.senrules.funding.mainstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.senrules.core.Decision;
import org.senrules.core.ParameterUse;
import org.senrules.core.Reason;
import org.senrules.core.Request;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.Setting;
import org.senrules.funding.internal.FundingDefinitions;
import org.senrules.funding.internal.Requests;
import org.senrules.funding.internal.TestEngines;
import org.senrules.oag.ProvisionLine;

/** mainstream-top-up from Java and from JSON: bad input on every field, explanations, council values, discovery. */
class MainstreamTopUpInputTest {
    static final SenRules ENGINE = TestEngines.of(FundingDefinitions.mainstreamTopUp());
    static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    static Map<String, String> valid() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("caseId", "\"M-1\"");
        m.put("planStatus", "\"EHCP\"");
        m.put("setting", "\"MAINSTREAM_SCHOOL\"");
        m.put("phase", "\"SCHOOL_AGE\"");
        m.put("provision", "[ { \"description\": \"Visual timetable\", \"supportUnits\": 2, \"oagItem\": \"autism.visual-timetable\" },"
                + " { \"description\": \"Specialist teaching\", \"supportUnits\": 4 } ]");
        return m;
    }

    @Test
    void validJson_isDecided() {
        var answer = ENGINE.json().answer(Requests.json(MainstreamTopUp.ID, "2026-01-15", valid()));
        assertTrue(answer.decided(), answer.json());
        assertTrue(answer.json().contains("\"topUp\" : \"4000.00\""), answer.json());
        assertTrue(answer.json().contains("\"countedUnits\" : 4"), answer.json());
    }

    @ParameterizedTest(name = "{0} = {1} is rejected")
    @CsvSource(delimiter = '|', value = {
        "caseId     | ''                    | case.caseId",
        "caseId     |                       | case.caseId",
        "planStatus | '\"SSPP\"'            | case.planStatus",
        "planStatus |                       | case.planStatus",
        "setting    | '\"ACADEMY\"'         | case.setting",
        "setting    |                       | case.setting",
        "phase      | '\"KS2\"'             | case.phase",
        "phase      |                       | case.phase",
        "provision  | '\"lots\"'            | case.provision",
        "provision  |                       | case.provision",
        "provision  | '[ 4 ]'               | case.provision[0]",
        "provision  | '[ { \"supportUnits\": 1 } ]'                                  | case.provision[0].description",
        "provision  | '[ { \"description\": \"\", \"supportUnits\": 1 } ]'            | case.provision[0].description",
        "provision  | '[ { \"description\": \"d\" } ]'                               | case.provision[0].supportUnits",
        "provision  | '[ { \"description\": \"d\", \"supportUnits\": -1 } ]'          | case.provision[0].supportUnits",
        "provision  | '[ { \"description\": \"d\", \"supportUnits\": \"2\" } ]'       | case.provision[0].supportUnits",
        "provision  | '[ { \"description\": \"d\", \"supportUnits\": 1, \"oagItem\": \"no.such\" } ]' | case.provision[0].oagItem",
        "provision  | '[ { \"description\": \"d\", \"supportUnits\": 1, \"oagItem\": 5 } ]'          | case.provision[0].oagItem",
        "provision  | '[ { \"description\": \"d\", \"supportUnits\": 1, \"cost\": \"5.00\" } ]'      | case.provision[0].cost",
        "needLevel  | '3'                   | case.needLevel",
    })
    void badField_isRejectedWithItsPath(String field, String rawValue, String path) {
        String raw = rawValue == null ? null : rawValue.isEmpty() ? "\"\"" : rawValue;
        Requests.assertRejectedAt(ENGINE, Requests.json(MainstreamTopUp.ID, "2026-01-15", Requests.with(valid(), field, raw)), path);
    }

    @Test
    void descriptionOver500Characters_isRejectedWithoutEchoingIt() {
        String text = "Sam Example " + "y".repeat(500);
        String json = Requests.json(MainstreamTopUp.ID, "2026-01-15",
                Requests.with(valid(), "provision", "[ { \"description\": \"" + text + "\", \"supportUnits\": 1 } ]"));
        Requests.assertRejectedAt(ENGINE, json, "case.provision[0].description");
        assertFalse(ENGINE.json().answer(json).json().contains("Sam Example"));
    }

    @Test
    void earlyYearsSettingOutsideEarlyYears_isRejectedAtPhase() {
        Map<String, String> m = Requests.with(valid(), "setting", "\"NURSERY_SCHOOL\"");
        Requests.assertRejectedAt(ENGINE, Requests.json(MainstreamTopUp.ID, "2026-01-15", m), "case.phase");
    }

    @Test
    void decision_explainsWithoutTheFreeTextAndNamesEveryValue() {
        String description = "Sam Example's lunchtime support";
        Decision<?> d = ENGINE.decide(Request.of(MainstreamTopUp.ID, AS_OF, MainstreamTopUpCase.builder()
                .caseId("M-7")
                .planStatus(PlanStatus.EHCP)
                .setting(Setting.MAINSTREAM_SCHOOL)
                .phase(Phase.SCHOOL_AGE)
                .provision(List.of(new ProvisionLine(description, 2, "autism.visual-timetable"),
                        new ProvisionLine(description, 3, null)))
                .build()));
        String json = ENGINE.json().write(d);
        assertFalse(json.contains("Sam"), json);
        MainstreamTopUpOutcome o = d.outcome(MainstreamTopUpOutcome.class);
        assertEquals(List.of(0), o.getExcludedLines().stream().map(ExcludedLine::index).toList());
        assertTrue(o.getExcludedLines().get(0).reason().startsWith("Provision line 1 is OAG item autism.visual-timetable (Autism)"),
                o.getExcludedLines().get(0).reason());
        assertTrue(d.reasons().stream().map(Reason::text).anyMatch(t -> t.equals(
                "3 Support Units from section F of the EHCP count, at £1,000.00 a unit for 2025-26: the top-up (element 3) is £3,000.00.")),
                d.reasons().toString());
        assertTrue(d.reasons().stream().map(Reason::text).anyMatch(t -> t.contains("the first £6,000.00 of additional support")));
        ParameterUse unit = d.parameters().stream().filter(p -> p.name().equals("supportUnitValue")).findFirst().orElseThrow();
        assertTrue(unit.illustrative());
        ParameterUse notional = d.parameters().stream().filter(p -> p.name().equals("notionalSenContribution")).findFirst().orElseThrow();
        assertFalse(notional.illustrative());
        assertTrue(d.illustrative());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("OAG catalogue") && w.contains("is illustrative")), d.warnings().toString());
        assertEquals("MainstreamTopUpCase[M-7]", MainstreamTopUpCase.builder()
                .caseId("M-7")
                .planStatus(PlanStatus.EHCP)
                .setting(Setting.MAINSTREAM_SCHOOL)
                .phase(Phase.SCHOOL_AGE)
                .provision(List.of(new ProvisionLine(description, 1, null)))
                .build().toString());
    }

    @Test
    void councilsUnitValue_replacesTheIllustrativeOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("council.json");
        Files.writeString(file, "{ \"supportUnitValue\": [ { \"from\": \"2025-04-01\", \"value\": \"1234.56\", \"illustrative\": false } ] }");
        // the unit value is the funding pack's shared value, overridden by the shared set's id
        SenRules engine = SenRules.builder().discoverPacks(false).addPack(new org.senrules.funding.internal.FundingRulePack())
                .overrideParameters("funding-shared", file).build();
        Decision<?> d = engine.decide(Request.of(MainstreamTopUp.ID, AS_OF, MainstreamTopUpCase.builder()
                .caseId("M-8")
                .planStatus(PlanStatus.SEN_SUPPORT)
                .setting(Setting.RESOURCE_BASE)
                .phase(Phase.SCHOOL_AGE)
                .provision(List.of(new ProvisionLine("d", 2, null)))
                .build()));
        assertEquals(Money.parse("2469.12"), d.outcome(MainstreamTopUpOutcome.class).getTopUp());
        assertFalse(d.illustrative());
    }

    @Test
    void discoveredEngine_offersMainstreamTopUpWithTheContractFields() {
        SenRules engine = SenRules.builder().build();
        RuleSetInfo info = engine.ruleSets().stream().filter(r -> r.id().equals(MainstreamTopUp.ID)).findFirst().orElseThrow();
        assertEquals(List.of("caseId", "planStatus", "setting", "phase", "provision"), info.caseFields());
        Module module = MainstreamTopUpCase.class.getModule();
        if (module.isNamed()) {
            assertTrue(module.isExported("org.senrules.funding.mainstream"));
        }
    }
}
