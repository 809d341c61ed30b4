package org.senrules.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;
import org.senrules.core.DecisionException;

/**
 * Anything rule code throws ends the decision with a DecisionException naming the rule set and
 * the rule, on the deciding thread and on a worker: a LinkageError (which no rule file can write,
 * since the check of compiled rules refuses it, so these rules are built here without the
 * engine), a StackOverflowError in a condition, an exception in a consequence; an Error's session
 * is never handed back (Abandoned).
 */
class DecisionBudgetTest {
    private static final String DRL = """
            package org.senrules.budgettest

            function int down(int n) { return down(n + 1) + 1; }

            rule "Throws a linkage error"
            when
                $s : String( this == "linkage" )
            then
                throw new LinkageError("a class did not link");
            end

            rule "Overflows in its condition"
            when
                $s : String( this == "deep", down(0) > 0 )
            then
            end

            rule "Fails in its consequence"
            when
                $s : String( this == "fails" )
            then
                Integer.parseInt($s);
            end
            """;

    private static KieBase base() {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId release = ks.newReleaseId("org.senrules.test", "budget", "1");
        kfs.generateAndWritePomXML(release);
        kfs.write("src/main/resources/org/senrules/budgettest/budget.drl", DRL);
        KieBuilder b = ks.newKieBuilder(kfs).buildAll(RuleTextCompiler.executableModel());
        assertTrue(b.getResults().getMessages(Message.Level.ERROR).isEmpty(), b.getResults().toString());
        return ks.newKieContainer(release).getKieBase();
    }

    private static final KieBase BASE = base();

    private static RuntimeException decide(String fact, boolean isolate) {
        KieSession session = BASE.newKieSession();
        try {
            DecisionBudget.fire(session, () -> session.insert(fact), fired -> fired, null, 100, Duration.ofSeconds(30), isolate,
                    "budget-test", "1.0", "C-1", null);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static DecisionException abandoned(RuntimeException e) {
        assertTrue(e instanceof DecisionBudget.Abandoned, "an Error's session is not handed back: " + e);
        return ((DecisionBudget.Abandoned) e).exception();
    }

    @Test
    void aLinkageErrorInAConsequence_isADecisionExceptionNamingTheRule_andTheSessionIsNotReused() {
        for (boolean isolate : new boolean[] {false, true}) {
            DecisionException e = abandoned(decide("linkage", isolate));
            assertEquals("the rules of budget-test 1.0 failed for case C-1 in rule \"Throws a linkage error\": LinkageError: a class did not link",
                    e.getMessage());
            assertNull(e.getCause(), "an Error is not kept: its stack may be thousands of frames");
        }
    }

    @Test
    void aStackOverflowInACondition_isADecisionException() {
        for (boolean isolate : new boolean[] {false, true}) {
            DecisionException e = abandoned(decide("deep", isolate));
            assertTrue(e.getMessage().startsWith("the rules of budget-test 1.0 failed for case C-1 "), e.getMessage());
            assertTrue(e.getMessage().endsWith(": StackOverflowError"), e.getMessage());
        }
    }

    @Test
    void anExceptionInAConsequence_isADecisionExceptionNamingTheRule_andKeepsItsCause() {
        for (boolean isolate : new boolean[] {false, true}) {
            RuntimeException e = decide("fails", isolate);
            assertTrue(e instanceof DecisionException, String.valueOf(e));
            assertTrue(e.getMessage().contains("in rule \"Fails in its consequence\": NumberFormatException"), e.getMessage());
            assertTrue(e.getCause() != null);
        }
    }

    @Test
    void aDecisionThatThrowsNothing_returnsWhatItsFinishMade() {
        for (boolean isolate : new boolean[] {false, true}) {
            KieSession session = BASE.newKieSession();
            int fired = DecisionBudget.fire(session, () -> session.insert("nothing"), f -> f, null, 100, Duration.ofSeconds(30), isolate,
                    "budget-test", "1.0", "C-1", null);
            assertEquals(0, fired);
            session.dispose();
        }
    }
}
