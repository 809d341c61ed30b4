package org.senrules.core.internal;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.senrules.core.DecisionException;

/**
 * The time budget of one decision, over every part of it that runs rule code: inserting the facts
 * (where the conditions are evaluated), firing the rules and reading what they left. Rules fire
 * on the deciding thread; after each firing the engine looks at the clock and, once the budget is
 * spent, halts the session, so a rule set whose rules keep re-triggering each other ends with a
 * {@link DecisionException} naming the rule set and the rule that fired last, within one firing
 * of the budget.
 *
 * <p>A single consequence that runs long (a loop over a very long list: the rule-file check
 * already refuses loops that need not end) is not between firings, and {@code halt()} cannot stop
 * it. When an engine has a rules folder (a rule author's edits), or is built with
 * {@code isolateDecisions(true)}, firing therefore runs on a worker thread: the deciding thread
 * waits for the budget, then halts the session, waits 100 ms more and, if the consequence is still
 * running, gives up on it with the same {@code DecisionException}. What is guaranteed then: the
 * caller gets its exception within the budget plus 100 ms; nothing half-made is returned; the
 * session is never handed to another decision while the abandoned consequence holds it; the
 * process and every other thread go on. What is not: the abandoned worker (a daemon thread) keeps
 * its core busy until its consequence ends, since Java cannot stop a thread safely;
 * {@link #abandoned()} counts them, and a host that sees the count grow should restart.
 *
 * <p>Anything rule code throws, {@code Error}s included ({@code StackOverflowError},
 * {@code OutOfMemoryError}, {@code LinkageError}), ends the decision with a
 * {@code DecisionException} naming the rule set and the rule (the one firing, or the one whose
 * condition was being evaluated, found from the compiled classes on the stack); a session that
 * an {@code Error} went through is never handed to another decision.
 */
final class DecisionBudget {
    private static final long GRACE_MILLIS = 100;
    private static final AtomicInteger ABANDONED = new AtomicInteger();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "senrules-decision");
        t.setDaemon(true);
        return t;
    });

    private DecisionBudget() {
    }

    /** Decisions given up on since the process started, whose consequence may still be running. */
    static int abandoned() {
        return ABANDONED.get();
    }

    /**
     * Follows the firings of one decision: the rule that fired last, and the deadline. It is the
     * session's one agenda listener while the rules fire, and tells the decision's explanation
     * which rule is about to fire: every listener of a session is sent every agenda event, so one
     * listener instead of two halves that work on each firing.
     */
    static final class Tracker extends DefaultAgendaEventListener {
        private final long deadline;
        private final ExplanationRecorder explain;
        volatile String lastRule;
        /** The rule whose consequence is running, or null between firings (conditions run then). */
        volatile String firing;
        volatile boolean timedOut;
        /** The thread running the rules: the deciding one, or a worker. */
        volatile Thread thread;

        Tracker(Duration budget, ExplanationRecorder explain) {
            this.deadline = System.nanoTime() + budget.toNanos();
            this.explain = explain;
        }

        boolean spent() {
            return System.nanoTime() - deadline > 0;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firing = event.getMatch().getRule().getName();
            if (explain != null) {
                explain.beforeMatchFired(event);
            }
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            firing = null;
            lastRule = event.getMatch().getRule().getName();
            if (System.nanoTime() - deadline > 0) {
                timedOut = true;
                event.getKieRuntime().halt();
            }
        }
    }

    /**
     * Thrown to the deciding thread when a worker was given up on, or rule code threw an
     * {@code Error}: the session must not be disposed into the pool.
     */
    static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient DecisionException exception;

        Abandoned(DecisionException exception) {
            super(null, null, false, false);
            this.exception = exception;
        }

        DecisionException exception() {
            return exception;
        }
    }

    /**
     * Inserts the facts ({@code insert}, where the conditions are evaluated), fires the session's
     * rules and reads what they left ({@code finish}, given the number of firings), all within the
     * budget, on this thread or, when {@code isolate}, on a worker, telling {@code explain} (when
     * not null) of each rule about to fire. Returns what {@code finish} made. {@code code} tells
     * which rule a compiled class on the stack belongs to (may be null); {@code ruleSet} and
     * {@code version} and the case's id are named in the exception.
     *
     * @throws DecisionException when the budget is spent, or rule code threw
     * @throws Abandoned         when the worker was given up on, or an {@code Error} went through the
     *                           session; the session then must not go back to the pool
     */
    static <T> T fire(KieSession session, Runnable insert, java.util.function.IntFunction<T> finish, ExplanationRecorder explain,
                      int maxFirings, Duration budget, boolean isolate, String ruleSet, String version, String caseId,
                      RuleCodeCheck.Index code) {
        Tracker tracker = new Tracker(budget, explain);
        java.util.concurrent.Callable<T> run = () -> {
            tracker.thread = Thread.currentThread();
            int fired = 0;
            session.addEventListener(tracker);
            try {
                insert.run();
                if (tracker.spent()) {
                    tracker.timedOut = true; // the conditions alone took the budget: no rule fires
                } else {
                    fired = session.fireAllRules(maxFirings);
                }
            } finally {
                session.removeEventListener(tracker);
            }
            return tracker.timedOut ? null : finish.apply(fired);
        };
        if (!isolate) {
            T made;
            try {
                made = run.call();
            } catch (Throwable t) {
                throw failed(t, ruleSet + " " + version, caseId, tracker, code);
            }
            if (tracker.timedOut) {
                throw overBudget(ruleSet, caseId, budget, tracker, null, code);
            }
            return made;
        }
        Future<T> future = WORKERS.submit(run);
        try {
            try {
                T made = future.get(budget.toNanos(), TimeUnit.NANOSECONDS);
                if (tracker.timedOut) {
                    throw overBudget(ruleSet, caseId, budget, tracker, null, code);
                }
                return made;
            } catch (TimeoutException e) {
                tracker.timedOut = true;
                // where it is now: a condition or a consequence that runs long shows on the worker's stack
                Thread worker = tracker.thread;
                StackTraceElement[] stack = worker == null ? new StackTraceElement[0] : worker.getStackTrace();
                session.halt();
                try {
                    future.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
                    throw overBudget(ruleSet, caseId, budget, tracker, stack, code);
                } catch (TimeoutException stillRunning) {
                    // interrupts the worker, which helps only if it waits; the session stays with it and
                    // is never disposed into the pool, so no later decision can be handed it
                    future.cancel(true);
                    ABANDONED.incrementAndGet();
                    throw new Abandoned(overBudget(ruleSet, caseId, budget, tracker, stack, code));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new DecisionException("interrupted while deciding with the rules of " + ruleSet, e);
        } catch (ExecutionException e) {
            throw failed(e.getCause(), ruleSet + " " + version, caseId, tracker, code);
        }
    }

    /**
     * What a throw from rule code becomes: a {@code DecisionException} naming the rule set and the
     * rule; an {@link Abandoned} around it for an {@code Error}, whose session is not reused.
     */
    private static RuntimeException failed(Throwable t, String ruleSet, String caseId, Tracker tracker, RuleCodeCheck.Index code) {
        if (t instanceof DecisionException d) {
            return d;
        }
        if (t instanceof Abandoned a) {
            return a;
        }
        String where = where(tracker, t.getStackTrace(), code);
        DecisionException e = new DecisionException("the rules of " + ruleSet + " failed for case " + caseId
                + (where == null ? "" : " " + where) + ": " + rootMessage(t), t instanceof Error ? null : t);
        return t instanceof Error ? new Abandoned(e) : e;
    }

    /** Which rule was running: the one firing, else the first rule whose compiled code is on the stack. */
    private static String where(Tracker tracker, StackTraceElement[] stack, RuleCodeCheck.Index code) {
        String firing = tracker.firing;
        if (firing != null) {
            return "in rule \"" + firing + "\"";
        }
        String place = placeOnStack(stack, code);
        return place != null ? "in the conditions of " + place : "while the conditions of its rules were evaluated";
    }

    private static String placeOnStack(StackTraceElement[] stack, RuleCodeCheck.Index code) {
        if (code == null || stack == null) {
            return null;
        }
        for (StackTraceElement frame : stack) {
            if (code.isCompiled(frame.getClassName())) {
                java.util.Set<String> places = code.placesOf(frame.getClassName(), frame.getMethodName());
                if (!places.isEmpty()) {
                    return String.join(" or ", places);
                }
            }
        }
        return null;
    }

    /** The innermost cause's class and message; for an {@code Error}, its class (and message: a fixed text of the JVM's). */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null || t instanceof StackOverflowError ? "" : ": " + t.getMessage());
    }

    private static DecisionException overBudget(String ruleSet, String caseId, Duration budget, Tracker tracker, StackTraceElement[] stack,
                                                RuleCodeCheck.Index code) {
        String last = tracker.lastRule == null ? "no rule had finished firing" : "the rule fired last was \"" + tracker.lastRule + "\"";
        String running = tracker.firing != null ? "; it was running rule \"" + tracker.firing + "\""
                : stack == null ? "" : placeOnStack(stack, code) != null ? "; it was evaluating the conditions of " + placeOnStack(stack, code)
                : "";
        return new DecisionException("the rules of " + ruleSet + " ran past the decision's time budget of " + millis(budget)
                + " for case " + caseId + " (" + last + running + "); the decision was stopped and nothing was decided", null);
    }

    private static String millis(Duration d) {
        return d.toMillis() % 1000 == 0 ? (d.toMillis() / 1000) + " s" : d.toMillis() + " ms";
    }
}
