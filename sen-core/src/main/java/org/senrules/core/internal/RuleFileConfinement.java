package org.senrules.core.internal;

import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.spi.RuleSetDefinition;

/**
 * What a rule file may use, checked on its text before it is compiled, for packaged rule files and
 * a rule author's edited copies alike: the early, friendly check, which names the exact line. The
 * guarantee is {@link RuleCodeCheck}, on the classes the file compiles to: a text can hide a name
 * from a reading of it (spaces or comments before a dot, a unicode escape, a method reference)
 * that the compiler still sees. A DRL file is compiled to Java and runs in the host's process, so
 * a rule that can name any class can do anything the host can: stop the process, run programs,
 * read files, start threads. This check is an allow-list over the file's text:
 *
 * <ul>
 *   <li><b>Types</b> a rule may name (imported, fully qualified or by simple name): the rule
 *       pack's own fact and vocabulary types (the packages of its case, outcome and global types,
 *       and every package its module exports), the SEND vocabulary
 *       ({@code org.senrules.core.domain}), {@code Parameters} and {@code Explanation},
 *       {@code String}, {@code Math}, the boxed numbers, {@code java.math}, {@code java.time},
 *       and the collections ({@code java.util}, {@code java.util.stream},
 *       {@code java.util.function}), less {@code ServiceLoader}, {@code Timer},
 *       {@code Scanner} and resource bundles. Anything else is refused: {@code System},
 *       {@code Runtime}, {@code ProcessBuilder}, {@code Thread}, {@code Class}, reflection,
 *       {@code java.io}, {@code java.nio}, {@code java.net}, {@code java.util.concurrent}.</li>
 *   <li><b>Methods</b> that reach past those types are refused by name on any value:
 *       {@code getClass}, {@code forName}, {@code getClassLoader}, {@code invoke},
 *       {@code newInstance}, {@code setAccessible}, {@code getKieRuntime}, {@code wait} and the
 *       like, and class literals ({@code X.class}).</li>
 *   <li><b>Allocation</b> whose size a value decides: arrays ({@code new long[n]}) and
 *       {@code String.repeat} are refused.</li>
 *   <li><b>Loops</b> that need not end: {@code while}, {@code do} and counting {@code for}
 *       loops, infinite streams ({@code Stream.iterate}, {@code Stream.generate}) and functions
 *       that call themselves are refused; a rule may loop over a collection with
 *       {@code for (X x : list)}. (Rules that re-trigger each other are stopped while deciding,
 *       by the firing limit and the time budget.)</li>
 *   <li><b>The java dialect only</b>: MVEL's expression language reaches classes by name, so
 *       {@code dialect "mvel"} is refused.</li>
 * </ul>
 *
 * <p>Each refusal names the file, the line and the name used. Comments and text in quotes are
 * not code and are not checked. The check is static: it cannot bound how long an allowed
 * operation takes (a loop over a very long list) or how much memory it allocates; the time
 * budget stops the first kind of runaway (see {@code DecisionBudget}), and the second is the
 * host's heap limit.
 *
 * <p>A rule author's edited copy is read from the rules folder only if it is a regular file in
 * that folder: a symbolic link (to anywhere), a folder, a FIFO or a device with a rule file's
 * name is refused, never followed.
 */
public final class RuleFileConfinement {
    private static final Set<String> JAVA_LANG = Set.of("String", "Math", "StrictMath", "Integer", "Long", "Short", "Byte",
            "Boolean", "Character", "Double", "Float", "Number", "Object", "StringBuilder", "CharSequence", "Comparable",
            "Iterable", "Enum", "Override", "SuppressWarnings", "Deprecated", "ArithmeticException",
            "IllegalArgumentException", "IllegalStateException", "RuntimeException", "Exception", "NullPointerException",
            "IndexOutOfBoundsException", "UnsupportedOperationException", "NumberFormatException");
    private static final Set<String> ALLOWED_PACKAGES = Set.of("java.util", "java.util.stream", "java.util.function",
            "java.time", "java.time.format", "java.time.temporal", "java.math", "org.senrules.core.domain");
    private static final Set<String> ALLOWED_TYPES = Set.of("org.senrules.core.spi.Parameters", "org.senrules.core.spi.Explanation",
            "org.senrules.core.spi.Criteria", "org.senrules.core.spi.EveryCriterionMet");
    private static final Set<String> REFUSED_IN_ALLOWED = Set.of("java.util.ServiceLoader", "java.util.Timer", "java.util.TimerTask",
            "java.util.Scanner", "java.util.ResourceBundle", "java.util.PropertyResourceBundle", "java.util.ListResourceBundle",
            "java.util.Properties", "java.util.prefs");
    private static final Set<String> REFUSED_METHODS = Set.of("getClass", "forName", "getClassLoader", "loadClass", "invoke",
            "invokeExact", "newInstance", "setAccessible", "getDeclaredMethod", "getDeclaredMethods", "getDeclaredField",
            "getDeclaredFields", "getDeclaredConstructor", "getDeclaredConstructors", "getMethod", "getMethods", "getField",
            "getFields", "getConstructor", "getConstructors", "getModule", "getResource", "getResourceAsStream", "getRuntime",
            "exec", "exit", "halt", "wait", "notify", "notifyAll", "finalize", "getKieRuntime", "getKnowledgeRuntime",
            "getWorkingMemory", "getEnvironment", "getKieBase", "getChannels", "getEntryPoint", "iterate", "generate",
            "parallelStream", "parallel", "repeat");
    private static final Set<String> REFUSED_PACKAGE_PREFIXES = Set.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "org.kie.",
            "org.drools.", "org.mvel2.");

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:(function|static|accumulate)\\s+)?([\\w.]+(?:\\.\\*)?)",
            Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern DECLARE = Pattern.compile("\\bdeclare\\s+(?:enum\\s+|trait\\s+|type\\s+)?([A-Za-z_]\\w*)");
    private static final Pattern FUNCTION = Pattern.compile("\\bfunction\\s+[\\w.<>\\[\\], ]+?\\s+([A-Za-z_]\\w*)\\s*\\(");
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w$.])((?:[a-z_][a-z0-9_]*\\.)+)([A-Z]\\w*)");
    private static final Pattern SIMPLE_TYPE = Pattern.compile("(?<![\\w$.@])([A-Z]\\w*)");
    /** A rule or query named without quotes: the name is not code. */
    private static final Pattern UNQUOTED_NAME = Pattern.compile("(?m)^\\s*(?:rule|query)\\s+([^\\s\"']+)");
    private static final Pattern METHOD = Pattern.compile("\\.\\s*([A-Za-z_]\\w*)\\s*\\(");
    private static final Pattern NEW_ARRAY = Pattern.compile("\\bnew\\s+[\\w.]+\\s*(?:<[^>]*>)?\\s*\\[");
    private static final Pattern CLASS_LITERAL = Pattern.compile("\\.\\s*class\\b");
    private static final Pattern LOOP = Pattern.compile("(?<![\\w$.])(while|do)\\b");
    private static final Pattern FOR = Pattern.compile("(?<![\\w$.])for\\s*\\(");
    private static final Pattern DIALECT = Pattern.compile("(?<![\\w$.])dialect\\s+([\"'])");

    private RuleFileConfinement() {
    }

    /** Checks every rule file of a rule set; true if all of them keep to the allow-list. */
    static boolean checkAll(RuleSetDefinition<?, ?> def, List<RuleSource> sources, List<RuleSetProblem> problems) {
        Set<String> packs = packPackages(def);
        boolean ok = true;
        for (RuleSource s : sources) {
            List<RuleSetProblem> found = check(s.text(), s.label(), packs);
            problems.addAll(found);
            ok &= found.isEmpty();
        }
        return ok;
    }

    /** The packages of the pack's own types: case, outcome, globals, extra facts' module exports. */
    private static boolean platformPackage(String pkg) {
        return pkg.isEmpty() || pkg.startsWith("java.") || pkg.startsWith("javax.") || pkg.startsWith("jdk.") || pkg.startsWith("sun.")
                || pkg.startsWith("com.sun.") || pkg.startsWith("org.kie.") || pkg.startsWith("org.drools.") || pkg.equals("org.senrules.core")
                || pkg.startsWith("org.senrules.core.internal");
    }

    static Set<String> packPackages(RuleSetDefinition<?, ?> def) {
        Set<String> out = new TreeSet<>();
        List<Class<?>> types = new ArrayList<>(List.of(def.caseType(), def.outcomeType()));
        def.globals().values().forEach(g -> types.add(g.getClass()));
        // the typed views of the values a declared rule set's rules match, its own and its shared values'
        if (def.types().valuesType() != null) {
            types.add(def.types().valuesType());
        }
        def.shared().stream().filter(sh -> sh.valuesType() != null).forEach(sh -> types.add(sh.valuesType()));
        for (Class<?> t : types) {
            out.add(t.getPackageName());
            Module m = t.getModule();
            ModuleDescriptor d = m.getDescriptor();
            if (m.isNamed() && d != null && !m.getName().equals("org.senrules.core")) {
                d.exports().stream().filter(e -> !e.isQualified()).forEach(e -> out.add(e.source()));
            }
            // the vocabulary the facts are written in (a case's NeedClassification, say), also when the
            // pack runs on the class path, where its module's exports cannot be read
            for (java.lang.reflect.Method method : t.getMethods()) {
                Class<?> r = method.getReturnType();
                while (r.isArray()) {
                    r = r.getComponentType();
                }
                if (!r.isPrimitive() && !platformPackage(r.getPackageName())) {
                    out.add(r.getPackageName());
                }
            }
        }
        return out;
    }

    /** The problems of one rule file, in the order of its lines. */
    static List<RuleSetProblem> check(String text, String label, Set<String> packPackages) {
        String code = UNQUOTED_NAME.matcher(blankCommentsAndStrings(text)).replaceAll(r -> r.group().substring(0, r.start(1) - r.start())
                + " ".repeat(r.group(1).length()));
        List<RuleSetProblem> out = new ArrayList<>();
        Map<String, String> imported = new LinkedHashMap<>();
        Set<String> declared = new LinkedHashSet<>();

        Matcher pkg = PACKAGE.matcher(code);
        if (pkg.find()) {
            for (String prefix : REFUSED_PACKAGE_PREFIXES) {
                if ((pkg.group(1) + ".").startsWith(prefix)) {
                    out.add(problem(label, code, pkg.start(1), "package " + pkg.group(1) + " is refused: a rule file's package "
                            + "may not be one of the platform's or the engine's (" + prefix + "*)"));
                }
            }
        }
        Matcher m = DIALECT.matcher(code);
        while (m.find()) {
            // the dialect's name is in quotes, which the code view blanks: read it from the text
            int close = text.indexOf(m.group(1), m.end());
            String dialect = close < 0 ? "" : text.substring(m.end(), close).strip();
            if (!dialect.equals("java")) {
                out.add(problem(label, code, m.start(), "dialect \"" + (dialect.matches("[A-Za-z]{1,20}") ? dialect : "?")
                        + "\" is refused: rule files are written in the java dialect"));
            }
        }
        m = IMPORT.matcher(code);
        while (m.find()) {
            String name = m.group(2);
            String kind = m.group(1);
            String type = name.endsWith(".*") ? null : name;
            if (kind != null && !kind.equals("accumulate") && type != null) {
                type = type.substring(0, type.lastIndexOf('.')); // import function a.b.C.method: the class is a.b.C
            }
            boolean ok = type == null ? allowedPackage(name.substring(0, name.length() - 2), packPackages) && !refusedPackageWildcard(name)
                    : allowedType(type, packPackages);
            if (!ok) {
                out.add(problem(label, code, m.start(2), "imports " + name + ", which rule files may not use"));
            } else if (type != null && kind == null) {
                imported.put(type.substring(type.lastIndexOf('.') + 1), type);
            } else if (type != null) {
                imported.put(type.substring(type.lastIndexOf('.') + 1), type);
            }
        }
        m = DECLARE.matcher(code);
        while (m.find()) {
            declared.add(m.group(1));
        }
        // the body: everything but the package and import lines
        String body = IMPORT.matcher(PACKAGE.matcher(code).replaceAll(r -> " ".repeat(r.group().length())))
                .replaceAll(r -> " ".repeat(r.group().length()));
        m = QUALIFIED.matcher(body);
        while (m.find()) {
            String pkgName = m.group(1).substring(0, m.group(1).length() - 1);
            String type = pkgName + "." + m.group(2);
            if (!allowedType(type, packPackages)) {
                out.add(problem(label, code, m.start(), "uses " + type + ", which rule files may not use"));
            }
        }
        m = SIMPLE_TYPE.matcher(QUALIFIED.matcher(body).replaceAll(r -> " ".repeat(r.group().length())));
        while (m.find()) {
            String name = m.group(1);
            boolean constant = name.length() > 1 && name.equals(name.toUpperCase(java.util.Locale.ROOT));
            if (!constant && !JAVA_LANG.contains(name) && !imported.containsKey(name) && !declared.contains(name)) {
                out.add(problem(label, code, m.start(), "uses " + name + ", which is neither imported from an allowed package "
                        + "nor one of the java.lang types rule files may use (String, Math, the boxed numbers)"));
            }
        }
        m = METHOD.matcher(body);
        while (m.find()) {
            if (REFUSED_METHODS.contains(m.group(1))) {
                out.add(problem(label, code, m.start(1), "calls " + m.group(1) + "(...), which rule files may not call"));
            }
        }
        m = CLASS_LITERAL.matcher(body);
        while (m.find()) {
            out.add(problem(label, code, m.start(), "uses a class literal (.class), which rule files may not use"));
        }
        m = NEW_ARRAY.matcher(body);
        while (m.find()) {
            out.add(problem(label, code, m.start(), "creates an array, whose size need not be bounded; use a list"));
        }
        m = LOOP.matcher(body);
        while (m.find()) {
            out.add(problem(label, code, m.start(), "uses a " + m.group(1) + " loop, which need not end; loop over a collection "
                    + "with for (X x : list) instead"));
        }
        m = FOR.matcher(body);
        while (m.find()) {
            int close = matchingParen(body, body.indexOf('(', m.start()));
            String header = body.substring(m.end(), close < 0 ? body.length() : close);
            if (header.contains(";") || !header.contains(":")) {
                out.add(problem(label, code, m.start(), "uses a counting for loop, which need not end; loop over a collection "
                        + "with for (X x : list) instead"));
            }
        }
        recursion(body, label, code, out);
        out.sort(java.util.Comparator.comparingInt(RuleSetProblem::line));
        return out;
    }

    /** Refuses functions that call themselves, directly or through other functions of the file. */
    private static void recursion(String body, String label, String code, List<RuleSetProblem> out) {
        Map<String, int[]> spans = new LinkedHashMap<>();
        Matcher f = FUNCTION.matcher(body);
        while (f.find()) {
            int open = body.indexOf('{', f.end());
            int close = open < 0 ? -1 : matchingBrace(body, open);
            if (open >= 0 && close > open) {
                spans.put(f.group(1), new int[] {f.start(), open, close});
            }
        }
        Map<String, Set<String>> calls = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> e : spans.entrySet()) {
            String inner = body.substring(e.getValue()[1], e.getValue()[2]);
            Set<String> called = new LinkedHashSet<>();
            for (String other : spans.keySet()) {
                if (Pattern.compile("(?<![\\w$.])" + Pattern.quote(other) + "\\s*\\(").matcher(inner).find()) {
                    called.add(other);
                }
            }
            calls.put(e.getKey(), called);
        }
        for (String fn : spans.keySet()) {
            if (reaches(fn, fn, calls, new LinkedHashSet<>())) {
                out.add(problem(label, code, spans.get(fn)[0], "function " + fn + " calls itself (directly or through another "
                        + "function), which need not end; rule files may not recurse"));
            }
        }
    }

    private static boolean reaches(String from, String target, Map<String, Set<String>> calls, Set<String> seen) {
        for (String next : calls.getOrDefault(from, Set.of())) {
            if (next.equals(target)) {
                return true;
            }
            if (seen.add(next) && reaches(next, target, calls, seen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allowedType(String type, Set<String> packPackages) {
        if (ALLOWED_TYPES.contains(type)) {
            return true;
        }
        int dot = type.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        String pkgName = type.substring(0, dot);
        String simple = type.substring(dot + 1);
        if (pkgName.equals("java.lang")) {
            return JAVA_LANG.contains(simple);
        }
        for (String refused : REFUSED_IN_ALLOWED) {
            if (type.equals(refused) || type.startsWith(refused + ".")) {
                return false;
            }
        }
        // a nested type (Map.Entry): its outer type decides
        if (!pkgName.isEmpty() && Character.isUpperCase(pkgName.charAt(pkgName.lastIndexOf('.') + 1))) {
            return allowedType(pkgName, packPackages);
        }
        return allowedPackage(pkgName, packPackages);
    }

    private static boolean allowedPackage(String pkgName, Set<String> packPackages) {
        return ALLOWED_PACKAGES.contains(pkgName) || packPackages.contains(pkgName);
    }

    private static boolean refusedPackageWildcard(String name) {
        return name.equals("java.lang.*");
    }

    private static RuleSetProblem problem(String label, String code, int offset, String message) {
        int line = 1;
        for (int i = 0; i < offset && i < code.length(); i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return RuleSetProblem.error(label, line, message);
    }

    /** The text with comments and quoted text replaced by spaces, line breaks kept, so offsets and lines still match. */
    static String blankCommentsAndStrings(String text) {
        StringBuilder sb = new StringBuilder(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    sb.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (; i < end; i++) {
                    if (text.charAt(i) != '\n') {
                        sb.setCharAt(i, ' ');
                    }
                }
            } else if (c == '"' || c == '\'') {
                int start = i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\') {
                        sb.setCharAt(i++, ' ');
                    }
                    if (i < n) {
                        sb.setCharAt(i++, ' ');
                    }
                }
                // keep the quotes themselves, so "x".length() still reads as a call on a value
                i = Math.max(i + 1, start + 1);
            } else {
                i++;
            }
        }
        return sb.toString();
    }

    private static int matchingParen(String s, int open) {
        return matching(s, open, '(', ')');
    }

    private static int matchingBrace(String s, int open) {
        return matching(s, open, '{', '}');
    }

    private static int matching(String s, int open, char o, char c) {
        if (open < 0) {
            return -1;
        }
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == o) {
                depth++;
            } else if (s.charAt(i) == c && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
