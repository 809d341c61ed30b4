package org.senrules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.senrules.core.ApiStatus;
import org.senrules.core.Decision;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Reason;
import org.senrules.core.Request;
import org.senrules.core.RuleInfo;
import org.senrules.core.RuleSetException;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;
import org.senrules.core.scenario.Scenario;
import org.senrules.core.scenario.Scenarios;

/**
 * The tests every rule set gets, written once: a pack's test class implements this interface and
 * JUnit runs each test over every rule-set folder of the pack ({@code META-INF/senrules/<id>/} with
 * its {@code <id>.rule-set.json}), as JUnit 5's documentation writes shared tests as interfaces
 * with default methods:
 *
 * <pre>{@code
 * class FundingRuleSetsTest implements RuleSetContract {
 * }
 * }</pre>
 *
 * <p>For each folder it checks that: the engine loads the rule set; every scenario in
 * {@code scenarios/} passes; every policy has a scenario; every criterion and every rule that gives a reason has a scenario that
 * expects it and one that expects it not; the golden decisions ({@code golden/requests.jsonl}
 * decided again) match {@code golden/decisions.jsonl}, or are recorded with
 * {@code -Dsenrules.golden=record}; the rules built with the pack decide the golden requests
 * byte for byte as the same rules compiled at run time; each criterion fails closed (its rule
 * deleted, the rule set does not load and the refusal names the criterion; its rule made never to
 * match, every considered request is refused with the criterion's reason and none is eligible);
 * and mutated requests are decided or refused as an {@code invalid-request}, never with an
 * exception.
 *
 * @since 1.2
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public interface RuleSetContract {

    /** The pack's resources folder, where its rule-set folders are; {@code src/main/resources} unless overridden. */
    default Path resources() {
        return Path.of("src/main/resources");
    }

    /**
     * The engine the contract decides with; by default every pack the test finds, as an embedder
     * finds them, built once per test class.
     */
    default SenRules engine() {
        return ContractEngines.engine(getClass(), () -> SenRules.builder().build());
    }

    /** The same engine compiling every rule file at run time (see {@link PrebuiltRulesCheck}). */
    default SenRules compiledAtRunTime() {
        return ContractEngines.compiled(getClass(), () -> SenRules.builder().build());
    }

    /** How many mutants the fuzzer makes per rule set. */
    default int fuzzedRequests() {
        return 400;
    }

    /** Every rule-set folder of the pack. */
    private List<RuleSetFolder> folders() {
        return RuleSetFolder.all(resources());
    }

    /** The engine loads every rule set the pack declares. */
    @TestFactory
    default Stream<DynamicTest> everyFolderIsLoaded() {
        return folders().stream().map(f -> DynamicTest.dynamicTest(f.id(), () -> assertTrue(
                engine().ruleSets().stream().anyMatch(r -> r.id().equals(f.id())),
                "the engine has no rule set " + f.id() + ", whose folder the pack ships: register it in the pack (RuleSetFolders)")));
    }

    /** Every scenario of every folder passes. */
    @TestFactory
    default Stream<DynamicNode> scenarios() {
        return folders().stream().map(f -> DynamicContainer.dynamicContainer(f.id(), f.scenarios().stream()
                .map(s -> DynamicTest.dynamicTest(s.file() + ": " + s.name(), () -> Scenarios.run(engine(), s).assertPassed()))));
    }

    /**
     * Every criterion, and every rule whose id a golden decision gives as a reason, has a scenario
     * that expects it and one that expects it not.
     */
    @TestFactory
    default Stream<DynamicTest> everyReasonHasScenarios() {
        return folders().stream().map(f -> DynamicTest.dynamicTest(f.id(), () -> {
            Set<String> ids = new LinkedHashSet<>(info(f.id()).criteria().keySet());
            ids.addAll(f.goldenReasons());
            List<Scenario> all = f.scenarios();
            List<String> missing = new ArrayList<>();
            for (String id : ids) {
                if (all.stream().noneMatch(s -> s.expectedReasons().contains(id))) {
                    missing.add(id + " (no scenario expects it)");
                }
                if (all.stream().noneMatch(s -> s.expectedNotReasons().contains(id))) {
                    missing.add(id + " (no scenario expects it not)");
                }
            }
            assertTrue(missing.isEmpty(), f.id() + ": " + missing);
        }));
    }

    /** Every policy of every rule set has a scenario. */
    @TestFactory
    default Stream<DynamicTest> everyPolicyHasScenarios() {
        return folders().stream().map(f -> DynamicTest.dynamicTest(f.id(), () -> {
            List<String> without = new ArrayList<>();
            for (var policy : info(f.id()).policies()) {
                if (f.scenarios().stream().noneMatch(s -> s.policy().equals(policy.name()))) {
                    without.add(policy.name());
                }
            }
            assertTrue(without.isEmpty(), f.id() + ": no scenario decides under " + without);
        }));
    }

    /** The golden decisions of every folder match its recording (or are recorded). */
    @TestFactory
    default Stream<DynamicTest> goldenDecisions() {
        return folders().stream().filter(RuleSetFolder::hasGolden).map(f -> DynamicTest.dynamicTest(f.id(), () -> {
            List<String> differences = GoldenDecisions.check(engine(), f.golden(), f.goldenRequests(engine()));
            assertTrue(differences.isEmpty(), String.join("\n", differences));
        }));
    }

    /** The pack's pre-built rules decide every golden request exactly as the rule files compiled at run time. */
    @TestFactory
    default Stream<DynamicTest> prebuiltRulesDecideAsCompiled() {
        return folders().stream().filter(RuleSetFolder::hasGolden).map(f -> DynamicTest.dynamicTest(f.id(),
                () -> PrebuiltRulesCheck.assertSameDecisions(engine(), compiledAtRunTime(), f.goldenRequests(engine()))));
    }

    /**
     * Each declared criterion fails closed: with its rule deleted the rule set does not load, and
     * the refusal names the criterion; with its rule made never to match, every request that gets
     * past the phases before the criteria is refused with the criterion's reason.
     */
    @TestFactory
    default Stream<DynamicNode> criteriaFailClosed() {
        return folders().stream().map(f -> DynamicContainer.dynamicContainer(f.id(), info(f.id()).criteria().keySet().stream()
                .map(c -> DynamicTest.dynamicTest(c, () -> failsClosed(f, c)))));
    }

    private void failsClosed(RuleSetFolder f, String criterion) throws IOException {
        List<Request> requests = f.goldenRequests(engine());
        assertFalse(requests.isEmpty(), f.id() + " has no golden requests to check its criteria with");
        Path deleted = f.copyWithCriterionRule(criterion, false);
        try {
            SenRules.builder().rulesDirectory(deleted).ruleSets(f.id()).build();
            fail("with the rule of criterion " + criterion + " deleted, " + f.id() + " still loaded");
        } catch (RuleSetException e) {
            assertTrue(e.getMessage().contains("\"" + criterion + "\""), "the refusal does not name criterion " + criterion + ": " + e.getMessage());
        } finally {
            RuleSetFolder.delete(deleted);
        }
        Path neverMatching = f.copyWithCriterionRule(criterion, true);
        try {
            SenRules broken = SenRules.builder().rulesDirectory(neverMatching).ruleSets(f.id()).build();
            var summary = info(f.id()).summary();
            int refused = 0;
            for (Request r : requests) {
                Decision<?> before;
                try {
                    before = engine().decide(r);
                } catch (InvalidRequestException e) {
                    continue;
                }
                Decision<?> after = broken.decide(r);
                boolean reasonGiven = after.reasons().stream().map(Reason::rule).anyMatch(criterion::equals);
                if (reasonGiven) {
                    refused++;
                } else {
                    // only a request the phases before the criteria stopped is decided without it, as before
                    assertEquals(ruleIds(before), ruleIds(after), r.caseData().caseId() + ": with criterion " + criterion
                            + " never met, the decision neither gives its reason nor stays as it was");
                }
                if (summary != null && summary.hasEligible() && summary.read(r.caseData(), after.outcome()).eligible()) {
                    fail(r.caseData().caseId() + ": eligible with criterion " + criterion + " never met");
                }
            }
            assertTrue(refused > 0, "no golden request reaches criterion " + criterion + " of " + f.id());
        } finally {
            RuleSetFolder.delete(neverMatching);
        }
    }

    private static List<String> ruleIds(Decision<?> d) {
        return d.reasons().stream().map(Reason::rule).toList();
    }

    /** Mutated golden requests are decided or refused as an invalid request, never with an exception. */
    @TestFactory
    default Stream<DynamicTest> fuzzedRequestsAreRefusedCleanly() {
        return folders().stream().filter(RuleSetFolder::hasGolden).map(f -> DynamicTest.dynamicTest(f.id(), () -> {
            List<String> valid = f.goldenRequestTexts().stream().limit(50).toList();
            RequestFuzzer.Report report = RequestFuzzer.run(engine(), valid, 20260115L, fuzzedRequests());
            assertTrue(report.failures().isEmpty(), f.id() + ": " + report.failures());
        }));
    }

    private RuleSetInfo info(String id) {
        return engine().ruleSets().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("the engine has no rule set " + id));
    }
}
