package org.senrules.core.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.ParameterType;

/**
 * Checks, before any decision, that every parameter a rule file reads by name
 * ({@code params.integer("minCycles")}) is declared by its rule set with the
 * type the call reads. Without it a misspelt name loads and then fails mid-decision, for every
 * case. Names built at run time cannot be checked here; the engine still refuses them when read.
 */
final class ParameterReads {
    private static final Pattern READ = Pattern.compile(
            "\\bparams\\s*\\.\\s*(money|integer|flag|text|textList|moneyFor|integerFor|integersFor|textFor|isSet)\\s*\\(\\s*\"([^\"]*)\"");
    private static final Map<String, ParameterType> CALLS = Map.of("money", ParameterType.MONEY, "integer", ParameterType.INTEGER,
            "flag", ParameterType.FLAG, "text", ParameterType.TEXT, "textList", ParameterType.TEXT_LIST,
            "moneyFor", ParameterType.MONEY_BY_KEY, "integerFor", ParameterType.INTEGER_BY_KEY,
            "integersFor", ParameterType.INTEGER_LIST_BY_KEY, "textFor", ParameterType.TEXT_BY_KEY);

    private ParameterReads() {
    }

    /** Whether a call that reads {@code call} may read a parameter declared as {@code declared}. */
    static boolean reads(ParameterType call, ParameterType declared) {
        return call == declared || call == ParameterType.TEXT && declared == ParameterType.ENUM
                || call == ParameterType.TEXT_LIST && declared == ParameterType.ENUM_LIST;
    }

    static void check(String ruleSetId, List<RuleSource> sources, Map<String, ParameterSpec> specs, List<RuleSetProblem> problems) {
        for (RuleSource source : sources) {
            Matcher m = READ.matcher(source.text());
            while (m.find()) {
                String call = m.group(1);
                String name = m.group(2);
                int line = DrlRules.lineAt(source.text(), m.start());
                ParameterSpec spec = specs.get(name);
                if (spec == null) {
                    problems.add(RuleSetProblem.error(source.label(), line, "params." + call + "(\"" + name + "\") reads a parameter that "
                            + ruleSetId + " does not declare" + Suggest.didYouMeanOrStop(name, specs.keySet())
                            + " Its parameters are " + new java.util.TreeSet<>(specs.keySet())));
                    continue;
                }
                ParameterType wanted = CALLS.get(call);
                if (wanted != null && !reads(wanted, spec.type())) {
                    problems.add(RuleSetProblem.error(source.label(), line, "params." + call + "(\"" + name + "\") reads " + wanted
                            + ", but " + name + " is declared " + spec.type() + "; read it with params." + callFor(spec.type()) + "(...)"));
                }
                if (call.equals("isSet") && !spec.nullable()) {
                    problems.add(RuleSetProblem.warning(source.label(), line, "params.isSet(\"" + name + "\") is always true: "
                            + name + " may not be none"));
                }
            }
        }
    }

    private static String callFor(ParameterType type) {
        for (Map.Entry<String, ParameterType> e : CALLS.entrySet()) {
            if (reads(e.getValue(), type)) {
                return e.getKey();
            }
        }
        return "?";
    }
}
