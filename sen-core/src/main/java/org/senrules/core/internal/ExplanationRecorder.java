package org.senrules.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;
import org.senrules.core.Reason;
import org.senrules.core.spi.Explanation;

/** The {@code explain} global of one decision. */
final class ExplanationRecorder implements Explanation {
    private final Map<String, RuleMetadata> rules;
    private final List<Reason> reasons = new ArrayList<>(6);
    private final List<String> warnings = new ArrayList<>(0);
    private boolean illustrative;

    ExplanationRecorder(Map<String, RuleMetadata> rules) {
        this.rules = rules;
    }

    @Override
    public void because(RuleContext drools, String text) {
        String name = drools.getRule().getName();
        RuleMetadata meta = rules.get(name);
        if (meta == null) {
            meta = RuleMetadata.of(drools.getRule(), "(unknown)");
        }
        reasons.add(new Reason(meta.id(), text, meta.source()));
    }

    /** A reason the engine itself gives, such as for a criterion no rule assessed. */
    void add(Reason reason) {
        reasons.add(reason);
    }

    @Override
    public void warn(String text) {
        warnings.add(text);
    }

    @Override
    public void illustrative(String text) {
        illustrative = true;
        warnings.add(text);
    }

    boolean isIllustrative() {
        return illustrative;
    }

    List<Reason> reasons() {
        return reasons;
    }

    List<String> warnings() {
        return warnings;
    }
}
