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
 * The time budget of one decision. Rules fire on the deciding thread; after each firing the
 * engine looks at the clock and, once the budget is spent, halts the session, so a rule set
 * whose rules keep re-triggering each other ends with a {@link DecisionException} naming the
 * rule set and the rule that fired last, within one firing of the budget.
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
        private final DefaultAgendaEventListener matches;
        volatile String lastRule;
        volatile boolean timedOut;

        Tracker(Duration budget, ExplanationRecorder explain, DefaultAgendaEventListener matches) {
            this.deadline = System.nanoTime() + budget.toNanos();
            this.explain = explain;
            this.matches = matches;
        }

        @Override
        public void matchCreated(org.kie.api.event.rule.MatchCreatedEvent event) {
            if (matches != null) {
                matches.matchCreated(event);
            }
        }

        @Override
        public void matchCancelled(org.kie.api.event.rule.MatchCancelledEvent event) {
            if (matches != null) {
                matches.matchCancelled(event);
            }
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            if (explain != null) {
                explain.beforeMatchFired(event);
            }
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            lastRule = event.getMatch().getRule().getName();
            if (System.nanoTime() - deadline > 0) {
                timedOut = true;
                event.getKieRuntime().halt();
            }
        }
    }

    /** Thrown to the deciding thread when a worker was given up on: its session must not be disposed. */
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

    /** What one decision does with its session inside the budget: inserts its facts and fires its rules, in stages if it has them. */
    @FunctionalInterface
    interface Firing {
        /** Returns the number of rules fired; {@code spent} turns true once the budget is spent (a staged firing then stops). */
        int run(KieSession session, java.util.function.BooleanSupplier spent);
    }

    /**
     * Fires the session's rules within the budget, on this thread or, when {@code isolate}, on a
     * worker, telling {@code explain} (when not null) of each rule about to fire. Returns the
     * number of firings.
     *
     * @throws DecisionException when the budget is spent
     * @throws Abandoned         when the worker was given up on; the session then belongs to it
     */
    static int fire(KieSession session, ExplanationRecorder explain, int maxFirings, Duration budget, boolean isolate, String ruleSet,
                    String caseId) {
        return fire(session, explain, null, budget, isolate, ruleSet, caseId, (s, spent) -> s.fireAllRules(maxFirings));
    }

    /**
     * Runs {@code firing} (which inserts the facts, so that conditions run inside the budget too,
     * and fires the rules) within the budget, on this thread or, when {@code isolate}, on a worker;
     * {@code explain} hears of each rule about to fire and {@code matches} (when not null) of every
     * match made and withdrawn. Returns the number of firings.
     *
     * @throws DecisionException when the budget is spent
     * @throws Abandoned         when the worker was given up on; the session then belongs to it
     */
    static int fire(KieSession session, ExplanationRecorder explain, DefaultAgendaEventListener matches, Duration budget, boolean isolate,
                    String ruleSet, String caseId, Firing firing) {
        Tracker tracker = new Tracker(budget, explain, matches);
        if (!isolate) {
            session.addEventListener(tracker);
            int fired;
            try {
                fired = firing.run(session, () -> tracker.timedOut);
            } finally {
                session.removeEventListener(tracker);
            }
            if (tracker.timedOut) {
                throw overBudget(ruleSet, caseId, budget, tracker);
            }
            return fired;
        }
        Future<Integer> future = WORKERS.submit(() -> {
            session.addEventListener(tracker);
            try {
                return firing.run(session, () -> tracker.timedOut);
            } finally {
                session.removeEventListener(tracker);
            }
        });
        try {
            try {
                int fired = future.get(budget.toNanos(), TimeUnit.NANOSECONDS);
                if (tracker.timedOut) {
                    throw overBudget(ruleSet, caseId, budget, tracker);
                }
                return fired;
            } catch (TimeoutException e) {
                tracker.timedOut = true;
                session.halt();
                try {
                    future.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
                    throw overBudget(ruleSet, caseId, budget, tracker);
                } catch (TimeoutException stillRunning) {
                    // interrupts the worker, which helps only if it waits; the session stays with it and
                    // is never disposed into the pool, so no later decision can be handed it
                    future.cancel(true);
                    ABANDONED.incrementAndGet();
                    throw new Abandoned(overBudget(ruleSet, caseId, budget, tracker));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new DecisionException("interrupted while deciding with the rules of " + ruleSet, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new DecisionException("the rules of " + ruleSet + " failed: " + cause, cause);
        }
    }

    private static DecisionException overBudget(String ruleSet, String caseId, Duration budget, Tracker tracker) {
        String last = tracker.lastRule == null ? "no rule had finished firing" : "the rule fired last was \"" + tracker.lastRule + "\"";
        return new DecisionException("the rules of " + ruleSet + " ran past the decision's time budget of " + millis(budget)
                + " for case " + caseId + " (" + last + "); the decision was stopped and nothing was decided", null);
    }

    private static String millis(Duration d) {
        return d.toMillis() % 1000 == 0 ? (d.toMillis() / 1000) + " s" : d.toMillis() + " ms";
    }
}
