package org.senrules.core.internal;

import org.senrules.core.internal.json.LocatedJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.ParameterSpec;

/**
 * Reads and checks parameter files: the contract's {@code { "name": [ {from, until, value,
 * illustrative} ] }} shape. Every fault is reported with file and line; a file with any error
 * contributes nothing.
 */
final class ParameterFile {
    private static final Set<String> ENTRY_FIELDS = Set.of("from", "until", "value", "illustrative", "intended", "note", "reviewEvery");
    /** A review cadence as a parameter file writes it: "12 months", "1 year". */
    private static final java.util.regex.Pattern CADENCE = java.util.regex.Pattern.compile("([1-9][0-9]?) (month|months|year|years)");

    private ParameterFile() {
    }

    /** Timelines by parameter name, sorted by start date; empty if the file has errors. */
    static Map<String, List<ParameterEntry>> read(String text, String file, String origin, Map<String, ParameterSpec> specs,
                                                  List<RuleSetProblem> problems) {
        return read(text, file, origin, specs, Map.of(), problems);
    }

    /**
     * As {@link #read(String, String, String, Map, List)}; {@code elsewhere} says, for names this
     * file may not hold but another file does (a pack's shared values), where they belong.
     */
    static Map<String, List<ParameterEntry>> read(String text, String file, String origin, Map<String, ParameterSpec> specs,
                                                  Map<String, String> elsewhere, List<RuleSetProblem> problems) {
        LocatedJson json;
        try {
            json = LocatedJson.parse(text);
        } catch (IOException e) {
            problems.add(RuleSetProblem.error(file, lineOf(e), "not valid JSON: " + message(e)));
            return Map.of();
        }
        return readTimelines(json, json.root(), file, origin, specs, elsewhere, problems);
    }

    static Map<String, List<ParameterEntry>> readTimelines(LocatedJson json, JsonNode root, String file, String origin,
                                                           Map<String, ParameterSpec> specs, List<RuleSetProblem> problems) {
        return readTimelines(json, root, file, origin, specs, Map.of(), problems);
    }

    static Map<String, List<ParameterEntry>> readTimelines(LocatedJson json, JsonNode root, String file, String origin,
                                                           Map<String, ParameterSpec> specs, Map<String, String> elsewhere,
                                                           List<RuleSetProblem> problems) {
        int errorsBefore = errors(problems);
        Map<String, List<ParameterEntry>> result = new LinkedHashMap<>();
        if (!root.isObject()) {
            problems.add(RuleSetProblem.error(file, json.lineOf(root), "a parameter file is an object from parameter name to a list of dated values"));
            return Map.of();
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String name = field.getKey();
            if (name.startsWith("$")) {
                continue; // "$comment" and the like document the file
            }
            ParameterSpec spec = specs.get(name);
            int line = json.lineOf(field.getValue());
            if (spec == null) {
                if (elsewhere.containsKey(name)) {
                    problems.add(RuleSetProblem.error(file, line, "parameter \"" + name + "\" is not set here: " + elsewhere.get(name)));
                } else {
                    problems.add(RuleSetProblem.error(file, line, "unknown parameter \"" + name + "\"" + Suggest.didYouMeanOrStop(name, specs.keySet())
                            + " The parameters of this file are " + new java.util.TreeSet<>(specs.keySet())));
                }
                continue;
            }
            if (!field.getValue().isArray() || field.getValue().isEmpty()) {
                problems.add(RuleSetProblem.error(file, line, name + ": expected a non-empty list of dated values"));
                continue;
            }
            List<ParameterEntry> timeline = new ArrayList<>();
            for (JsonNode e : field.getValue()) {
                ParameterEntry entry = readEntry(json, e, spec, file, origin, problems);
                if (entry != null) {
                    timeline.add(entry);
                }
            }
            timeline.sort(Comparator.comparing(ParameterEntry::from));
            checkTimeline(name, timeline, file, problems);
            result.put(name, Collections.unmodifiableList(timeline));
        }
        return errors(problems) > errorsBefore ? Map.of() : result;
    }

    private static ParameterEntry readEntry(LocatedJson json, JsonNode e, ParameterSpec spec, String file, String origin,
                                            List<RuleSetProblem> problems) {
        int line = json.lineOf(e);
        String where = spec.name();
        if (!e.isObject()) {
            problems.add(RuleSetProblem.error(file, line, where + ": each value is an object {from, value, illustrative}"));
            return null;
        }
        // only the problems this entry adds are looked at: counting every error of the file again
        // for each of its entries made loading a file with thousands of values quadratic
        int before = problems.size();
        for (Iterator<String> names = e.fieldNames(); names.hasNext(); ) {
            String n = names.next();
            if (!ENTRY_FIELDS.contains(n)) {
                problems.add(RuleSetProblem.error(file, line, where + ": unknown field \"" + n + "\"; allowed " + ENTRY_FIELDS));
            }
        }
        LocalDate from = date(e.get("from"), where + ".from", true, file, line, problems);
        LocalDate until = date(e.get("until"), where + ".until", false, file, line, problems);
        if (from != null && until != null && until.isBefore(from)) {
            problems.add(RuleSetProblem.error(file, line, where + ": until " + until + " is before from " + from));
        }
        JsonNode ill = e.get("illustrative");
        if (ill == null || !ill.isBoolean()) {
            problems.add(RuleSetProblem.error(file, line, where + ": \"illustrative\" (true or false) is required, so that no illustrative value passes as the council's own"));
        }
        JsonNode intended = e.get("intended");
        if (intended != null && !intended.isBoolean()) {
            problems.add(RuleSetProblem.error(file, line, where + ": \"intended\" must be true or false"));
        }
        if (!e.has("value")) {
            problems.add(RuleSetProblem.error(file, line, where + ": \"value\" is required"));
        }
        java.time.Period reviewEvery = null;
        JsonNode cadence = e.get("reviewEvery");
        if (cadence != null) {
            java.util.regex.Matcher m = cadence.isTextual() ? CADENCE.matcher(cadence.textValue()) : null;
            if (m == null || !m.matches()) {
                problems.add(RuleSetProblem.error(file, line, where + ": \"reviewEvery\" is how often the council reviews the value,"
                        + " written like \"12 months\" or \"2 years\" (1 to 99)"));
            } else {
                int n = Integer.parseInt(m.group(1));
                reviewEvery = m.group(2).startsWith("year") ? java.time.Period.ofYears(n) : java.time.Period.ofMonths(n);
            }
        }
        Object value = e.has("value") ? ParameterValues.read(e.get("value"), spec, file, line, problems) : null;
        if (errorsSince(problems, before)) {
            return null;
        }
        if (from.getDayOfMonth() != 1 || from.getMonth() != Month.APRIL) {
            if (intended == null || !intended.booleanValue()) {
                problems.add(RuleSetProblem.warning(file, line, where + ": starts on " + from
                        + ", not 1 April (the start of a financial year); mark the entry \"intended\": true if that is right"));
            }
        }
        return new ParameterEntry(from, until, value, ill.booleanValue(), origin, file, line, reviewEvery);
    }

    private static void checkTimeline(String name, List<ParameterEntry> timeline, String file, List<RuleSetProblem> problems) {
        for (int i = 1; i < timeline.size(); i++) {
            ParameterEntry prev = timeline.get(i - 1);
            ParameterEntry next = timeline.get(i);
            if (!next.from().isAfter(prev.from()) || prev.until() != null && !next.from().isAfter(prev.until())) {
                problems.add(RuleSetProblem.error(file, next.line(), name + ": the value from " + next.from()
                        + " overlaps the value from " + prev.from() + (prev.until() == null ? "" : " until " + prev.until())));
            } else if (prev.until() != null && next.from().isAfter(prev.until().plusDays(1))) {
                problems.add(RuleSetProblem.error(file, next.line(), name + ": no value from " + prev.until().plusDays(1)
                        + " to " + next.from().minusDays(1) + " (a gap between dated values)"));
            }
        }
    }

    private static LocalDate date(JsonNode node, String where, boolean required, String file, int line,
                                  List<RuleSetProblem> problems) {
        if (node == null || node.isNull()) {
            if (required) {
                problems.add(RuleSetProblem.error(file, line, where + " is required"));
            }
            return null;
        }
        if (!node.isTextual() || !node.textValue().matches("\\d{4}-\\d{2}-\\d{2}")) {
            problems.add(RuleSetProblem.error(file, line, where + " must be a date written yyyy-MM-dd"));
            return null;
        }
        try {
            return LocalDate.parse(node.textValue());
        } catch (DateTimeParseException ex) {
            problems.add(RuleSetProblem.error(file, line, where + " is not a real date: " + node.textValue()
                    + " (day and month swapped?)"));
            return null;
        }
    }

    /** Problems looked at by {@link #errors} and {@link #errorsSince}, for the test that loading stays linear. */
    static final java.util.concurrent.atomic.LongAdder PROBLEMS_SCANNED = new java.util.concurrent.atomic.LongAdder();

    /** Whether any problem from index {@code from} on is an error. */
    static boolean errorsSince(List<RuleSetProblem> problems, int from) {
        PROBLEMS_SCANNED.add(problems.size() - from);
        for (int i = from; i < problems.size(); i++) {
            if (problems.get(i).severity() == RuleSetProblem.Severity.ERROR) {
                return true;
            }
        }
        return false;
    }

    static int errors(List<RuleSetProblem> problems) {
        PROBLEMS_SCANNED.add(problems.size());
        int n = 0;
        for (RuleSetProblem p : problems) {
            if (p.severity() == RuleSetProblem.Severity.ERROR) {
                n++;
            }
        }
        return n;
    }

    static int lineOf(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
            com.fasterxml.jackson.core.JsonLocation loc = ((com.fasterxml.jackson.core.JsonProcessingException) e).getLocation();
            return loc == null ? 0 : loc.getLineNr();
        }
        return 0;
    }

    static String message(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
            return ((com.fasterxml.jackson.core.JsonProcessingException) e).getOriginalMessage();
        }
        return e.getMessage();
    }

    static boolean isMoneyText(JsonNode n) {
        return n.isTextual() && Money.isValid(n.textValue());
    }

    static boolean fitsInt(JsonNode n) {
        return n.isIntegralNumber() && n.bigIntegerValue().compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) <= 0
                && n.bigIntegerValue().signum() >= 0;
    }
}
