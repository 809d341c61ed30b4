package org.senrules.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.runtime.rule.AgendaFilter;
import org.senrules.core.Reason;
import org.senrules.core.spi.Criteria;

/**
 * The criteria of a rule set whose declaration states them: each is a rule in the criteria phase
 * whose {@code when} is the criterion itself ({@code SsppCase( discussedAtMapMeeting )}), marked
 * {@code @criterion("id")}. The engine never fires these rules: it counts their matches. A
 * criterion is met while its rule has a match; after the criteria phase every criterion without
 * one gets the reason its declaration gives ({@code "otherwise"}), in the declaration's order, and
 * only when none is missing does the engine insert {@link org.senrules.core.spi.EveryCriterionMet}.
 * So a met criterion costs no firing, and a criterion rule that is deleted (refused when the rule
 * set loads), misnamed, broken or never matching leaves the request unfunded with its reason:
 * eligibility fails closed.
 */
final class DeclaredCriteria {
    /** The declared criteria in order, with their reasons and the sources of their rules. */
    private final List<Criterion> criteria;
    /** Each criterion rule's position in {@link #criteria}, by rule name. */
    private final Map<String, Integer> byRule;
    private final String phase;
    private final AgendaFilter notCriteria;

    /** One declared criterion as decisions use it. */
    record Criterion(String id, ReasonTemplate otherwise, String source) {
    }

    DeclaredCriteria(List<Criterion> criteria, Map<String, Integer> byRule, String phase) {
        this.criteria = List.copyOf(criteria);
        this.byRule = Map.copyOf(byRule);
        this.phase = phase;
        this.notCriteria = match -> !this.byRule.containsKey(match.getRule().getName());
    }

    /** The phase the criterion rules are in. */
    String phase() {
        return phase;
    }

    /** Lets every rule fire but the criterion rules, whose matches are counted instead. */
    AgendaFilter filter() {
        return notCriteria;
    }

    List<Criterion> criteria() {
        return criteria;
    }

    /** One decision's count of the criteria's matches. */
    Decision newDecision(ExplanationRecorder explain) {
        return new Decision(explain);
    }

    /** The criteria of one decision: an agenda listener counting matches, and the {@code criteria} global for the gate. */
    final class Decision extends DefaultAgendaEventListener implements Criteria {
        private final int[] live = new int[criteria.size()];
        private final ExplanationRecorder explain;
        private boolean considered = true;

        Decision(ExplanationRecorder explain) {
            this.explain = explain;
        }

        @Override
        public void matchCreated(MatchCreatedEvent event) {
            Integer i = byRule.get(event.getMatch().getRule().getName());
            if (i != null) {
                live[i]++;
            }
        }

        @Override
        public void matchCancelled(MatchCancelledEvent event) {
            Integer i = byRule.get(event.getMatch().getRule().getName());
            if (i != null) {
                live[i]--;
            }
        }

        boolean considered() {
            return considered;
        }

        /**
         * After the criteria phase: the reason of each criterion not met, in the declaration's
         * order; empty when every criterion is met.
         */
        List<Reason> unmet(ReasonTemplate.Values values) {
            List<Reason> out = new ArrayList<>(0);
            for (int i = 0; i < live.length; i++) {
                if (live[i] <= 0) {
                    Criterion c = criteria.get(i);
                    out.add(new Reason(c.id(), c.otherwise().render(values), c.source()));
                }
            }
            return out;
        }

        @Override
        public void notConsidered(String reason) {
            considered = false;
            explain.because(reason);
            explain.runtime().halt();
        }
    }

    /** Each criterion rule's position, by rule name, from the rules' {@code @criterion}. */
    static Map<String, Integer> positions(List<Criterion> criteria, Map<String, RuleMetadata> rules) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            index.put(criteria.get(i).id(), i);
        }
        Map<String, Integer> byRule = new HashMap<>();
        for (RuleMetadata m : rules.values()) {
            Integer i = m.criterion() == null ? null : index.get(m.criterion());
            if (i != null && m.declaresCriterion()) {
                byRule.put(m.name(), i);
            }
        }
        return byRule;
    }
}
