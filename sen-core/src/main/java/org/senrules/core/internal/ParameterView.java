package org.senrules.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.senrules.core.ParameterUse;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.ParameterType;
import org.senrules.core.spi.Parameters;

/** The {@code params} global of one decision: reads resolved values and records each one used. */
final class ParameterView implements Parameters {
    private final ParameterStore.Resolved resolved;
    private final Map<String, ParameterSpec> specs;
    private final List<ParameterUse> used = new ArrayList<>(4);
    private boolean illustrative;

    ParameterView(ParameterStore.Resolved resolved, Map<String, ParameterSpec> specs) {
        this.resolved = resolved;
        this.specs = specs;
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
        return FinancialYear.containing(resolved.asOf());
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
    public boolean isSet(String name) {
        ParameterEntry e = entry(name, null);
        record(name, e, e.value());
        return e.value() != null;
    }

    private Object required(String name, ParameterType type) {
        ParameterEntry e = entry(name, type);
        record(name, e, e.value());
        if (e.value() == null) {
            throw new IllegalArgumentException("parameter " + name + " has no value under policy " + policy()
                    + " on " + asOf() + "; test it with params.isSet(\"" + name + "\") first");
        }
        return e.value();
    }

    private Object keyed(String name, String key, ParameterType type) {
        ParameterEntry e = entry(name, type);
        Object v = e.value() == null ? null : ((Map<?, ?>) e.value()).get(key);
        record(name + "[" + key + "]", e, v);
        return v;
    }

    private ParameterEntry entry(String name, ParameterType type) {
        ParameterSpec spec = specs.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("the rules read parameter \"" + name + "\", which this rule set does not declare");
        }
        if (type != null && spec.type() != type) {
            throw new IllegalArgumentException("parameter " + name + " is " + spec.type() + ", not " + type);
        }
        return resolved.values().get(name);
    }

    private void record(String shownName, ParameterEntry e, Object value) {
        for (ParameterUse u : used) {
            if (u.name().equals(shownName)) {
                return;
            }
        }
        used.add(new ParameterUse(shownName, ParameterValues.display(value), e.from(), e.until(), e.illustrative(), e.origin()));
        illustrative |= e.illustrative();
    }

    List<ParameterUse> used() {
        return used;
    }

    boolean illustrative() {
        return illustrative;
    }
}
