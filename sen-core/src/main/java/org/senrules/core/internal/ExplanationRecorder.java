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
    /** For a declared rule set: what its reasons' named values are read from; null for one written in Java. */
    private DecisionValues values;

    ExplanationRecorder(Map<String, RuleMetadata> rules) {
        this.rules = rules;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule();
        runtime = event.getKieRuntime();
        if (values != null) {
            values.firing(event.getMatch());
        }
    }

    /** Reasons become sentences with named values, read from {@code values} (a declared rule set's). */
    void templates(DecisionValues values) {
        this.values = values;
    }

    /** The sentence of a reason: for a declared rule set, the template with its values written in. */
    String sentence(String text, String rule) {
        if (values == null) {
            return text;
        }
        try {
            return ReasonTemplate.of(text).render(values);
        } catch (ReasonTemplate.Unknown e) {
            throw new IllegalStateException("the reason of rule \"" + rule + "\" names {" + e.getMessage()
                    + "}, which is no value the rule bound ($" + e.getMessage() + "), no field of the outcome or the case, no parameter,"
                    + " and not asOf, financialYear or policy");
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the reason of rule \"" + rule + "\" is not a sentence with named values: " + e.getMessage());
        }
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
        reasons.add(new Reason(meta.id(), sentence(text, meta.name()), meta.source()));
    }

    @Override
    public void because(String template, Object... namesAndValues) {
        withGiven("because", namesAndValues, () -> because(template));
    }

    @Override
    public void warn(String template, Object... namesAndValues) {
        withGiven("warn", namesAndValues, () -> warn(template));
    }

    @Override
    public void illustrative(String template, Object... namesAndValues) {
        withGiven("illustrative", namesAndValues, () -> illustrative(template));
    }

    /** Runs {@code write} with the values a consequence gave, read before any other (see {@link DecisionValues}). */
    private void withGiven(String method, Object[] namesAndValues, Runnable write) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("explain." + method + "(text, name, value, ...) takes names and values in pairs");
        }
        if (values == null) {
            write.run();
            return;
        }
        values.given(namesAndValues);
        try {
            write.run();
        } finally {
            values.given(null);
        }
    }

    /** A reason the engine itself gives, such as for a criterion no rule assessed. */
    void add(Reason reason) {
        reasons.add(reason);
    }

    @Override
    public void warn(String text) {
        warnings.add(values == null ? text : sentence(text, firing().getName()));
    }

    @Override
    public void illustrative(String text) {
        illustrative = true;
        warnings.add(values == null ? text : sentence(text, firing().getName()));
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
