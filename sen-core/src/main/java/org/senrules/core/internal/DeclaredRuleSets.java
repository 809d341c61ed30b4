package org.senrules.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.core.spi.SharedParameters;

/**
 * What a rule author's copy of a declaration in a rules folder may change. The case, the outcome,
 * their records, imports and Java names are compiled into the pack (the build generated the
 * types from them), so a copy that changes them would be ignored, and is refused instead; and
 * every parameter the pack declares stays, with its type, because the generated typed view of the
 * values reads it. Values, policies, criteria, phases, wording and checks may change; the summary, trajectory and roles
 * may not (the simulator reads them from the pack).
 */
final class DeclaredRuleSets {
    private static final String COMPILED = "the {part} of a rule set is compiled into its pack (its Java types are generated from it)";
    /** What the simulator reads from the pack's declaration when the pack registers: a copy's would go unread. */
    private static final String READ_BY_THE_SIMULATOR = "the simulator reads a rule set's {part} from its pack when the pack registers";
    /** The parts of a declaration a rules folder's copy must leave as the pack has them, each with why, in the order checked. */
    private static final Map<String, String> FIXED_BY_THE_PACK = fixedByThePack();

    private static Map<String, String> fixedByThePack() {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        for (String part : List.of("java", "imports", "case", "outcome", "records")) {
            parts.put(part, COMPILED);
        }
        for (String part : List.of("summary", "trajectory", "roles")) {
            parts.put(part, READ_BY_THE_SIMULATOR);
        }
        return java.util.Collections.unmodifiableMap(parts);
    }

    private DeclaredRuleSets() {
    }

    /** Every enum a declared rule set's parameters may name: its own and its shared values'. */
    static Map<String, Class<? extends Enum<?>>> vocabulary(RuleSetDefinition<?, ?> def) {
        Map<String, Class<? extends Enum<?>>> out = new LinkedHashMap<>(def.types().vocabulary());
        for (SharedParameters sh : def.shared()) {
            out.putAll(sh.vocabulary());
        }
        return out;
    }

    /** Refuses a copy of the declaration that changes what the build compiled, or drops or retypes a parameter. */
    static void checkCopy(RuleSetDefinition<?, ?> def, Declaration copy, List<RuleSetProblem> problems) {
        if (copy.shared() || !def.id().equals(copy.id())) {
            problems.add(RuleSetProblem.error(copy.file(), 1, "this file declares " + (copy.shared() ? "shared values " : "rule set ")
                    + copy.id() + ", but its name is that of rule set " + def.id() + "'s declaration"));
            return;
        }
        List<RuleSetProblem> ignore = new ArrayList<>();
        Declaration packaged = Declaration.read(def.declaration().read(), def.declaration().path(), ignore);
        if (packaged == null || packaged.json().root() == copy.json().root()) {
            return;
        }
        for (String part : FIXED_BY_THE_PACK.keySet()) {
            JsonNode was = strip(packaged.json().root().get(part));
            JsonNode now = strip(copy.json().root().get(part));
            if (was == null ? now != null : !was.equals(now)) {
                JsonNode at = copy.json().root().get(part);
                problems.add(RuleSetProblem.error(copy.file(), at == null ? 1 : copy.lineOf(at), "\"" + part + "\" differs from the packaged "
                        + def.declaration().fileName() + ": " + FIXED_BY_THE_PACK.get(part).replace("{part}", part)
                        + ", so a rules folder cannot change it; change the pack's declaration and rebuild it"));
            }
        }
        for (ParameterSpec spec : def.parameters().values()) {
            Declaration.Parameter p = copy.parameters().get(spec.name());
            if (p == null) {
                problems.add(RuleSetProblem.error(copy.file(), 1, "parameter " + spec.name() + " of the packaged " + def.declaration().fileName()
                        + " is missing: the rules read it through the typed view the build generated, so it stays (edit its values instead)"));
            } else if (!typeOf(p).equals(typeOf(spec))) {
                problems.add(RuleSetProblem.error(copy.file(), p.line(), "parameter " + spec.name() + " is " + p.type() + " here but "
                        + typeOf(spec) + " in the packaged " + def.declaration().fileName() + "; its type is compiled into the pack"));
            }
        }
    }

    /** Refuses a copy of shared values that drops or retypes one of the pack's. */
    static void checkSharedCopy(SharedParameters sh, DeclaredParameters copy, String file, List<RuleSetProblem> problems) {
        for (ParameterSpec spec : sh.parameters().values()) {
            ParameterSpec now = copy.specs().get(spec.name());
            if (now == null || now.type() != spec.type() || now.vocabulary() != spec.vocabulary()) {
                problems.add(RuleSetProblem.error(file, 1, "parameter " + spec.name() + " of the shared values " + sh.id() + " is "
                        + (now == null ? "missing" : "of another type") + ": the rules read it through the typed view the build generated"));
            }
        }
    }

    private static String typeOf(Declaration.Parameter p) {
        return p.type();
    }

    private static String typeOf(ParameterSpec spec) {
        return switch (spec.type()) {
            case MONEY -> "money";
            case INTEGER -> "integer";
            case FLAG -> "flag";
            case TEXT -> "text";
            case TEXT_LIST -> "list of text";
            case MONEY_BY_KEY -> "table of money";
            case INTEGER_BY_KEY -> "table of integer";
            case INTEGER_LIST_BY_KEY -> "table of list of integer";
            case TEXT_BY_KEY -> "table of text";
            case ENUM -> spec.vocabulary().getSimpleName();
            case ENUM_LIST -> "list of " + spec.vocabulary().getSimpleName();
        };
    }

    /** The node without its {@code $comment}s, which document and compile to nothing. */
    private static JsonNode strip(JsonNode node) {
        if (node == null || !node.isContainerNode()) {
            return node;
        }
        JsonNode copy = node.deepCopy();
        removeComments(copy);
        return copy;
    }

    private static void removeComments(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                if (names.next().startsWith("$")) {
                    names.remove();
                }
            }
        }
        node.forEach(DeclaredRuleSets::removeComments);
    }
}
