package org.senrules.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.Decision;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.PolicyKey;
import org.senrules.core.PolicyVariant;
import org.senrules.core.Request;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.RuleSetKey;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.funding.band.BandOutcome;
import org.senrules.funding.band.SpecialSchoolBand;
import org.senrules.funding.ehcp.EhcpTopUp;
import org.senrules.funding.esn.EsnRequest;
import org.senrules.funding.forecast.HighNeedsForecast;
import org.senrules.funding.internal.FundingRulePack;
import org.senrules.funding.mainstream.MainstreamTopUp;
import org.senrules.funding.sspp.SsppCase;
import org.senrules.funding.sspp.SsppOutcome;
import org.senrules.funding.sspp.SsppTopUp;

/** Deciding through a rule set's typed handle: the types are the rule set's, and a mismatch is refused clearly. */
class TypedHandlesTest {
    static final SenRules ENGINE = SenRules.builder().discoverPacks(false).addPack(new FundingRulePack()).build();
    static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
    static final List<Class<?>> HANDLES = List.of(SsppTopUp.class, SpecialSchoolBand.class, EhcpTopUp.class, EsnRequest.class,
            HighNeedsForecast.class, MainstreamTopUp.class, org.senrules.funding.earlyyears.EarlyYearsInclusion.class);

    static SsppCase pupil() {
        return SsppCase.builder().caseId("P-0001").planStatus(PlanStatus.SEN_SUPPORT).setting(Setting.MAINSTREAM_SCHOOL)
                .primaryNeed(PrimaryNeed.SLCN).parentalConsent(true).graduatedApproachCycles(3).coCreatedWithSupportServices(true)
                .outsideAgencySupport(true).discussedAtMapMeeting(true).requestedSupportUnits(6).renewal(false).locality("North")
                .build();
    }

    @Test
    void aDecisionThroughAHandle_isTypedAndWritesTheSameJsonAsTheStringRoute() {
        Decision<SsppOutcome> typed = ENGINE.decide(SsppTopUp.DBV_OPTION_4, pupil(), AS_OF);
        SsppOutcome o = typed.outcome();
        assertEquals(4, o.getSupportUnits());
        Decision<?> byId = ENGINE.decide(new Request("sspp-top-up", AS_OF, "dbv-option-4", pupil()));
        assertEquals(ENGINE.json().write(byId), ENGINE.json().write(typed));
        assertEquals("dbv-option-4", typed.policy());
        assertEquals("current", ENGINE.decide(SsppTopUp.RULE_SET, pupil(), AS_OF).policy());
    }

    @Test
    void everyRuleSetOfThePack_hasAHandleOfItsTypes_andEveryPolicyItsConstant() throws IllegalAccessException {
        List<String> covered = new ArrayList<>();
        for (Class<?> handles : HANDLES) {
            RuleSetKey<?, ?> key = null;
            List<String> constants = new ArrayList<>();
            for (Field f : handles.getFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                if (f.getType() == RuleSetKey.class) {
                    key = (RuleSetKey<?, ?>) f.get(null);
                } else if (f.getType() == PolicyKey.class) {
                    PolicyKey<?, ?> p = (PolicyKey<?, ?>) f.get(null);
                    constants.add(p.name());
                    assertEquals(f.getName(), p.name().toUpperCase(java.util.Locale.ROOT).replace('-', '_'), "constant named for its policy");
                }
            }
            RuleSetKey<?, ?> k = key;
            RuleSetInfo info = ENGINE.ruleSets().stream().filter(i -> i.id().equals(k.id())).findFirst().orElseThrow();
            assertSame(info.caseType(), key.caseType(), key.id());
            assertSame(info.outcomeType(), key.outcomeType(), key.id());
            List<String> policies = info.policies().stream().map(PolicyVariant::name).filter(n -> !n.equals("current")).sorted().toList();
            assertEquals(policies, constants.stream().sorted().toList(), key.id() + ": a constant for each policy, and only those");
            covered.add(key.id());
        }
        assertEquals(ENGINE.ruleSets().stream().map(RuleSetInfo::id).sorted().toList(), covered.stream().sorted().toList());
    }

    @Test
    void readingAnOutcomeAsAnotherType_isAClearError() {
        Decision<?> d = ENGINE.decide(Request.of("sspp-top-up", AS_OF, pupil()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.outcome(BandOutcome.class));
        assertEquals("rule set sspp-top-up gives SsppOutcome outcomes, not BandOutcome", e.getMessage());
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class, () -> d.as(SpecialSchoolBand.RULE_SET));
        assertEquals("this decision is of rule set sspp-top-up, not special-school-band", other.getMessage());
        Decision<SsppOutcome> narrowed = d.as(SsppTopUp.RULE_SET);
        assertSame(d.outcome(), narrowed.outcome());
        assertEquals(d, narrowed);
    }

    @Test
    void aHandleWhoseTypesAreNotTheLoadedRuleSets_isRefusedNamingBoth() {
        RuleSetKey<SsppCase, BandOutcome> wrong = RuleSetKey.of("sspp-top-up", SsppCase.class, BandOutcome.class);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ENGINE.decide(wrong, pupil(), AS_OF));
        assertTrue(e.getMessage().contains(BandOutcome.class.getName()) && e.getMessage().contains(SsppOutcome.class.getName()),
                e.getMessage());
        IllegalArgumentException atBuild = assertThrows(IllegalArgumentException.class, () -> SenRules.builder()
                .discoverPacks(false).addPack(new FundingRulePack()).ruleSets(wrong).build());
        assertTrue(atBuild.getMessage().startsWith("the handle of rule set sspp-top-up"), atBuild.getMessage());
    }

    @Test
    void aPolicyTheRuleSetDoesNotHave_isAnInvalidRequest() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> ENGINE.decide(SsppTopUp.RULE_SET.policy("dbv-option-9"), pupil(), AS_OF));
        assertEquals("policy", e.violations().get(0).path());
    }

    @Test
    void aCohortThroughAHandle_isDecidedInOrderAndTyped() {
        SsppCase second = pupil().toBuilder().caseId("P-0002").requestedSupportUnits(2).build();
        List<Decision<SsppOutcome>> ds = ENGINE.decideAll(SsppTopUp.DBV_OPTION_4, List.of(pupil(), second), AS_OF);
        assertEquals(List.of("P-0001", "P-0002"), ds.stream().map(Decision::caseId).toList());
        assertEquals(2, ds.get(1).outcome().getSupportUnits());
    }

    @Test
    void theOutcomeOfADecisionMade_cannotChange() {
        Decision<SsppOutcome> d = ENGINE.decide(SsppTopUp.RULE_SET, pupil(), AS_OF);
        String before = ENGINE.json().write(d);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> d.outcome().setTopUp(Money.ofPence(1)));
        assertEquals("this SsppOutcome is the outcome of a decision already made; it cannot change", e.getMessage());
        assertThrows(IllegalStateException.class, () -> d.outcome().setEligible(false));
        assertEquals(before, ENGINE.json().write(d));
        assertNotEquals(Money.ofPence(1), d.outcome().getTopUp());
    }

    @Test
    void aRuleSetSelectedByHandle_isTheOnlyOneCompiled() {
        SenRules only = SenRules.builder().discoverPacks(false).addPack(new FundingRulePack()).ruleSets(SsppTopUp.RULE_SET).build();
        assertEquals(List.of("sspp-top-up"), only.ruleSets().stream().map(RuleSetInfo::id).toList());
    }

    @Test
    void readingTheOutcomeOfAHandleAsAnotherType_doesNotCompile(@TempDir Path dir) throws Exception {
        String source = """
                import java.time.LocalDate;
                import org.senrules.core.Decision;
                import org.senrules.core.SenRules;
                import org.senrules.funding.band.BandOutcome;
                import org.senrules.funding.sspp.SsppCase;
                import org.senrules.funding.sspp.SsppTopUp;

                class Wrong {
                    static Decision<BandOutcome> decide(SenRules engine, SsppCase pupil) {
                        return engine.decide(SsppTopUp.RULE_SET, pupil, LocalDate.of(2026, 1, 15));
                    }
                }
                """;
        Path file = dir.resolve("Wrong.java");
        Files.writeString(file, source);
        List<String> options = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-d", dir.toString(), "-proc:none"));
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath != null) {
            options.addAll(List.of("--module-path", modulePath, "--add-modules", "org.senrules.funding"));
        } else {
            options.addAll(List.of("-classpath", System.getProperty("java.class.path")));
        }
        options.add(file.toString());
        Process javac = new ProcessBuilder(options).redirectErrorStream(true).start();
        String errors = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertNotEquals(0, javac.waitFor(), "a Decision<BandOutcome> from the SSPP handle must not compile");
        assertTrue(errors.contains("incompatible types"), errors);
        // and the right type does compile, so the failure above is the type's, not the set-up's
        Files.writeString(file, source.replace("BandOutcome", "SsppOutcome").replace("org.senrules.funding.band.SsppOutcome",
                "org.senrules.funding.sspp.SsppOutcome"));
        Process right = new ProcessBuilder(options).redirectErrorStream(true).start();
        String rightErrors = new String(right.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, right.waitFor(), rightErrors);
    }
}
