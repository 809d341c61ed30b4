package org.senrules.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.Parameters;

/**
 * The {@code params} global of a decision that may stand for other policies' decisions of the same
 * case: it reads through a {@link ParameterView} and keeps every read, in order, with the value it
 * returned. Rules see a case, policy-independent globals and {@code params}; so under another
 * policy whose values give every one of these reads the same answer, the rules fire the same way
 * and the decision differs only in its policy, its parameter fingerprint and the parameter uses
 * it reports. {@link #replay} finds out whether that is so, by making the same reads, in the same
 * order, on a view of the other policy: that view then reports exactly the uses, warnings and
 * illustrative mark a decision under that policy would.
 */
final class ParameterTrace implements Parameters {
    private enum Read { POLICY, AS_OF, FINANCIAL_YEAR, MONEY, INTEGER, FLAG, TEXT, TEXT_LIST, MONEY_FOR, INTEGER_FOR, INTEGERS_FOR, TEXT_FOR, IS_SET, VALUE }

    private record Step(Read read, String name, String key, Object value) {
    }

    private final ParameterView view;
    private final List<Step> steps = new ArrayList<>(16);

    ParameterTrace(ParameterView view) {
        this.view = view;
    }

    ParameterView view() {
        return view;
    }

    /** A view of {@code resolved} that has made the same reads with the same answers, or null if any answer differs. */
    ParameterView replay(ParameterStore.Resolved resolved) {
        ParameterView other = new ParameterView(resolved);
        try {
            for (Step s : steps) {
                if (!Objects.equals(s.value(), read(other, s.read(), s.name(), s.key()))) {
                    return null;
                }
            }
        } catch (RuntimeException e) {
            return null; // the other policy's reads fail where these did not: it is decided on its own
        }
        return other;
    }

    private static Object read(Parameters p, Read read, String name, String key) {
        return switch (read) {
            case POLICY -> p.policy();
            case AS_OF -> p.asOf();
            case FINANCIAL_YEAR -> p.financialYear();
            case MONEY -> p.money(name);
            case INTEGER -> p.integer(name);
            case FLAG -> p.flag(name);
            case TEXT -> p.text(name);
            case TEXT_LIST -> p.textList(name);
            case MONEY_FOR -> p.moneyFor(name, key);
            case INTEGER_FOR -> p.integerFor(name, key);
            case INTEGERS_FOR -> p.integersFor(name, key);
            case TEXT_FOR -> p.textFor(name, key);
            case IS_SET -> p.isSet(name);
            case VALUE -> ((ParameterView) p).value(name);
        };
    }

    private <T> T keep(Read read, String name, String key, T value) {
        steps.add(new Step(read, name, key, value));
        return value;
    }

    @Override
    public String policy() {
        return keep(Read.POLICY, null, null, view.policy());
    }

    @Override
    public LocalDate asOf() {
        return keep(Read.AS_OF, null, null, view.asOf());
    }

    @Override
    public FinancialYear financialYear() {
        return keep(Read.FINANCIAL_YEAR, null, null, view.financialYear());
    }

    @Override
    public Money money(String name) {
        return keep(Read.MONEY, name, null, view.money(name));
    }

    @Override
    public int integer(String name) {
        return keep(Read.INTEGER, name, null, view.integer(name));
    }

    @Override
    public boolean flag(String name) {
        return keep(Read.FLAG, name, null, view.flag(name));
    }

    @Override
    public String text(String name) {
        return keep(Read.TEXT, name, null, view.text(name));
    }

    @Override
    public List<String> textList(String name) {
        return keep(Read.TEXT_LIST, name, null, view.textList(name));
    }

    @Override
    public Money moneyFor(String name, String key) {
        return keep(Read.MONEY_FOR, name, key, view.moneyFor(name, key));
    }

    @Override
    public Integer integerFor(String name, String key) {
        return keep(Read.INTEGER_FOR, name, key, view.integerFor(name, key));
    }

    @Override
    public List<Integer> integersFor(String name, String key) {
        return keep(Read.INTEGERS_FOR, name, key, view.integersFor(name, key));
    }

    @Override
    public String textFor(String name, String key) {
        return keep(Read.TEXT_FOR, name, key, view.textFor(name, key));
    }

    /** Any parameter's value, as a reason that names it reads it ({@link ParameterView#value}). */
    Object value(String name) {
        return keep(Read.VALUE, name, null, view.value(name));
    }

    @Override
    public boolean isSet(String name) {
        return keep(Read.IS_SET, name, null, view.isSet(name));
    }
}
