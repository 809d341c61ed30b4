package org.senrules.simulation.distinct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.Decision;
import org.senrules.core.PolicyVariant;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.FinancialYear;
import org.senrules.simulation.Simulation;
import org.senrules.simulation.Trajectory;
import org.senrules.simulation.TrajectoryAssumptions;

/**
 * Each distinct case decided once: a cohort of 40 SSPP requests made of 5 distinct cases (their
 * ids aside), each repeated 8 times. Every case's decisions through the memo equal the engine's
 * own for that case under every policy; the rules run 5 times, not 40; a small cap still gives
 * the same decisions; the rules of a council folder that name the case id turn it off.
 */
class DistinctCasesTest {
    private static final String[][] DISTINCT = {
        {"MAINSTREAM_SCHOOL", "ASD", "true", "6", "North"},
        {"MAINSTREAM_SCHOOL", "SEMH", "false", "6", "South"},
        {"NURSERY_SCHOOL", "SLCN", "true", "2", "South"},
        {"MAINSTREAM_SCHOOL", "MLD", "true", "12", "East"},
        {"MAINSTREAM_SCHOOL", "OTH", "true", "3", "North"}};
    @TempDir
    static Path dir;
    private static SenRules engine;
    private static List<Request> cohort;
    private static List<String> policies;

    @BeforeAll
    static void engine() {
        engine = SenRules.builder().build();
        cohort = cohort(engine);
        policies = engine.ruleSets().stream().filter(r -> r.id().equals("sspp-top-up")).findFirst().orElseThrow().policies().stream()
                .map(PolicyVariant::name).toList();
    }

    private static List<Request> cohort(SenRules on) {
        StringBuilder cases = new StringBuilder();
        for (int copy = 0; copy < 8; copy++) {
            for (int d = 0; d < DISTINCT.length; d++) {
                String[] r = DISTINCT[d];
                cases.append(cases.length() == 0 ? "" : ",").append("""
                        { "caseId": "C-%d-%d", "planStatus": "SEN_SUPPORT", "setting": "%s", "primaryNeed": "%s",
                          "parentalConsent": %s, "graduatedApproachCycles": 3, "coCreatedWithSupportServices": true,
                          "outsideAgencySupport": true, "discussedAtMapMeeting": true, "requestedSupportUnits": %s,
                          "renewal": false, "cohorts": [], "locality": "%s" }
                        """.formatted(d, copy, r[0], r[1], r[2], r[3], r[4]));
            }
        }
        return on.json().read("{ \"ruleSet\": \"sspp-top-up\", \"asOf\": \"2026-01-15\", \"cases\": [" + cases + "] }");
    }

    /** The same decisions but for the case id: the whole decision JSON, each with its own case id set aside. */
    private static void assertSameDecisions(List<Decision<?>> expected, List<Decision<?>> actual, String caseId) {
        assertEquals(expected.size(), actual.size());
        for (int p = 0; p < expected.size(); p++) {
            Decision<?> e = expected.get(p);
            Decision<?> a = actual.get(p);
            assertEquals(caseId, e.caseId());
            assertEquals(engine.json().write(e).replace("\"" + e.caseId() + "\"", "\"ID\""),
                    engine.json().write(a).replace("\"" + a.caseId() + "\"", "\"ID\""), caseId + " under " + e.policy());
        }
    }

    @Test
    void repeatedCases_areDecidedOnce_andGetTheDecisionsOfTheirOwnContent() {
        DistinctCases distinct = DistinctCases.of(engine, "sspp-top-up", cohort.get(0).caseData().getClass());
        assertNull(distinct.off(), "the shipped sspp-top-up rules never read the case id");
        distinct.nextChunk();
        for (Request r : cohort) {
            assertSameDecisions(engine.decideUnderPolicies(r, policies), distinct.decide(r, policies), r.caseData().caseId());
        }
        assertEquals(40, distinct.cases());
        assertEquals(5, distinct.decided(), "five distinct cases");
        assertEquals("decided 5 distinct cases of 40", distinct.summary());
        // a repeated case is given the same list, not a copy
        assertSame(distinct.decide(cohort.get(0), policies), distinct.decide(cohort.get(5), policies));
    }

    @Test
    void theDateAndThePolicies_arePartOfTheKey() {
        DistinctCases distinct = DistinctCases.of(engine, "sspp-top-up", cohort.get(0).caseData().getClass());
        Request r = cohort.get(0);
        Request later = new Request(r.ruleSet(), r.asOf().plusMonths(4), r.policy(), r.caseData());
        distinct.decide(r, policies);
        List<Decision<?>> onLater = distinct.decide(later, policies);
        assertEquals(later.asOf(), onLater.get(0).asOf());
        List<Decision<?>> two = distinct.decide(r, policies.subList(0, 2));
        assertEquals(2, two.size());
        assertEquals(3, distinct.decided());
    }

    @Test
    void aSmallCap_dropsCasesBetweenChunks_andTheDecisionsStayTheSame() {
        // room for four cases' decisions; chunks of two cases, so a sweep keeps the two most recent
        DistinctCases distinct = DistinctCases.of(engine, "sspp-top-up", cohort.get(0).caseData().getClass(), 4 * policies.size());
        for (int from = 0; from < cohort.size(); from += 2) {
            distinct.nextChunk();
            for (Request r : cohort.subList(from, from + 2)) {
                assertSameDecisions(engine.decideUnderPolicies(r, policies), distinct.decide(r, policies), r.caseData().caseId());
            }
        }
        assertEquals(40, distinct.cases());
        // chunks [0,1] [2,3] [4,0] [1,2] [3,4] ...: the first three decide 5 (case 0 reused); from then on
        // each sweep keeps the two cases of the chunk before, and each chunk of two reuses one case
        // every other chunk: 5 + 26 = 31, on every run
        assertEquals(31, distinct.decided());
    }

    @Test
    void theProperty_turnsItOff_andAnyOtherValueIsRefused() {
        String was = System.getProperty(DistinctCases.PROPERTY);
        try {
            System.setProperty(DistinctCases.PROPERTY, "false");
            DistinctCases off = DistinctCases.of(engine, "sspp-top-up", cohort.get(0).caseData().getClass());
            cohort.forEach(r -> off.decide(r, policies));
            assertEquals(40, off.decided());
            assertEquals("decided all 40 cases, repeated or not: senrules.simulation.distinctCases is false", off.summary());
            System.setProperty(DistinctCases.PROPERTY, "maybe");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> DistinctCases.of(engine, "sspp-top-up", cohort.get(0).caseData().getClass()));
            assertEquals("the system property senrules.simulation.distinctCases is true or false, not \"maybe\"", e.getMessage());
            // refused by both routes of the simulator, not taken as a failure of the one-pass route
            for (String onePass : List.of("true", "false")) {
                System.setProperty("senrules.simulation.onePass", onePass);
                try {
                    assertEquals(e.getMessage(), assertThrows(IllegalArgumentException.class,
                            () -> Simulation.of(engine, cohort).run()).getMessage(), "snapshot, onePass " + onePass);
                    assertEquals(e.getMessage(), assertThrows(IllegalArgumentException.class,
                            () -> Trajectory.of(engine, cohort).years(FinancialYear.parse("2025-26"), FinancialYear.parse("2026-27"))
                                    .assumptions(still()).run()).getMessage(), "trajectory, onePass " + onePass);
                } finally {
                    System.clearProperty("senrules.simulation.onePass");
                }
            }
        } finally {
            if (was == null) {
                System.clearProperty(DistinctCases.PROPERTY);
            } else {
                System.setProperty(DistinctCases.PROPERTY, was);
            }
        }
    }

    /** No growth and no leavers: the trajectory's figures do not matter here. */
    private static TrajectoryAssumptions still() {
        TrajectoryAssumptions.Figure none = new TrajectoryAssumptions.Figure(java.math.BigDecimal.ZERO, "test", true);
        return new TrajectoryAssumptions(none, none, new TrajectoryAssumptions.BudgetGrowth(List.of(
                new TrajectoryAssumptions.Rate(java.time.LocalDate.of(2026, 4, 1), java.math.BigDecimal.ZERO)), "test", true), "test");
    }

    @Test
    void theShippedSimulatedRuleSets_neverReadTheCaseId() {
        for (String ruleSet : List.of("sspp-top-up", "ehcp-top-up")) {
            Class<?> type = engine.ruleSets().stream().filter(r -> r.id().equals(ruleSet)).findFirst().orElseThrow().caseType();
            assertNull(DistinctCases.rulesReadTheCaseId(engine, ruleSet, type), ruleSet);
        }
        assertEquals("caseId", DistinctCases.namesTheCaseId("when $c : SsppCase(caseId == \"P-1\")"));
        assertEquals("CaseId", DistinctCases.namesTheCaseId("$c.getCaseId()"));
        assertEquals("toString", DistinctCases.namesTheCaseId("explain.because($c.toString())"));
        assertNull(DistinctCases.namesTheCaseId("when $c : SsppCase(requestedSupportUnits > 4)"));
    }

    @Test
    void councilRulesThatNameTheCaseId_areDecidedCaseByCase() throws IOException {
        Path exported = dir.resolve("exported");
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Path drl = engine.exportFiles("sspp-top-up", exported).stream().filter(p -> p.toString().endsWith(".drl")).findFirst().orElseThrow();
        // a comment is enough: the check reads the text, it does not parse it
        Files.writeString(rules.resolve(drl.getFileName()), Files.readString(drl) + "\n// a council note: never look at the caseId\n");
        SenRules council = SenRules.builder().rulesDirectory(rules).build();
        List<Request> theirs = cohort(council);
        DistinctCases distinct = DistinctCases.of(council, "sspp-top-up", theirs.get(0).caseData().getClass());
        assertTrue(distinct.off().startsWith("the rule file ") && distinct.off().endsWith("sspp-top-up.drl names caseId"),
                distinct.off());
        List<Request> some = new ArrayList<>(theirs.subList(0, 10));
        some.forEach(r -> distinct.decide(r, policies));
        assertEquals(10, distinct.decided());
    }

    @Test
    void theContent_leavesOutTheCaseIdAndNothingElse() {
        var read = DistinctCases.contentReader(cohort.get(0).caseData().getClass());
        assertEquals(read.apply(cohort.get(0).caseData()), read.apply(cohort.get(5).caseData()), "C-0-0 and C-0-1");
        assertNotEquals(read.apply(cohort.get(0).caseData()), read.apply(cohort.get(1).caseData()), "C-0-0 and C-1-0");
        assertNotEquals(cohort.get(0).caseData(), cohort.get(5).caseData(), "the cases themselves differ by id");
    }
}
