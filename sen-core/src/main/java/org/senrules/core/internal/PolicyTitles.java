package org.senrules.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.senrules.core.RuleSetProblem;

/**
 * Fills a policy's title from the values in force under it: {@code "capped at the equivalent of
 * {unitCap} Support Units"}. A title that names a number takes it from the parameter, so a
 * changed cap is a changed title in every report; a title cannot lie about its own values.
 */
final class PolicyTitles {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private PolicyTitles() {
    }

    /**
     * The title with each {@code {name}} replaced by the policy's value; a value that changes over
     * time is written with its dates ("4 (from 2025-04-01), 5 (from 2026-04-01)").
     */
    static String fill(String title, Map<String, List<ParameterEntry>> values, Collection<String> names, String file, int line,
                       List<RuleSetProblem> problems) {
        Matcher m = PLACEHOLDER.matcher(title);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            List<ParameterEntry> timeline = values.get(name);
            String text;
            if (!names.contains(name)) {
                problems.add(RuleSetProblem.error(file, line, "the title names {" + name + "}, which is not a parameter of this rule set"
                        + Suggest.didYouMean(name, names)));
                text = m.group();
            } else if (timeline == null || timeline.isEmpty()) {
                text = m.group();
            } else {
                text = describe(timeline);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String describe(List<ParameterEntry> timeline) {
        List<String> distinct = new ArrayList<>();
        for (ParameterEntry e : timeline) {
            String v = ParameterValues.display(e.value());
            if (!distinct.contains(v)) {
                distinct.add(v);
            }
        }
        if (distinct.size() == 1) {
            return distinct.get(0);
        }
        List<String> dated = new ArrayList<>();
        for (ParameterEntry e : timeline) {
            dated.add(ParameterValues.display(e.value()) + " (from " + e.from() + ")");
        }
        return String.join(", ", dated);
    }
}
