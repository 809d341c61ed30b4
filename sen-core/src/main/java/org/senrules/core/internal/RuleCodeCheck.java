package org.senrules.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.senrules.core.RuleSetProblem;

/**
 * Confinement on what runs: the class files compiled from a rule set's rule files (consequences,
 * conditions, functions, queries, declared types and the glue Drools generates around them) are
 * checked against {@link RuleCodeAllowList} before any of them is loaded, for the executable
 * model a pack was built with and for rule files compiled at run time alike. Every class, field
 * and method a class file refers to must be allowed, {@code invokedynamic} bootstraps and method
 * handles included, so a method reference ({@code System::exit}), a name split by spaces or
 * comments, or a unicode escape that the text check reads differently from the compiler is
 * refused here, where the compiler's own reading is checked.
 *
 * <p>A refusal names the rule file, the rule (or function, query or declared type) and the name
 * used. The index made on the way ({@link Index}) tells which rule a compiled class belongs to,
 * so that an error thrown while deciding can name the rule too.
 */
final class RuleCodeCheck {
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*(rule|query)[ \\t]+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
    private static final Pattern FUNCTION = Pattern.compile("\\bfunction\\s+[\\w.<>\\[\\], ?]+?\\s+([A-Za-z_$][\\w$]*)\\s*\\(");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([A-Za-z_][\\w.]*)");
    private static final Pattern DECLARE = Pattern.compile("\\bdeclare\\s+(?:enum\\s+|trait\\s+|type\\s+)?([A-Za-z_$][\\w$]*)");

    private RuleCodeCheck() {
    }

    /**
     * What the compiled classes of a rule set are: each class's places (rules, functions, queries,
     * declared types) and each rule's, function's, query's or type's file and line.
     */
    static final class Index {
        private final Map<String, Set<String>> classPlaces = new HashMap<>();
        private final Map<String, Set<String>> methodPlaces = new HashMap<>();
        private final Map<String, String> locations = new LinkedHashMap<>();
        private final String fallbackFile;

        private Index(String fallbackFile) {
            this.fallbackFile = fallbackFile;
        }

        /** The places (such as {@code rule "Units granted"}) a method of a compiled class belongs to; empty when unknown. */
        Set<String> placesOf(String className, String methodName) {
            String internal = className.replace('.', '/');
            Set<String> out = new LinkedHashSet<>();
            for (Map.Entry<String, Set<String>> e : methodPlaces.entrySet()) {
                if (e.getKey().startsWith(internal + "." + methodName + "(")) {
                    out.addAll(e.getValue());
                }
            }
            if (out.isEmpty()) {
                out.addAll(classPlaces.getOrDefault(internal, Set.of()));
            }
            return out;
        }

        /** Whether the class is one of the rule set's compiled classes. */
        boolean isCompiled(String className) {
            return classPlaces.containsKey(className.replace('.', '/'));
        }

        String location(String place) {
            return locations.getOrDefault(place, fallbackFile + ":0");
        }
    }

    /** The result: the problems (empty when every class keeps to the allow-list) and the index. */
    record Result(List<RuleSetProblem> problems, Index index) {
    }

    /** Rules whose classes were checked, then loaded: the knowledge base, and what its classes are. */
    record Loaded(org.kie.api.KieBase kieBase, Index index) {
    }

    /**
     * Checks {@code classes} (internal name to bytes: every class compiled from the rule files, and
     * nothing else) against {@code allow}; {@code sources} are the rule files they were compiled from.
     */
    static Result check(Map<String, byte[]> classes, RuleCodeAllowList allow, List<RuleSource> sources) {
        Index index = new Index(sources.isEmpty() ? "rules" : sources.get(0).label());
        Map<String, String> functions = locate(sources, index);
        Map<String, String> packageLines = new HashMap<>();
        for (RuleSource source : sources) {
            Matcher m = PACKAGE.matcher(source.text());
            if (m.find()) {
                packageLines.putIfAbsent(m.group(1), source.label() + ":" + DrlRules.lineAt(source.text(), m.start(1)));
            }
        }
        Map<String, RuleBytecode.Read> reads = new TreeMap<>();
        List<RuleSetProblem> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> c : classes.entrySet()) {
            try {
                reads.put(c.getKey(), RuleBytecode.read(new RuleBytecode.ClassFile(c.getKey(), c.getValue())));
            } catch (RuntimeException e) {
                problems.add(RuleSetProblem.error(index.fallbackFile, 0, "a compiled class of the rules cannot be read ("
                        + RuleCodeAllowList.javaName(c.getKey()) + "), so it cannot be checked: it is refused"));
            }
        }
        places(reads, functions, index);
        Map<String, RuleSetProblem> found = new LinkedHashMap<>();
        for (RuleBytecode.Read read : reads.values()) {
            String misplaced = allow.refusesClassName(read.name);
            if (misplaced != null) {
                // one problem for the rule file's package, not one for each class compiled into it
                String pkg = RuleCodeAllowList.packageOf(read.name).replaceFirst("/P[0-9A-F]{2}$", "").replace('/', '.');
                String at = packageLines.getOrDefault(pkg, index.fallbackFile + ":0");
                String message = "the rules are compiled into package " + pkg + ", where rule files may not put code (found in their compiled code)";
                found.putIfAbsent(at + "|" + message, RuleSetProblem.error(CompiledRuleSet.fileOf(at), CompiledRuleSet.lineOf(at), message));
            }
            for (RuleBytecode.Reference ref : read.references) {
                String why = refuses(ref, reads, allow);
                if (why == null) {
                    continue;
                }
                Set<String> places = ref.method() == null ? index.classPlaces.getOrDefault(read.name, Set.of())
                        : placesOfMethod(index, read.name, ref.method());
                if (places.isEmpty()) {
                    places = Set.of("the compiled rules");
                }
                for (String place : places) {
                    String at = index.location(place);
                    String message = place + " " + why + ", which rule files may not use (found in its compiled code)";
                    found.putIfAbsent(at + "|" + message, RuleSetProblem.error(CompiledRuleSet.fileOf(at), CompiledRuleSet.lineOf(at), message));
                }
            }
        }
        problems.addAll(found.values());
        problems.sort(java.util.Comparator.comparing(RuleSetProblem::file).thenComparingInt(RuleSetProblem::line));
        return new Result(problems, index);
    }

    private static Set<String> placesOfMethod(Index index, String className, String method) {
        Set<String> p = index.methodPlaces.get(className + "." + method);
        return p != null && !p.isEmpty() ? p : index.classPlaces.getOrDefault(className, Set.of());
    }

    /** Why a reference is refused, or null. */
    private static String refuses(RuleBytecode.Reference ref, Map<String, RuleBytecode.Read> reads, RuleCodeAllowList allow) {
        String owner = ref.owner();
        boolean array = owner.startsWith("[");
        if (array) {
            owner = RuleBytecode.elementType(owner);
            if (owner == null) {
                owner = "java/lang/Object"; // a primitive array: only Object's members
            }
        }
        if (ref.kind() == RuleBytecode.Kind.TYPE) {
            return reads.containsKey(owner) ? null : allow.refusesType(ref.from(), owner);
        }
        if (array) {
            // clone() and length are an array's own; anything else is Object's
            return ref.name().equals("clone") ? null : allow.refusesMember(ref.from(), "java/lang/Object", ref.name());
        }
        return refusesMember(ref.from(), owner, ref.name(), ref.descriptor(), reads, allow, new LinkedHashSet<>());
    }

    /**
     * A member of a compiled class is allowed if the class declares it (it is checked itself), else
     * as its super types allow it: the inherited {@code valueOf} of an enum is {@code Enum}'s.
     */
    private static String refusesMember(String from, String owner, String name, String descriptor, Map<String, RuleBytecode.Read> reads,
                                        RuleCodeAllowList allow, Set<String> seen) {
        RuleBytecode.Read read = reads.get(owner);
        if (read == null) {
            return allow.refusesMember(from, owner, name);
        }
        if (RuleCodeAllowList.REFUSED_EVERYWHERE.contains(name)) {
            return "calls " + RuleCodeAllowList.javaName(owner) + "." + name;
        }
        if (read.declared.contains(name + descriptor) || !seen.add(owner)) {
            return null;
        }
        List<String> supers = new ArrayList<>(read.interfaces);
        if (read.superName != null) {
            supers.add(0, read.superName);
        }
        String first = null;
        for (String s : supers) {
            String why = refusesMember(from, s, name, descriptor, reads, allow, seen);
            if (why == null) {
                return null;
            }
            first = first == null ? why : first;
        }
        return first == null ? null : first;
    }

    /**
     * Tells each compiled class and method which rule (or query, function, declared type) it
     * belongs to: a rule's method in the generated rule classes calls {@code D.rule(package, name)}
     * and names the classes of its conditions and consequence; a function is a static method of
     * the model's class named after it; a declared type is a class named after it.
     */
    private static void places(Map<String, RuleBytecode.Read> reads, Map<String, String> functions, Index index) {
        for (RuleBytecode.Read read : reads.values()) {
            index.classPlaces.put(read.name, new LinkedHashSet<>());
        }
        for (RuleBytecode.Read read : reads.values()) {
            for (Map.Entry<String, List<String>> e : read.rulesDeclared.entrySet()) {
                for (String rule : e.getValue()) {
                    assign(read, e.getKey(), "rule \"" + rule + "\"", reads, index);
                }
            }
            for (Map.Entry<String, List<String>> e : read.queriesDeclared.entrySet()) {
                for (String query : e.getValue()) {
                    assign(read, e.getKey(), "query \"" + query + "\"", reads, index);
                }
            }
            for (String method : read.declared) {
                int paren = method.indexOf('(');
                String name = paren < 0 ? method : method.substring(0, paren);
                if (paren > 0 && functions.containsKey(name)) {
                    index.methodPlaces.computeIfAbsent(read.name + "." + method, k -> new LinkedHashSet<>()).add("function " + name);
                }
                // a query's method is named after it (query_started_32programs); its D.query call is elsewhere
                if (paren > 0 && (name.startsWith("query_") || name.startsWith("rule_"))) {
                    String kind = name.startsWith("query_") ? "query" : "rule";
                    String id = name.substring(kind.length() + 1);
                    for (String place : index.locations.keySet()) {
                        if (place.startsWith(kind + " \"") && generatedId(place.substring(kind.length() + 2, place.length() - 1), id)) {
                            assign(read, method, place, reads, index);
                        }
                    }
                }
            }
            String simple = read.name.substring(read.name.lastIndexOf('/') + 1);
            if (index.locations.containsKey("declared type " + simple)) {
                index.classPlaces.get(read.name).add("declared type " + simple);
            }
        }
    }

    /**
     * Whether {@code id} is how the executable model names a method after {@code name}: letters
     * and digits kept, every other character written as {@code _} and its code ({@code " "} is
     * {@code _32}); an underscore may be kept as it is.
     */
    static boolean generatedId(String name, String id) {
        StringBuilder coded = new StringBuilder();
        StringBuilder keptUnderscore = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean plain = c < 128 && Character.isLetterOrDigit(c);
            coded.append(plain ? String.valueOf(c) : "_" + (int) c);
            keptUnderscore.append(plain || c == '_' ? String.valueOf(c) : "_" + (int) c);
        }
        return id.equals(coded.toString()) || id.equals(keptUnderscore.toString());
    }

    /** The rule method {@code method} of {@code read} declares {@code place}: so do the classes and lambdas it uses. */
    private static void assign(RuleBytecode.Read read, String method, String place, Map<String, RuleBytecode.Read> reads, Index index) {
        index.methodPlaces.computeIfAbsent(read.name + "." + method, k -> new LinkedHashSet<>()).add(place);
        for (String used : read.classesUsed.getOrDefault(method, Set.of())) {
            Set<String> places = index.classPlaces.get(used);
            if (places != null && !used.equals(read.name) && !isModelClass(reads.get(used))) {
                places.add(place);
            }
        }
        // the lambdas a rule's method makes (with no class of their own) are methods of its own class
        for (RuleBytecode.Reference r : read.references) {
            if (method.equals(r.method()) && r.owner().equals(read.name) && r.name() != null && r.name().startsWith("lambda$")) {
                index.methodPlaces.computeIfAbsent(read.name + "." + r.name() + r.descriptor(), k -> new LinkedHashSet<>()).add(place);
            }
        }
    }

    /** The model's own classes (its rules list, the metadata of fact types) are shared by every rule: never one rule's. */
    private static boolean isModelClass(RuleBytecode.Read read) {
        if (read == null) {
            return true;
        }
        String simple = read.name.substring(read.name.lastIndexOf('/') + 1);
        return read.interfaces.contains("org/drools/model/Model") || simple.startsWith("DomainClassesMetadata")
                || simple.matches("Rules[0-9A-F]{32}RuleMethods\\d+");
    }

    /**
     * Where each rule, query, function and declared type is written (file and line), into the
     * index; returns the functions, by name.
     */
    private static Map<String, String> locate(List<RuleSource> sources, Index index) {
        Map<String, String> functions = new LinkedHashMap<>();
        for (RuleSource source : sources) {
            String text = source.text();
            Matcher m = RULE.matcher(text);
            while (m.find()) {
                String name = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                index.locations.putIfAbsent(m.group(1) + " \"" + name + "\"", source.label() + ":" + DrlRules.lineAt(text, m.start(1)));
            }
            String code = RuleFileConfinement.blankCommentsAndStrings(text);
            m = FUNCTION.matcher(code);
            while (m.find()) {
                String at = source.label() + ":" + DrlRules.lineAt(text, m.start());
                functions.putIfAbsent(m.group(1), at);
                index.locations.putIfAbsent("function " + m.group(1), at);
            }
            m = DECLARE.matcher(code);
            while (m.find()) {
                index.locations.putIfAbsent("declared type " + m.group(1), source.label() + ":" + DrlRules.lineAt(text, m.start()));
            }
        }
        return functions;
    }
}
