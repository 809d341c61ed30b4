package org.senrules.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.senrules.core.ParameterUse;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.ParameterType;
import org.senrules.core.spi.Parameters;

/**
 * The {@code params} global of one decision: reads resolved values and records each one used.
 * What a use reports is prepared once per (policy, date) in {@link ParameterStore.Slot}, so
 * reading a parameter costs a map look-up and a short scan of the uses so far.
 */
final class ParameterView implements Parameters {
    private final ParameterStore.Resolved resolved;
    private final Map<String, ParameterStore.Slot> slots;
    private final List<ParameterUse> used = new ArrayList<>(8);
    private List<String> warnings = List.of();
    private List<String> dueForReview = List.of();
    private boolean illustrative;

    ParameterView(ParameterStore.Resolved resolved) {
        this.resolved = resolved;
        this.slots = resolved.slots();
    }

    @Override
    public String policy() {
        return resolved.policy();
    }

    @Override
    public LocalDate asOf() {
        return resolved.asOf();
    }

    @Override
    public FinancialYear financialYear() {
        return resolved.financialYear();
    }

    @Override
    public Money money(String name) {
        return (Money) required(name, ParameterType.MONEY);
    }

    @Override
    public int integer(String name) {
        return (Integer) required(name, ParameterType.INTEGER);
    }

    @Override
    public boolean flag(String name) {
        return (Boolean) required(name, ParameterType.FLAG);
    }

    @Override
    public String text(String name) {
        return (String) required(name, ParameterType.TEXT);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> textList(String name) {
        return (List<String>) required(name, ParameterType.TEXT_LIST);
    }

    @Override
    public Money moneyFor(String name, String key) {
        return (Money) keyed(name, key, ParameterType.MONEY_BY_KEY);
    }

    @Override
    public Integer integerFor(String name, String key) {
        return (Integer) keyed(name, key, ParameterType.INTEGER_BY_KEY);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Integer> integersFor(String name, String key) {
        Object v = keyed(name, key, ParameterType.INTEGER_LIST_BY_KEY);
        return v == null ? List.of() : (List<Integer>) v;
    }

    @Override
    public String textFor(String name, String key) {
        return (String) keyed(name, key, ParameterType.TEXT_BY_KEY);
    }

    @Override
    public boolean isSet(String name) {
        ParameterStore.Slot s = slot(name, null);
        record(s.use(), s);
        return s.entry().value() != null;
    }

    /**
     * The value of any parameter, recorded as read: a reason that names it ({@code {unitValue}})
     * reads it as a rule would; null when it is none.
     */
    Object value(String name) {
        ParameterStore.Slot s = slot(name, null);
        record(s.use(), s);
        return s.entry().value();
    }

    /** Whether the rule set has a parameter of that name. */
    boolean has(String name) {
        return slots.containsKey(name);
    }

    private Object required(String name, ParameterType type) {
        ParameterStore.Slot s = slot(name, type);
        record(s.use(), s);
        Object value = s.entry().value();
        if (value == null) {
            throw new IllegalArgumentException("parameter " + name + " has no value under policy " + policy()
                    + " on " + asOf() + "; it may be none, so the typed view reads it as null");
        }
        return value;
    }

    private Object keyed(String name, String key, ParameterType type) {
        ParameterStore.Slot s = slot(name, type);
        Object table = s.entry().value();
        Object v = table == null ? null : ((Map<?, ?>) table).get(key);
        record(s.keyUse(name, key, v), s);
        return v;
    }

    private ParameterStore.Slot slot(String name, ParameterType type) {
        ParameterStore.Slot s = slots.get(name);
        if (s == null) {
            throw new IllegalArgumentException("the rules read parameter \"" + name + "\", which this rule set does not declare");
        }
        if (type != null && s.type() != type && !reads(type, s.type())) {
            throw new IllegalArgumentException("parameter " + name + " is " + s.type() + ", not " + type);
        }
        return s;
    }

    /** Whether a read of {@code call} may read a parameter declared as {@code declared}: an enumerated value reads as text. */
    static boolean reads(ParameterType call, ParameterType declared) {
        return call == declared || call == ParameterType.TEXT && declared == ParameterType.ENUM
                || call == ParameterType.TEXT_LIST && declared == ParameterType.ENUM_LIST;
    }

    private void record(ParameterUse use, ParameterStore.Slot s) {
        for (int i = 0, n = used.size(); i < n; i++) {
            ParameterUse u = used.get(i);
            if (u == use || u.name().equals(use.name())) {
                return;
            }
        }
        used.add(use);
        illustrative |= s.entry().illustrative();
        String warning = s.warning();
        if (warning != null && !warnings.contains(warning)) {
            if (warnings.isEmpty()) {
                warnings = new ArrayList<>(2);
            }
            warnings.add(warning);
        }
        String due = s.dueForReview();
        if (due != null) {
            if (dueForReview.isEmpty()) {
                dueForReview = new ArrayList<>(2);
            }
            dueForReview.add(due);
        }
    }

    /**
     * The warnings of the values read, each once, then at most one saying which of them are due
     * for the council's review: a reader is told once, not once per value.
     */
    List<String> warnings() {
        if (dueForReview.isEmpty()) {
            return warnings;
        }
        List<String> all = new ArrayList<>(warnings);
        all.add((dueForReview.size() == 1 ? "Check that this value is still the council's figure: "
                : "Check that these values are still the council's figures: ") + String.join("; ", dueForReview) + ".");
        return all;
    }

    List<ParameterUse> used() {
        return used;
    }

    boolean illustrative() {
        return illustrative;
    }
}
