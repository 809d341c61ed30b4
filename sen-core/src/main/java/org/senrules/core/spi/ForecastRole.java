package org.senrules.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.core.internal.Declaration;

/**
 * The High Needs Block forecast role, as a declaration's {@code "roles": { "highNeedsForecast": … }}
 * gives it: which case fields of a rule set carry a quarterly forecast of the Block (the financial
 * year, the budget, the reserve brought forward, the quarterly forecasts with their quarter and
 * outturn, the pressures with their name and amount), so that a simulator can write a request and
 * move its latest outturn, and which outcome fields the rules decide from them (the variance, the
 * reserve at the end of the year, whether it is an overspend, whether the reserve is exhausted).
 * The arithmetic stays in the rules; the simulator only reads what the role names.
 *
 * <pre>{@code
 * "roles": { "highNeedsForecast": { "financialYear": "financialYear", "budget": "budget", "broughtForward": "broughtForward",
 *     "forecasts": { "field": "forecasts", "quarter": "quarter", "outturn": "outturn" },
 *     "pressures": { "field": "pressures", "name": "name", "amount": "amount" },
 *     "variance": "variance", "reserve": "cumulativeReserve", "overspend": "overspend", "reserveExhausted": "reserveExhausted" } }
 * }</pre>
 *
 * <p>Made by the engine from a declaration, which is refused when it loads if the role names a
 * field the case, its records or the outcome do not have, or one of the wrong type. Immutable and
 * thread-safe.
 *
 * @since 1.2
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class ForecastRole {
    /** The role's name in a declaration's {@code "roles"}. */
    public static final String NAME = "highNeedsForecast";
    private static final List<String> KEYS = List.of("financialYear", "budget", "broughtForward", "forecasts", "pressures", "variance",
            "reserve", "overspend", "reserveExhausted");

    private final String financialYear;
    private final String budget;
    private final String broughtForward;
    private final String forecasts;
    private final String quarter;
    private final String outturn;
    private final String pressures;
    private final String pressureName;
    private final String pressureAmount;
    private final Function<Object, ?> variance;
    private final Function<Object, ?> reserve;
    private final Function<Object, ?> overspend;
    private final Function<Object, ?> reserveExhausted;

    private ForecastRole(String[] caseNames, List<Function<Object, ?>> outcome) {
        this.financialYear = caseNames[0];
        this.budget = caseNames[1];
        this.broughtForward = caseNames[2];
        this.forecasts = caseNames[3];
        this.quarter = caseNames[4];
        this.outturn = caseNames[5];
        this.pressures = caseNames[6];
        this.pressureName = caseNames[7];
        this.pressureAmount = caseNames[8];
        this.variance = outcome.get(0);
        this.reserve = outcome.get(1);
        this.overspend = outcome.get(2);
        this.reserveExhausted = outcome.get(3);
    }

    /** The case field of the financial year forecast, as a request names it. */
    public String financialYear() {
        return financialYear;
    }

    /** The case field of the Block's budget. */
    public String budget() {
        return budget;
    }

    /** The case field of the reserve brought forward. */
    public String broughtForward() {
        return broughtForward;
    }

    /** The case field of the list of quarterly forecasts. */
    public String forecasts() {
        return forecasts;
    }

    /** The field of a quarterly forecast that gives its quarter, 1 to 4. */
    public String quarter() {
        return quarter;
    }

    /** The field of a quarterly forecast that gives its outturn. */
    public String outturn() {
        return outturn;
    }

    /** The case field of the list of pressures. */
    public String pressures() {
        return pressures;
    }

    /** The field of a pressure that gives its name. */
    public String pressureName() {
        return pressureName;
    }

    /** The field of a pressure that gives its amount. */
    public String pressureAmount() {
        return pressureAmount;
    }

    /** The variance an outcome of the rule set decides: outturn against budget. */
    public Money variance(Object outcome) {
        return (Money) variance.apply(outcome);
    }

    /** The reserve at the end of the year an outcome decides. */
    public Money reserve(Object outcome) {
        return (Money) reserve.apply(outcome);
    }

    /** Whether an outcome decides an overspend. */
    public boolean overspend(Object outcome) {
        return Boolean.TRUE.equals(overspend.apply(outcome));
    }

    /** Whether an outcome decides the reserve is exhausted. */
    public boolean reserveExhausted(Object outcome) {
        return Boolean.TRUE.equals(reserveExhausted.apply(outcome));
    }

    /** The role a declaration's {@code "highNeedsForecast"} gives, or null with problems added. */
    static ForecastRole declared(JsonNode node, Declaration d, CaseFields<?> fields, OutcomeFields<?> outcomeFields,
                                 BiConsumer<JsonNode, String> error) {
        PlacementRole.Faults fault = new PlacementRole.Faults("highNeedsForecast", error);
        if (!node.isObject()) {
            fault.accept(node, "is an object with " + KEYS);
            return null;
        }
        PlacementRole.unknownKeys(node, KEYS, fault);
        String[] names = new String[9];
        names[0] = name(PlacementRole.caseField(node, "financialYear", fields, fault, FinancialYear.class));
        names[1] = name(PlacementRole.caseField(node, "budget", fields, fault, Money.class));
        names[2] = name(PlacementRole.caseField(node, "broughtForward", fields, fault, Money.class));
        String[] forecast = list(node, "forecasts", "quarter", Integer.class, "outturn", fields, fault);
        String[] pressure = list(node, "pressures", "name", String.class, "amount", fields, fault);
        System.arraycopy(forecast, 0, names, 3, 3);
        System.arraycopy(pressure, 0, names, 6, 3);
        List<Function<Object, ?>> outcome = new java.util.ArrayList<>();
        outcome.add(outcome(node, "variance", "money", d, outcomeFields, fault));
        outcome.add(outcome(node, "reserve", "money", d, outcomeFields, fault));
        outcome.add(outcome(node, "overspend", "flag", d, outcomeFields, fault));
        outcome.add(outcome(node, "reserveExhausted", "flag", d, outcomeFields, fault));
        return fault.count > 0 ? null : new ForecastRole(names, outcome);
    }

    private static String name(CaseFields.Field f) {
        return f == null ? null : f.name();
    }

    /** A list of records: the case field, the record field of the first kind and the money field; nulls with faults. */
    private static String[] list(JsonNode node, String key, String first, Class<?> firstKind, String money, CaseFields<?> fields,
                                 BiConsumer<JsonNode, String> fault) {
        String[] out = new String[3];
        JsonNode spec = node.get(key);
        String shape = "{ \"field\": a list field of the case, \"" + first + "\": its records' " + firstKind.getSimpleName().toLowerCase(
                java.util.Locale.ROOT) + " field, \"" + money + "\": its records' money field }";
        if (spec == null || !spec.isObject()) {
            fault.accept(spec == null ? node : spec, "\"" + key + "\" is " + shape);
            return out;
        }
        PlacementRole.unknownKeys(spec, List.of("field", first, money), fault);
        CaseFields.Field list = PlacementRole.caseField(spec, "field", fields, fault, List.class);
        if (list == null) {
            return out;
        }
        if (list.recordFields() == null) {
            fault.accept(spec, "\"" + key + "\" names case field \"" + list.name() + "\", a list of " + list.elementType().getSimpleName()
                    + ", not of records; it is " + shape);
            return out;
        }
        out[0] = list.name();
        out[1] = name(PlacementRole.caseField(spec, first, list.recordFields(), fault, firstKind, firstKind == Integer.class ? int.class
                : firstKind));
        out[2] = name(PlacementRole.caseField(spec, money, list.recordFields(), fault, Money.class));
        return out;
    }

    private static Function<Object, ?> outcome(JsonNode node, String key, String type, Declaration d, OutcomeFields<?> outcomeFields,
                                               BiConsumer<JsonNode, String> fault) {
        JsonNode v = node.get(key);
        if (v == null || !v.isTextual()) {
            fault.accept(v == null ? node : v, "\"" + key + "\" names a " + type + " field of the outcome, as text; its fields are "
                    + outcomeFields.names());
            return null;
        }
        String name = v.textValue();
        Declaration.Field declared = d.outcomeType() == null ? null : d.outcomeType().fields().get(name);
        @SuppressWarnings("unchecked")
        Function<Object, ?> read = (Function<Object, ?>) outcomeFields.reader(name);
        if (declared == null || read == null) {
            fault.accept(v, "\"" + key + "\" names outcome field \"" + name + "\", which the outcome does not have"
                    + org.senrules.core.internal.Suggest.didYouMean(name, outcomeFields.names()) + "; its fields are " + outcomeFields.names());
            return null;
        }
        if (!declared.type().name().equals(type) || declared.type().list()) {
            fault.accept(v, "\"" + key + "\" names outcome field \"" + name + "\" of type " + declared.type() + ", not " + type);
            return null;
        }
        return read;
    }

    @Override
    public String toString() {
        return "ForecastRole[forecasts=" + forecasts + ", pressures=" + pressures + "]";
    }
}
