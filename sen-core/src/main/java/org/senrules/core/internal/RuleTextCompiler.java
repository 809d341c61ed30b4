package org.senrules.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.spi.RuleSetDefinition;

/**
 * Compiles rule files at run time (a rule author's rules folder, a pack built without its
 * executable model, or {@code -Dsenrules.prebuiltRules=false}) into Drools' executable model, as
 * the packs' build does, so that every condition and consequence is a compiled class: none is
 * left to MVEL's interpreter, where there would be no bytecode to check. The classes are checked
 * by {@link RuleCodeCheck} before any of them is loaded; a rule set whose classes use anything
 * off the allow-list is refused with the file, the rule and the name.
 *
 * <p>The DRL compiler (Drools' DRL parser, the executable model's code generator, the Eclipse Java
 * compiler, MVEL) is not needed by an engine that uses only the packs' pre-built rules, so it is
 * not a dependency of sen-core: the artifact {@code org.senrules:sen-rules-compiler} brings it.
 * {@link #missing()} says what to add when it is absent.
 */
final class RuleTextCompiler {
    /** The class that turns a build into the executable model (drools-model-codegen). */
    static final String EXECUTABLE_MODEL = "org.drools.model.codegen.ExecutableModelProject";
    /** What brings the DRL compiler, for the message when it is absent. */
    static final String ARTIFACT = "org.senrules:sen-rules-compiler";
    static final String MODULE = "org.senrules.compiler";

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([A-Za-z_][\\w.]*)", Pattern.MULTILINE);
    private static final Pattern GENERATED_CLASH = Pattern.compile("The type Rule_\\S+ is already defined");
    /** A compiled class of the executable model, named in Drools' messages about it. */
    private static final Pattern GENERATED_SOURCE = Pattern.compile("src/main/java/(\\S+)\\.java");

    private RuleTextCompiler() {
    }

    /** The executable model's builder, or null when the DRL compiler is not on the class or module path. */
    @SuppressWarnings("unchecked")
    static Class<? extends KieBuilder.ProjectType> executableModel() {
        try {
            Class<?> c = Class.forName(EXECUTABLE_MODEL, false, RuleTextCompiler.class.getClassLoader());
            // the rest of the compiler must be there too: the DRL parser and the Java compiler it uses
            Class.forName("org.drools.drl.parser.DrlParser", false, RuleTextCompiler.class.getClassLoader());
            Class.forName("org.eclipse.jdt.internal.compiler.Compiler", false, RuleTextCompiler.class.getClassLoader());
            return (Class<? extends KieBuilder.ProjectType>) c;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** The problem of a rule set whose rule files must be compiled when the DRL compiler is absent. */
    static RuleSetProblem missing(RuleSetDefinition<?, ?> def, List<RuleSource> sources) {
        return RuleSetProblem.error(sources.isEmpty() ? def.id() : sources.get(0).label(), 0, "rule set " + def.id()
                + " has rule files to compile at run time (a rules folder, a pack without pre-built rules, or -Dsenrules.prebuiltRules=false),"
                + " and the DRL compiler is not on the class or module path: add the dependency " + ARTIFACT
                + " (on the module path, requires " + MODULE + ";). Engines that use only the packs' pre-built rules do not need it.");
    }

    /**
     * Compiles the rule texts into the executable model, checks its classes and loads them; null
     * (and problems added with file and line) when they do not compile or use what rules may not.
     */
    static RuleCodeCheck.Loaded compile(RuleSetDefinition<?, ?> def, List<RuleSource> sources, RuleCodeAllowList allow, List<RuleSetProblem> problems) {
        Class<? extends KieBuilder.ProjectType> model = executableModel();
        if (model == null) {
            problems.add(missing(def, sources));
            return null;
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId release = ks.newReleaseId("org.senrules.compiled", def.id(), def.version() + "-b" + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(release);
        Map<String, String> labels = new LinkedHashMap<>();
        int i = 0;
        for (RuleSource source : sources) {
            Matcher pkg = PACKAGE.matcher(source.text());
            String folder = pkg.find() ? pkg.group(1).replace('.', '/') : "senrules/" + def.id().replace('-', '_');
            String path = "src/main/resources/" + folder + "/f" + (i++) + ".drl";
            // the same rewrite the packs' build makes, so that a rule compiles here as it does there
            kfs.write(path, ConsequenceWords.rewrite(source.text()));
            labels.put(path, source.label());
            labels.put(path.substring("src/main/resources/".length()), source.label());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(model);
        if (!messages(def, builder, labels, sources, problems)) {
            ks.getRepository().removeKieModule(release);
            return null;
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        Map<String, byte[]> classes = new TreeMap<>();
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class")) {
                classes.put(name.substring(0, name.length() - ".class".length()), module.getBytes(name));
            }
        }
        RuleCodeCheck.Result checked = RuleCodeCheck.check(classes, allow, sources);
        if (!checked.problems().isEmpty()) {
            // nothing of it was loaded: the module is dropped before any class is defined
            ks.getRepository().removeKieModule(release);
            problems.addAll(checked.problems());
            return null;
        }
        try {
            KieContainer container = ks.newKieContainer(release);
            KieBase base = container.getKieBase();
            return new RuleCodeCheck.Loaded(base, checked.index());
        } catch (RuntimeException | LinkageError e) {
            // the classes passed the check but Drools could not make a knowledge base of them
            problems.add(RuleSetProblem.error(sources.isEmpty() ? def.id() : sources.get(0).label(), 0,
                    "the rules compiled but cannot be loaded: " + e.getClass().getSimpleName()));
            return null;
        } finally {
            ks.getRepository().removeKieModule(release);
        }
    }

    /** Adds the compiler's errors (one per fault, with file and line); true when there are none. */
    private static boolean messages(RuleSetDefinition<?, ?> def, KieBuilder builder, Map<String, String> labels, List<RuleSource> sources,
                                    List<RuleSetProblem> problems) {
        boolean failed = false;
        Set<String> reported = new HashSet<>();
        List<RuleSetProblem> compileErrors = new ArrayList<>();
        List<RuleSetProblem> echoes = new ArrayList<>();
        for (Message m : builder.getResults().getMessages()) {
            if (m.getLevel() != Message.Level.ERROR) {
                continue;
            }
            failed = true;
            String raw = m.getText() == null ? "" : m.getText();
            // a fault in a class the executable model generated: Drools follows it with the whole
            // generated source ("Java source of ... in error"), which no rule author wrote
            if (raw.startsWith("Java source of ")) {
                continue;
            }
            String text = oneLine(raw);
            if (m.getPath() == null && text.startsWith("Unable to build KieBaseModel") || !reported.add(m.getPath() + ":" + m.getLine() + ":" + text)) {
                continue;
            }
            String file;
            int line = Math.max(m.getLine(), 0);
            Matcher generated = m.getPath() == null ? null : GENERATED_SOURCE.matcher(m.getPath());
            if (generated != null && generated.matches()) {
                // a generated class names no rule file: the rule set's first, and no line in it, unless the
                // message names a method (a misspelt value of the typed view) called in one place only
                file = sources.isEmpty() ? def.id() : sources.get(0).label();
                line = 0;
                Matcher undefined = UNDEFINED_METHOD.matcher(text);
                if (undefined.find()) {
                    String call = "." + undefined.group(1) + "(";
                    List<RuleSource> calling = sources.stream().filter(src -> src.text().contains(call)).toList();
                    if (calling.size() == 1 && calling.get(0).text().indexOf(call) == calling.get(0).text().lastIndexOf(call)) {
                        RuleSource src = calling.get(0);
                        file = src.label();
                        line = 1 + (int) src.text().substring(0, src.text().indexOf(call)).chars().filter(c -> c == '\n').count();
                    }
                }
                text = "the rules do not compile: " + text;
            } else {
                file = m.getPath() == null ? def.id() : labels.getOrDefault(m.getPath(), m.getPath());
                if (line == 0) {
                    line = lineOfQuoted(sources, file, text);
                }
            }
            RuleSetProblem p = RuleSetProblem.error(file, line, text);
            // a duplicate rule name also makes the Java class Drools generates for it clash: one problem, not two
            (GENERATED_CLASH.matcher(text).find() ? echoes : compileErrors).add(p);
        }
        problems.addAll(compileErrors);
        if (compileErrors.isEmpty()) {
            problems.addAll(echoes);
        }
        return !failed;
    }

    /** A generated class's call of a method its type lacks ("The method unitVaule() is undefined for the type TestTopUpValues"). */
    private static final java.util.regex.Pattern UNDEFINED_METHOD = java.util.regex.Pattern.compile("The method ([A-Za-z_$][A-Za-z0-9_$]*)\\(");

    /** The end of a message that quotes what the author wrote ("Unable to parse left part of expression: $x : y"). */
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("(?:expression|constraint): (.+)$");

    /**
     * The line of {@code file} that holds the text a message quotes, when the compiler gave none
     * and the text is there once; else 0.
     */
    static int lineOfQuoted(List<RuleSource> sources, String file, String message) {
        Matcher quoted = QUOTED.matcher(message);
        if (!quoted.find()) {
            return 0;
        }
        String fragment = quoted.group(1).strip();
        for (RuleSource s : sources) {
            if (s.label().equals(file) && !fragment.isEmpty()) {
                int at = s.text().indexOf(fragment);
                if (at >= 0 && s.text().indexOf(fragment, at + 1) < 0) {
                    return 1 + (int) s.text().substring(0, at).chars().filter(c -> c == '\n').count();
                }
            }
        }
        return 0;
    }

    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        // Drools lists a rule's compiler errors one per indented line and names the class it generated
        // for the rule ("for the type Rule_Name_123"), which means nothing to a rule author
        return text.replaceAll("\\s*[\\r\\n\\t]\\s*", "; ").replaceAll(" for the type Rule_[A-Za-z0-9_$]+", "")
                .replaceAll("\\s+", " ").replaceAll("(:|;) ;", "$1").replaceFirst("^Rule Compilation error:? ;? ?", "the rule does not compile: ").strip();
    }
}
