package org.senrules.build;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Constructs that Drools' executable model (10.1.0) decides differently from the same rule file
 * compiled at run time. A rule file with one of them is not given a model.
 *
 * <p>Known: a consequence that changes a fact through a setter and, in a {@code modify} block (or
 * before an {@code update}), through another method, as in
 * {@code modify($o) { addMissingEvidence(...), setPrinciplesNotEvidenced(...) }}. The executable
 * model gives each fact of a consequence one set of changed properties, made of the setters called
 * on it anywhere in the consequence, and uses it for every {@code modify} and {@code update} of the
 * fact there. Compiled at run time, the other method makes Drools treat every property of the fact
 * as changed; the executable model reports only the setters' properties, so rules that watch the
 * others are not told of the change, and in {@code coproduction-award} a rule re-fired until the
 * engine stopped the decision ("fired 10000 times ... without settling"). A consequence that
 * changes a fact through setters only, or through other methods only, is modelled the same way on
 * both paths (the golden tests compare them byte for byte).
 */
final class ModelDifferences {
    private static final Pattern CONSEQUENCE = Pattern.compile("(?m)^\\s*then\\b(.*?)^\\s*end\\b", Pattern.DOTALL);
    private static final Pattern MODIFY = Pattern.compile("modify\\s*\\(\\s*(\\$?\\w+)\\s*\\)\\s*\\{([^{}]*)\\}");
    private static final Pattern CALL = Pattern.compile("(?:^|,)\\s*(\\w+)\\s*\\(");
    private static final Pattern DIRECT = Pattern.compile("(\\$?\\w+)\\s*\\.\\s*(\\w+)\\s*\\(");
    private static final Pattern UPDATE = Pattern.compile("\\bupdate\\s*\\(\\s*(\\$?\\w+)\\s*\\)");

    private ModelDifferences() {
    }

    /** Why the executable model would decide differently, with the line; null when it would not. */
    static String find(String drl) {
        Matcher then = CONSEQUENCE.matcher(drl);
        while (then.find()) {
            String body = then.group(1);
            Set<String> setters = new HashSet<>();
            Set<String> updated = new HashSet<>();
            Matcher direct = DIRECT.matcher(body);
            while (direct.find()) {
                if (isSetter(direct.group(2))) {
                    setters.add(direct.group(1));
                }
            }
            Matcher update = UPDATE.matcher(body);
            while (update.find()) {
                updated.add(update.group(1));
            }
            Matcher m = MODIFY.matcher(body);
            while (m.find()) {
                Matcher call = CALL.matcher(m.group(2));
                while (call.find()) {
                    if (isSetter(call.group(1))) {
                        setters.add(m.group(1));
                    }
                }
            }
            // the other methods: in a modify block, or called directly on a fact that is then updated
            m = MODIFY.matcher(body);
            while (m.find()) {
                Matcher call = CALL.matcher(m.group(2));
                while (call.find()) {
                    if (!isSetter(call.group(1)) && setters.contains(m.group(1))) {
                        return at(drl, then.start(1) + m.start(), m.group(1), call.group(1));
                    }
                }
            }
            direct = DIRECT.matcher(body);
            while (direct.find()) {
                String method = direct.group(2);
                if (!isSetter(method) && !isReader(method) && updated.contains(direct.group(1)) && setters.contains(direct.group(1))) {
                    return at(drl, then.start(1) + direct.start(), direct.group(1), method);
                }
            }
        }
        return null;
    }

    private static boolean isSetter(String method) {
        return method.length() > 3 && method.startsWith("set") && Character.isUpperCase(method.charAt(3));
    }

    private static boolean isReader(String method) {
        return method.startsWith("get") || method.startsWith("is") || method.equals("equals") || method.equals("hashCode")
                || method.equals("toString");
    }

    private static String at(String drl, int offset, String fact, String method) {
        int line = 1 + (int) drl.substring(0, offset).chars().filter(c -> c == '\n').count();
        return "line " + line + ": a consequence changes " + fact + " through setter(s) and through " + method
                + "(...), whose changes the executable model does not report to the rules (Drools 10.1.0)";
    }
}
