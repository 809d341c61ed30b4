package org.senrules.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.ParameterSpec;

/** Reads one parameter value by its declared type, and writes it back as text for explanations. */
final class ParameterValues {
    private ParameterValues() {
    }

    static Object read(JsonNode v, ParameterSpec spec, String file, int line, List<RuleSetProblem> problems) {
        String where = spec.name();
        if (v.isNull()) {
            if (!spec.nullable()) {
                problems.add(RuleSetProblem.error(file, line, where + ": null is not allowed here"));
            }
            return null;
        }
        switch (spec.type()) {
            case MONEY:
                return money(v, where, file, line, problems);
            case INTEGER:
                if (!ParameterFile.fitsInt(v)) {
                    problems.add(RuleSetProblem.error(file, line, where + ": must be a whole number, not negative"));
                    return null;
                }
                return inRange(v.intValue(), spec, where, file, line, problems);
            case FLAG:
                if (!v.isBoolean()) {
                    problems.add(RuleSetProblem.error(file, line, where + ": must be true or false"));
                    return null;
                }
                return v.booleanValue();
            case TEXT:
                if (!v.isTextual() || v.textValue().isBlank()) {
                    problems.add(RuleSetProblem.error(file, line, where + ": must be text"));
                    return null;
                }
                return v.textValue();
            case TEXT_LIST: {
                if (!v.isArray()) {
                    problems.add(RuleSetProblem.error(file, line, where + ": must be a list of texts"));
                    return null;
                }
                List<String> list = new ArrayList<>();
                for (JsonNode item : v) {
                    if (!item.isTextual() || item.textValue().isBlank()) {
                        problems.add(RuleSetProblem.error(file, line, where + ": every item must be text"));
                        return null;
                    }
                    list.add(item.textValue());
                }
                return List.copyOf(list);
            }
            case ENUM:
                if (!v.isTextual()) {
                    problems.add(RuleSetProblem.error(file, line, where + ": must be one of " + spec.allowedValues()));
                    return null;
                }
                return constant(v.textValue(), spec, where, file, line, problems);
            case ENUM_LIST: {
                if (!v.isArray()) {
                    problems.add(RuleSetProblem.error(file, line, where + ": must be a list of " + spec.allowedValues()));
                    return null;
                }
                List<String> list = new ArrayList<>();
                for (JsonNode item : v) {
                    String c = item.isTextual() ? constant(item.textValue(), spec, where, file, line, problems) : null;
                    if (c == null) {
                        if (!item.isTextual()) {
                            problems.add(RuleSetProblem.error(file, line, where + ": every item must be one of " + spec.allowedValues()));
                        }
                        return null;
                    }
                    if (list.contains(c)) {
                        problems.add(RuleSetProblem.error(file, line, where + ": " + c + " is listed twice"));
                        return null;
                    }
                    list.add(c);
                }
                return List.copyOf(list);
            }
            case MONEY_BY_KEY:
            case INTEGER_BY_KEY:
            case INTEGER_LIST_BY_KEY:
            case TEXT_BY_KEY: {
                if (!v.isObject() || v.isEmpty()) {
                    problems.add(RuleSetProblem.error(file, line, where + ": must be an object from key to value"));
                    return null;
                }
                Map<String, Object> map = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : v.properties()) {
                    String at = where + "[" + e.getKey() + "]";
                    Object item = null;
                    if (spec.type() == org.senrules.core.spi.ParameterType.MONEY_BY_KEY) {
                        item = money(e.getValue(), at, file, line, problems);
                    } else if (spec.type() == org.senrules.core.spi.ParameterType.INTEGER_BY_KEY) {
                        if (ParameterFile.fitsInt(e.getValue())) {
                            item = inRange(e.getValue().intValue(), spec, at, file, line, problems);
                        } else {
                            problems.add(RuleSetProblem.error(file, line, at + ": must be a whole number, not negative"));
                        }
                    } else if (spec.type() == org.senrules.core.spi.ParameterType.TEXT_BY_KEY) {
                        if (e.getValue().isTextual() && !e.getValue().textValue().isBlank()) {
                            item = e.getValue().textValue();
                        } else {
                            problems.add(RuleSetProblem.error(file, line, at + ": must be text"));
                        }
                    } else {
                        item = integers(e.getValue(), spec, at, file, line, problems);
                    }
                    if (item == null) {
                        return null;
                    }
                    map.put(e.getKey(), item);
                }
                return Collections.unmodifiableMap(map);
            }
            default:
                throw new IllegalStateException(spec.type().toString());
        }
    }

    /** The constant name, or null (and an error with "did you mean") when the vocabulary has no such constant. */
    private static String constant(String value, ParameterSpec spec, String where, String file, int line,
                                   List<RuleSetProblem> problems) {
        List<String> allowed = spec.allowedValues();
        if (allowed.contains(value)) {
            return value;
        }
        problems.add(RuleSetProblem.error(file, line, where + ": \"" + value + "\" is not a " + spec.vocabulary().getSimpleName()
                + Suggest.didYouMeanOrStop(value, allowed) + " The values are " + allowed));
        return null;
    }

    private static Integer inRange(int value, ParameterSpec spec, String where, String file, int line,
                                   List<RuleSetProblem> problems) {
        if (spec.min() != null && value < spec.min() || spec.max() != null && value > spec.max()) {
            problems.add(RuleSetProblem.error(file, line, where + ": " + value + " is outside the range declared for it, "
                    + (spec.min() == null ? 0 : spec.min()) + " to " + (spec.max() == null ? "any" : spec.max())));
            return null;
        }
        return value;
    }

    private static Money money(JsonNode v, String where, String file, int line, List<RuleSetProblem> problems) {
        if (!ParameterFile.isMoneyText(v)) {
            problems.add(RuleSetProblem.error(file, line, where + ": money is a string of pounds with two decimals, like \"1234.50\""));
            return null;
        }
        Money m = Money.parse(v.textValue());
        if (m.isNegative()) {
            problems.add(RuleSetProblem.error(file, line, where + ": money must not be negative, not " + m));
            return null;
        }
        return m;
    }

    private static List<Integer> integers(JsonNode v, ParameterSpec spec, String where, String file, int line,
                                          List<RuleSetProblem> problems) {
        if (!v.isArray() || v.isEmpty()) {
            problems.add(RuleSetProblem.error(file, line, where + ": must be a list of whole numbers"));
            return null;
        }
        List<Integer> list = new ArrayList<>();
        for (JsonNode n : v) {
            if (!ParameterFile.fitsInt(n)) {
                problems.add(RuleSetProblem.error(file, line, where + ": must be a list of whole numbers, not negative"));
                return null;
            }
            Integer checked = inRange(n.intValue(), spec, where, file, line, problems);
            if (checked == null) {
                return null;
            }
            list.add(checked);
        }
        return List.copyOf(list);
    }

    /** The value as explanations print it. */
    static String display(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof List) {
            return ((List<?>) value).stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (value instanceof Map) {
            return ((Map<?, ?>) value).entrySet().stream().map(e -> e.getKey() + "=" + display(e.getValue()))
                    .collect(Collectors.joining("; "));
        }
        return String.valueOf(value);
    }
}
