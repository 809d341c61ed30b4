package org.senrules.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kie.api.runtime.rule.Match;
import org.senrules.core.spi.CaseFields;
import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.ParameterType;

/**
 * The values a reason of one decision may name (see {@link ReasonTemplate}): what the firing rule
 * bound ({@code $band} is {@code {band}}), the outcome's fields as they stand, the case's fields,
 * the parameters (read as a rule reads them, so a value a reason names is listed with the
 * decision), and {@code asOf}, {@code financialYear} and {@code policy}.
 */
final class DecisionValues implements ReasonTemplate.Values {
    private final Object caseData;
    private final Map<String, CaseFields.Field> caseFields;
    private final Object outcome;
    private final Function<String, Function<Object, ?>> outcomeReader;
    private final ParameterView params;
    private final org.senrules.core.spi.Parameters global;
    private final Function<String, Object> read;
    private final Map<String, ParameterSpec> specs;
    private final Bindings bindings;
    private Match match;
    /** The names the match in {@code boundOf} binds ({@code $band}, …). */
    private List<String> bound;
    private Match boundOf;
    /** Names and values a consequence gave with its reason ({@code because(text, "budget", $budget)}); read first. */
    private Object[] given;

    DecisionValues(Object caseData, Map<String, CaseFields.Field> caseFields, Object outcome,
                   Function<String, Function<Object, ?>> outcomeReader, ParameterView params, ParameterTrace trace,
                   Map<String, ParameterSpec> specs, Bindings bindings) {
        this.bindings = bindings;
        this.caseData = caseData;
        this.caseFields = caseFields;
        this.outcome = outcome;
        this.outcomeReader = outcomeReader;
        this.params = params;
        // read through the trace when there is one, so that a decision reused for another policy read the same values
        this.global = trace != null ? trace : params;
        this.read = trace != null ? trace::value : params::value;
        this.specs = specs;
    }

    /** What the reason being written names itself, as name, value, name, value; null when nothing. */
    void given(Object[] namesAndValues) {
        this.given = namesAndValues;
    }

    /** The match whose consequence is about to run; its bindings come first. */
    void firing(Match match) {
        this.match = match;
    }

    @Override
    public Object get(String name) {
        int dot = name.indexOf('.');
        if (dot > 0) {
            String scope = name.substring(0, dot);
            String field = name.substring(dot + 1);
            switch (scope) {
                case "case":
                    return fromCase(field, name);
                case "outcome":
                    return fromOutcome(field, name);
                case "params":
                    return fromParams(field, name);
                default:
                    throw new ReasonTemplate.Unknown(name);
            }
        }
        if (given != null) {
            for (int i = 0; i < given.length; i += 2) {
                if (name.equals(given[i])) {
                    return given[i + 1];
                }
            }
        }
        if (match != null) {
            if (boundOf != match) {
                bound = bindings.of(match);
                boundOf = match;
            }
            for (int i = 0; i < bound.size(); i++) {
                String id = bound.get(i);
                if (id.length() == name.length() + 1 && id.charAt(0) == '$' && id.startsWith(name, 1)) {
                    try {
                        return match.getDeclarationValue(id);
                    } catch (RuntimeException e) {
                        // a binding of an expression that the consequence does not use is not kept by the executable model
                        throw new IllegalStateException("the reason names {" + name + "}, the value the rule binds to $" + name
                                + ", which only the consequence can pass on: write explain.because(text, \"" + name + "\", $" + name + ")");
                    }
                }
            }
        }
        if (outcomeReader.apply(name) != null) {
            return fromOutcome(name, name);
        }
        if (caseFields.containsKey(name)) {
            return fromCase(name, name);
        }
        if (specs.containsKey(name)) {
            return fromParams(name, name);
        }
        switch (name) {
            case "asOf":
                return global.asOf();
            case "financialYear":
                return global.financialYear();
            case "policy":
                return global.policy();
            default:
                throw new ReasonTemplate.Unknown(name);
        }
    }

    private Object fromCase(String field, String name) {
        CaseFields.Field f = caseFields.get(field);
        if (f == null) {
            throw new ReasonTemplate.Unknown(name);
        }
        return f.read(caseData);
    }

    private Object fromOutcome(String field, String name) {
        Function<Object, ?> read = outcomeReader.apply(field);
        if (read == null) {
            throw new ReasonTemplate.Unknown(name);
        }
        return read.apply(outcome);
    }

    private Object fromParams(String field, String name) {
        ParameterSpec spec = specs.get(field);
        if (spec == null || !params.has(field)) {
            throw new ReasonTemplate.Unknown(name);
        }
        return typed(read.apply(field), spec);
    }

    /**
     * The names a rule's matches bind, kept per compiled rule: Drools makes the list anew on each
     * call of {@link Match#getDeclarationIds()}, which was a third of reading a reason's named values
     * (issue 33). Keyed by the match's terminal node, so each branch of a rule with {@code or}
     * (a terminal node of its own, with its own bindings) has its own list; a match of another
     * kind is asked every time. One per compiled rule set; thread-safe.
     */
    static final class Bindings {
        private final java.util.concurrent.ConcurrentHashMap<Object, List<String>> byNode = new java.util.concurrent.ConcurrentHashMap<>();

        List<String> of(Match match) {
            if (match instanceof org.drools.core.reteoo.RuleTerminalNodeLeftTuple tuple) {
                return byNode.computeIfAbsent(tuple.getTerminalNode(), node -> List.copyOf(match.getDeclarationIds()));
            }
            return match.getDeclarationIds();
        }
    }

    /** An enum parameter's value as its constants (a reason writes their titles), any other as it is. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object typed(Object value, ParameterSpec spec) {
        if (value == null || spec.vocabulary() == null) {
            return value;
        }
        Class<? extends Enum> type = (Class<? extends Enum>) spec.vocabulary();
        if (spec.type() == ParameterType.ENUM) {
            return Enum.valueOf(type, (String) value);
        }
        List<Object> out = new ArrayList<>();
        for (Object name : (List<?>) value) {
            out.add(Enum.valueOf(type, (String) name));
        }
        return out;
    }
}
