package org.senrules.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final Set<String> met = new HashSet<>();
    private final Set<String> failed = new HashSet<>(4);
    private boolean considered = true;
    private FactHandle everyMet;

    CriteriaRecorder(CriteriaDeclaration declared, Map<String, RuleMetadata> rules, ExplanationRecorder explain) {
        this.declared = declared;
        this.rules = rules;
        this.explain = explain;
    }

    @Override
    public void met() {
        String id = criterionOf();
        if (failed.contains(id) || !met.add(id)) {
            return;
        }
        if (failed.isEmpty() && met.size() == declared.criteria().size()) {
            everyMet = explain.runtime().insert(new EveryCriterionMet());
        }
    }

    @Override
    public void failed(String reason) {
        String id = criterionOf();
        met.remove(id);
        failed.add(id);
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
        List<String> missing = new ArrayList<>();
        for (String id : declared.criteria().keySet()) {
            if (!met.contains(id) && !failed.contains(id)) {
                missing.add(id);
            }
        }
        for (String id : missing) {
            explain.add(new Reason(NOT_ASSESSED, "The criterion \"" + id + "\" (" + declared.criteria().get(id).description()
                    + ") was not assessed for this request, so the request is not eligible. No rule recorded it as met or failed: "
                    + "the rule that assesses it is missing, misnamed or does not match this case.", source));
        }
    }
}
