package org.senrules.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.senrules.core.Decision;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.PolicyVariant;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.Violation;
import org.senrules.core.spi.Summary;
import org.senrules.simulation.distinct.DistinctCases;

/**
 * One pass of the simulator over a cohort, chunk by chunk as it comes (from a list or from a
 * file being read): each chunk is decided under every policy, and under {@code current} with a
 * compared parameter set if there is one, added to each policy's aggregates in cohort order, and
 * dropped. Only the aggregates, each case's id and what the winners-and-losers tables need of
 * it ({@link CaseColumns}) are kept, so memory grows by a few bytes a case, not by its decisions.
 *
 * <p>A rule failing on a case does not stop the pass: it goes on looking (policy by policy, as
 * the simulator decided before the one-pass route) for the failure the policy-by-policy route
 * would have met first, the first failing policy's, and {@link #finish()} throws that one, so the
 * message a user sees is the one it always was; nothing made after the first failure is kept.
 * Not thread-safe: chunks are added from one thread, in order.
 */
final class CohortPass {
    private final SenRules engine;
    private final List<PolicyVariant> policies;
    private final List<String> names;
    private final Summary<?, ?> summary;
    private final SenRules compareEngine;
    private final ProgressListener progress;
    private final boolean onePass;
    /** Each distinct case decided once, on the one-pass route; null on the other. */
    private final DistinctCases distinct;
    private final String ruleSet;
    final List<Simulation.PolicyResult> results;
    final Simulation.PolicyResult compared;
    private String[] ids;
    private int cases;
    /** The first policy (by its place) a rule failed under, and that failure; names.size() when none has. */
    private int failedPolicy;
    private RuntimeException failure;
    private RuntimeException compareFailure;

    CohortPass(SenRules engine, String ruleSet, List<PolicyVariant> policies, Summary<?, ?> summary, SenRules compareEngine,
               ProgressListener progress, int expected, DistinctCases distinct) {
        this.engine = engine;
        this.ruleSet = ruleSet;
        this.policies = List.copyOf(policies);
        this.names = this.policies.stream().map(PolicyVariant::name).toList();
        this.summary = summary;
        this.compareEngine = compareEngine;
        this.progress = progress;
        this.onePass = distinct != null;
        this.distinct = distinct;
        this.results = new ArrayList<>(policies.size());
        for (int p = 0; p < this.policies.size(); p++) {
            // the tables are by current's band, area and setting: only current keeps them
            results.add(new Simulation.PolicyResult(this.policies.get(p), expected, p == 0));
        }
        this.compared = compareEngine == null ? null : new Simulation.PolicyResult(this.policies.get(0), expected, true);
        this.ids = new String[Math.max(16, expected)];
        this.failedPolicy = names.size();
    }

    /** How many cases a chunk should have: as many decisions as the policy-by-policy route held. */
    int chunkSize() {
        return Simulation.chunk(names.size());
    }

    /** Decides the next cases of the cohort and adds them to the aggregates. */
    void add(List<Request> chunk) {
        for (Request r : chunk) {
            if (!r.ruleSet().equals(ruleSet)) {
                throw new IllegalArgumentException("a cohort to simulate has cases of one rule set, this one has "
                        + new java.util.TreeSet<>(List.of(ruleSet, r.ruleSet())));
            }
            if (cases == ids.length) {
                ids = Arrays.copyOf(ids, cases + (cases >> 1) + 16);
            }
            ids[cases++] = r.caseData().caseId();
        }
        if (failedPolicy < names.size()) {
            look(chunk, failedPolicy);
            return;
        }
        if (onePass) {
            List<?>[] decided;
            try {
                decided = Simulation.decideChunk(distinct, chunk, names);
            } catch (RuntimeException e) {
                look(chunk, names.size());
                return;
            }
            for (int i = 0; i < chunk.size(); i++) {
                Request request = chunk.get(i);
                List<?> decisions = decided[i];
                for (int p = 0; p < names.size(); p++) {
                    Simulation.add(results.get(p), request, (Decision<?>) decisions.get(p), summary);
                }
                decided[i] = null;
            }
            for (String name : names) {
                progress.advance(chunk.size(), name);
            }
        } else {
            List<List<Decision<?>>> byPolicy = byPolicy(chunk, names.size());
            if (byPolicy == null) {
                return;
            }
            addAll(chunk, byPolicy);
        }
        compare(chunk);
    }

    /** The chunk under the compared parameter set, unless a rule failed there before. */
    private void compare(List<Request> chunk) {
        if (compareEngine == null || compareFailure != null) {
            return;
        }
        List<Decision<?>> decisions;
        try {
            decisions = compareEngine.decideAllInParallel(under(chunk, names.get(0)));
        } catch (RuntimeException e) {
            compareFailure = e;
            return;
        }
        for (int i = 0; i < chunk.size(); i++) {
            Simulation.add(compared, chunk.get(i), decisions.get(i), summary);
        }
        progress.advance(chunk.size(), names.get(0));
    }

    /**
     * After the one-pass route failed on this chunk, or a rule failed on an earlier one: decides
     * the chunk policy by policy, the first {@code upTo} policies, to find the first that fails.
     * If none does (the one-pass route failed where deciding policy by policy does not), the
     * chunk's decisions are added as that route would have added them.
     */
    private void look(List<Request> chunk, int upTo) {
        List<List<Decision<?>>> byPolicy = byPolicy(chunk, upTo);
        if (byPolicy != null && upTo == names.size() && failedPolicy == names.size()) {
            addAll(chunk, byPolicy);
            compare(chunk);
        }
    }

    /** The chunk decided under each of the first {@code upTo} policies, or null when one fails (recorded). */
    private List<List<Decision<?>>> byPolicy(List<Request> chunk, int upTo) {
        List<List<Decision<?>>> out = new ArrayList<>(upTo);
        for (int p = 0; p < upTo; p++) {
            try {
                out.add(engine.decideAllInParallel(under(chunk, names.get(p))));
            } catch (InvalidRequestException e) {
                // a case built in Java that its rule set refuses: named by its place in the cohort, not in the chunk
                failedPolicy = p;
                failure = new InvalidRequestException(inCohort(e.violations(), cases - chunk.size()));
                return null;
            } catch (RuntimeException e) {
                failedPolicy = p;
                failure = e;
                return null;
            }
        }
        return out;
    }

    private static List<Violation> inCohort(List<Violation> violations, int offset) {
        List<Violation> out = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            java.util.regex.Matcher m = CASE.matcher(v.path());
            out.add(m.matches() ? new Violation("cases[" + (Integer.parseInt(m.group(1)) + offset) + "]" + m.group(2), v.message()) : v);
        }
        return out;
    }

    private static final java.util.regex.Pattern CASE = java.util.regex.Pattern.compile("cases\\[(\\d+)\\](.*)", java.util.regex.Pattern.DOTALL);

    private void addAll(List<Request> chunk, List<List<Decision<?>>> byPolicy) {
        for (int p = 0; p < byPolicy.size(); p++) {
            List<Decision<?>> decisions = byPolicy.get(p);
            for (int i = 0; i < chunk.size(); i++) {
                Simulation.add(results.get(p), chunk.get(i), decisions.get(i), summary);
            }
            progress.advance(chunk.size(), names.get(p));
        }
    }

    private static List<Request> under(List<Request> chunk, String policy) {
        List<Request> out = new ArrayList<>(chunk.size());
        for (Request r : chunk) {
            out.add(r.withPolicy(policy));
        }
        return out;
    }

    /** Cases added so far. */
    int cases() {
        return cases;
    }

    /**
     * The case ids, in cohort order.
     *
     * @throws RuntimeException the failure of the first policy a rule failed under, else of the compared parameters
     */
    String[] finish() {
        if (distinct != null) {
            distinct.log(ruleSet + ", snapshot");
        }
        if (failure != null) {
            throw failure;
        }
        if (compareFailure != null) {
            throw compareFailure;
        }
        return cases == ids.length ? ids : Arrays.copyOf(ids, cases);
    }
}
