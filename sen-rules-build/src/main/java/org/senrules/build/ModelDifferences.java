package org.senrules.build;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Constructs that Drools' executable model (10.1.0) decides differently from the same rule file
 * compiled at run time. A rule file with one of them is not given a model.
 *
 * <p>Known: a {@code modify} block that calls a setter and another method, as in
 * {@code modify($o) { addMissingEvidence(...), setPrinciplesNotEvidenced(...) }}. Compiled at run
 * time, the other method makes Drools treat every property of the fact as changed; the executable
 * model reports only the setter's property, so rules that watch the others are not told of the
 * change, and in {@code coproduction-award} a rule re-fired until the engine stopped the decision
 * ("fired 10000 times ... without settling"). A block of setters only, or of other methods only,
 * is modelled the same way on both paths (the golden tests compare them byte for byte).
 */
final class ModelDifferences {
    private static final Pattern MODIFY = Pattern.compile("modify\\s*\\(\\s*\\$?\\w+\\s*\\)\\s*\\{([^{}]*)\\}");
    private static final Pattern CALL = Pattern.compile("(?:^|,)\\s*(\\w+)\\s*\\(");

    private ModelDifferences() {
    }

    /** Why the executable model would decide differently, with the line; null when it would not. */
    static String find(String drl) {
        Matcher m = MODIFY.matcher(drl);
        while (m.find()) {
            boolean setter = false;
            String other = null;
            Matcher call = CALL.matcher(m.group(1));
            while (call.find()) {
                if (call.group(1).startsWith("set")) {
                    setter = true;
                } else {
                    other = call.group(1);
                }
            }
            if (setter && other != null) {
                int line = 1 + (int) drl.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                return "line " + line + ": a modify block calls the setter(s) and " + other + "(...), whose changes the executable model"
                        + " does not report to the rules (Drools 10.1.0)";
            }
        }
        return null;
    }
}
