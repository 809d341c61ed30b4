package org.senrules.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieRuntime;
import org.senrules.core.Reason;
import org.senrules.core.spi.Explanation;

/**
 * The {@code explain} global of one decision. It listens to the session's agenda, so it knows
 * which rule is firing when a consequence calls {@link #because}: rule files never handle a
 * Drools type, and a reason always carries the metadata of the rule that gave it.
 */
final class ExplanationRecorder extends DefaultAgendaEventListener implements Explanation {
    private final Map<String, RuleMetadata> rules;
    private final List<Reason> reasons = new ArrayList<>(6);
    private final List<String> warnings = new ArrayList<>(0);
    private boolean illustrative;
    private Rule firing;
    private KieRuntime runtime;

    ExplanationRecorder(Map<String, RuleMetadata> rules) {
        this.rules = rules;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule();
        runtime = event.getKieRuntime();
    }

    /** The rule whose consequence is running. */
    Rule firing() {
        if (firing == null) {
            throw new IllegalStateException("explain and criteria are called from a rule's consequence only");
        }
        return firing;
    }

    /** The session of the rule that is firing, for the criteria to insert and withdraw facts. */
    KieRuntime runtime() {
        firing();
        return runtime;
    }

    /** The metadata of the rule that is firing. */
    RuleMetadata firingMetadata() {
        Rule rule = firing();
        RuleMetadata meta = rules.get(rule.getName());
        return meta != null ? meta : RuleMetadata.of(rule, "(unknown)");
    }

    @Override
    public void because(String text) {
        RuleMetadata meta = firingMetadata();
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
