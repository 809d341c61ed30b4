package org.senrules.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.FactHandle;
import org.senrules.core.Reason;
import org.senrules.core.spi.Criteria;
import org.senrules.core.spi.EveryCriterionMet;

/**
 * The {@code criteria} global of one decision: which declared criteria are met, which failed,
 * and whether the request was considered at all. It inserts {@link EveryCriterionMet} when the
 * last declared criterion is recorded as met, and never otherwise: eligibility fails closed.
 */
final class CriteriaRecorder implements Criteria {
    /** The rule id of the reason given for a declared criterion that was not assessed. */
    static final String NOT_ASSESSED = "criterion-not-assessed";

    private final CriteriaDeclaration declared;
    private final Map<String, RuleMetadata> rules;
    private final ExplanationRecorder explain;
    private final Positions positions;
    // by the criterion's position in the declaration: every decision records every criterion, and
    // flags cost less than a set of names
    private final boolean[] met;
    private final boolean[] failed;
    private int metCount;
    private int failedCount;
    private boolean considered = true;
    private FactHandle everyMet;

    CriteriaRecorder(CriteriaDeclaration declared, Positions positions, Map<String, RuleMetadata> rules, ExplanationRecorder explain) {
        this.declared = declared;
        this.positions = positions;
        this.rules = rules;
        this.explain = explain;
        this.met = new boolean[positions.ids.size()];
        this.failed = new boolean[positions.ids.size()];
    }

    /** The declared criteria in their order, and each one's position: made once per rule set. */
    static final class Positions {
        final List<String> ids;
        private final Map<String, Integer> index = new HashMap<>();

        Positions(CriteriaDeclaration declared) {
            this.ids = List.copyOf(declared.criteria().keySet());
            for (int i = 0; i < ids.size(); i++) {
                index.put(ids.get(i), i);
            }
        }
    }

    @Override
    public void met() {
        int i = positions.index.get(criterionOf());
        if (failed[i] || met[i]) {
            return;
        }
        met[i] = true;
        metCount++;
        if (failedCount == 0 && metCount == met.length) {
            everyMet = explain.runtime().insert(new EveryCriterionMet());
        }
    }

    @Override
    public void failed(String reason) {
        int i = positions.index.get(criterionOf());
        if (met[i]) {
            met[i] = false;
            metCount--;
        }
        if (!failed[i]) {
            failed[i] = true;
            failedCount++;
        }
        if (everyMet != null) {
            // a second rule for a criterion already met has failed it: withdraw the fact before any grant fires
            explain.runtime().delete(everyMet);
            everyMet = null;
        }
        explain.because(reason);
    }

    @Override
    public void assess(boolean isMet, String reasonIfFailed) {
        if (isMet) {
            met();
        } else {
            failed(reasonIfFailed);
        }
    }

    @Override
    public void notConsidered(String reason) {
        considered = false;
        explain.because(reason);
        explain.runtime().halt();
    }

    private String criterionOf() {
        String rule = explain.firing().getName();
        if (!considered) {
            throw new IllegalStateException("rule \"" + rule + "\" assesses a criterion of a request that is not considered");
        }
        RuleMetadata meta = rules.get(rule);
        String id = meta == null ? null : meta.criterion();
        if (id == null || !declared.criteria().containsKey(id)) {
            throw new IllegalStateException("rule \"" + rule + "\" records criterion \"" + id
                    + "\", which the rule set does not declare in " + CriteriaDeclaration.KEY + " (it declares "
                    + declared.criteria().keySet() + ")");
        }
        return id;
    }

    /** After the rules: a reason for each declared criterion that a considered request was not assessed on. */
    void reportUnassessed(String source) {
        if (!considered) {
            return;
        }
        List<String> missing = new ArrayList<>(0);
        for (int i = 0; i < met.length; i++) {
            if (!met[i] && !failed[i]) {
                missing.add(positions.ids.get(i));
            }
        }
        for (String id : missing) {
            explain.add(new Reason(NOT_ASSESSED, "The criterion \"" + id + "\" (" + declared.criteria().get(id).description()
                    + ") was not assessed for this request, so the request is not eligible. No rule recorded it as met or failed: "
                    + "the rule that assesses it is missing, misnamed or does not match this case.", source));
        }
    }
}
