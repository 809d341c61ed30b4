package org.senrules.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.senrules.simulation.RunSources;

/**
 * Sources as a reader knows them: a bulletin by its title, never by the file name it is kept
 * under (DOMAIN.md's table of the five bulletins), and the files a run read by what they are, never
 * by a path on the machine that ran it. The projected Support Unit values shipped with senrules
 * are named as illustrative projections, not the council's values.
 */
final class Sources {
    /** The bulletins, by the name a rule's source gives them (S0 to S4 and the file). */
    private static final Map<String, String> TITLES = Map.of(
            "S0", "SENCo Noticeboard, July 2025",
            "S1", "SEND and Inclusion Update, November 2025",
            "S2", "SEND and Inclusion Update, 8 April 2025",
            "S3", "SEND and Inclusion Update, December 2025",
            "S4", "SEND Noticeboard, February 2024");
    private static final Pattern BULLETIN = Pattern.compile("\\b(S[0-4]) [0-9a-f]{3}_[0-9a-f]{16}\\.txt");

    private Sources() {
    }

    /** {@code text} with each bulletin's file name replaced by its title: "S1 001_….txt" is "SEND and Inclusion Update, November 2025". */
    static String titles(String text) {
        Matcher m = BULLETIN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("Birmingham City Council, " + TITLES.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** What a run was made with, in words: the rules, where the values came from, and each parameter file by what it is. */
    static String describe(RunSources s) {
        List<String> files = new ArrayList<>();
        boolean projected = false;
        for (String f : s.parameterFiles()) {
            int eq = f.indexOf('=');
            String ruleSet = eq > 0 ? f.substring(0, eq) : "";
            String file = eq > 0 ? f.substring(eq + 1) : f;
            if (file.replace('\\', '/').contains("projected-rates/")) {
                projected = true;
                files.add("the illustrative projected Support Unit values shipped with senrules (+2.5% a year beyond the published "
                        + "years; not the council's values)");
            } else {
                files.add("a parameter file of the council's" + (ruleSet.isEmpty() ? "" : " for " + ruleSet));
            }
        }
        String values = files.isEmpty() ? "the packaged values" : projected && files.size() == 1 ? "the packaged values and "
                + files.get(0) : "the packaged values overridden by " + String.join(" and ", files);
        return "Rules: " + (s.rulesFolder() == null ? "the packaged rule files" : "a rules folder of the council's") + "; values: "
                + values + (s.compareFiles().isEmpty() ? "" : "; compared with a second parameter file");
    }
}
