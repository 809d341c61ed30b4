package org.senrules.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.senrules.core.RuleSetException;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rule set's rules as Drools' executable model, built with its pack (sen-rules-build writes
 * {@code NAME.drl.model} beside each packaged rule file and compiles the model's classes into the
 * pack). A knowledge base made from it needs no DRL parsing and no compiling of consequences, which
 * were most of a cold start.
 *
 * <p>Used only when every rule file of the rule set is the packaged one, unchanged: the model file
 * records the SHA-256 of the rule text it was made from, and the engine compares it with the text
 * it has just read (and checked: confinement, metadata, phases and criteria are checked on that
 * text and on the rules of the knowledge base as for a rule file compiled at run time). A rules
 * folder that replaces or adds a file, a pack built without the model, or
 * {@code -Dsenrules.prebuiltRules=false} compiles the rule text at run time as before.
 */
final class PrebuiltRules {
    private static final Logger LOG = LoggerFactory.getLogger(PrebuiltRules.class);
    /** The system property that turns the pre-built models off ({@code false}) or on ({@code true}, the default). */
    static final String PROPERTY = "senrules.prebuiltRules";
    /** The first line of a model file, as sen-rules-build writes it. */
    static final String HEADER = "# senrules executable model 1";
    /**
     * The line a build writes for a rule file it left to be compiled at run time after compiling it
     * so itself, without errors (sen-rules-build's {@code ModelGenerator}).
     */
    static final String RUNTIME_CHECKED = "runtime checked ";

    private final String ruleSet;
    /** The pack's module, whose resources the model's class files are read from when it is named. */
    private final Module module;
    private final ClassLoader loader;
    private final List<String> modelClasses;

    /** The model classes {@code modelClasses} of a rule set, read and loaded through {@code module} (if named) and {@code loader}. */
    PrebuiltRules(String ruleSet, Module module, ClassLoader loader, List<String> modelClasses) {
        this.ruleSet = ruleSet;
        this.module = module;
        this.loader = loader;
        this.modelClasses = List.copyOf(modelClasses);
    }

    /** Whether pre-built models are used at all; anything but true or false is refused, naming the property. */
    static boolean enabled() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw new RuleSetException("system property " + PROPERTY + " is \"" + value
                + "\"; it must be true (use the rule packs' pre-built rules, the default) or false (compile every rule file at run time)");
    }

    /**
     * The pre-built rules of a rule set whose rule files are {@code texts} (the packaged ones, in the
     * order of {@code def.rules()}), or null when there are none that match them. Not null means the
     * pack's build compiled and checked exactly these texts: into a model, or (when a file is left to
     * run time, {@link #RUNTIME_CHECKED}) with Drools' run-time compiler; then {@link #kieBase()} is
     * null and the engine compiles the texts itself, knowing they compile.
     */
    static PrebuiltRules find(RuleSetDefinition<?, ?> def, List<String> texts) {
        if (def.rules().isEmpty() || texts.size() != def.rules().size()) {
            return null;
        }
        Class<?> anchor = def.caseType();
        Module module = anchor.getModule();
        String origin = module.isNamed() ? "module " + module.getName() : "the class path";
        List<String> models = new ArrayList<>();
        boolean runtime = false;
        for (int i = 0; i < texts.size(); i++) {
            RuleResource rules = def.rules().get(i);
            if (!rules.origin().equals(origin)) {
                return null; // a rule file of another module (a shared file): its model is not this pack's to use
            }
            String model = read(anchor, rules.path() + ".model");
            if (model == null) {
                return null;
            }
            List<String> lines = model.lines().toList();
            String hash = DrlRules.sha256(texts.get(i));
            if (lines.isEmpty() || !lines.get(0).equals(HEADER) || lines.size() < 2 || !lines.get(1).equals("drl " + hash)) {
                LOG.info("rule set {}: the pre-built rules of {} were made from another text of the file; compiling it at run time",
                        def.id(), rules.path());
                return null;
            }
            for (String line : lines.subList(2, lines.size())) {
                if (line.startsWith("model ")) {
                    models.add(line.substring("model ".length()).strip());
                } else if (line.startsWith(RUNTIME_CHECKED)) {
                    // the pack's build chose not to model this file (a construct the model decides differently),
                    // and compiled it as the engine will, without errors: the rule set is compiled at run time
                    LOG.debug("rule set {}: {} has no pre-built rules ({})", def.id(), rules.path(), line.substring(RUNTIME_CHECKED.length()));
                    runtime = true;
                } else if (line.startsWith("runtime ")) {
                    // an older build's word that it did not model this file, without compiling it
                    LOG.debug("rule set {}: {} has no pre-built rules ({})", def.id(), rules.path(), line.substring("runtime ".length()));
                    return null;
                }
            }
        }
        if (runtime) {
            return new PrebuiltRules(def.id(), anchor.getModule(), anchor.getClassLoader(), List.of());
        }
        return models.isEmpty() ? null : new PrebuiltRules(def.id(), anchor.getModule(), anchor.getClassLoader(), models);
    }

    /**
     * The knowledge base of the model's rules, after its classes are checked ({@link RuleCodeCheck})
     * and before any is loaded; null when the build left the rule files to be compiled at run time,
     * null (and a warning logged) when the model cannot be read or loaded, and null with the
     * refusals added to {@code problems} when a class uses what rules may not.
     */
    RuleCodeCheck.Loaded kieBase(RuleCodeAllowList allow, List<RuleSource> sources, List<org.senrules.core.RuleSetProblem> problems) {
        if (modelClasses.isEmpty()) {
            return null; // left to run time by the build
        }
        Map<String, byte[]> classes = classFiles(allow);
        if (classes == null) {
            return null;
        }
        RuleCodeCheck.Result checked = RuleCodeCheck.check(classes, allow, sources);
        if (!checked.problems().isEmpty()) {
            problems.addAll(checked.problems());
            return null;
        }
        List<Model> models = new ArrayList<>();
        try {
            for (String name : modelClasses) {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            }
            KieBase base = KieBaseBuilder.createKieBaseFromModel(models);
            LOG.info("rule set {}: rules built with the pack ({})", ruleSet, String.join(", ", modelClasses));
            return new RuleCodeCheck.Loaded(base, checked.index());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            LOG.warn("rule set {}: its pre-built rules cannot be loaded ({}); compiling the rule files at run time", ruleSet, e.toString());
            return null;
        }
    }

    /**
     * The class files of the model: its model classes and every class they reach in their own
     * package or below it (the lambdas of conditions and consequences, the rules' methods, the
     * metadata of fact types, functions, declared types), read as resources, not loaded; null
     * when one cannot be read. A class of the pack's own fact and vocabulary packages is not part
     * of the model (it is allowed by name) unless it has the name of a generated one.
     */
    private Map<String, byte[]> classFiles(RuleCodeAllowList allow) {
        Map<String, byte[]> out = new TreeMap<>();
        Deque<String> todo = new ArrayDeque<>();
        Set<String> roots = new HashSet<>();
        for (String name : modelClasses) {
            String internal = name.replace('.', '/');
            todo.add(internal);
            roots.add(RuleCodeAllowList.packageOf(internal));
        }
        while (!todo.isEmpty()) {
            String internal = todo.poll();
            if (out.containsKey(internal)) {
                continue;
            }
            byte[] bytes = readBytes(internal + ".class");
            if (bytes == null) {
                if (modelClasses.contains(internal.replace('/', '.'))) {
                    LOG.warn("rule set {}: its pre-built rules cannot be read ({}); compiling the rule files at run time", ruleSet, internal);
                    return null;
                }
                continue; // not a class of the model: the check allows or refuses it by name
            }
            out.put(internal, bytes);
            RuleBytecode.Read read;
            try {
                read = RuleBytecode.read(new RuleBytecode.ClassFile(internal, bytes));
            } catch (RuntimeException e) {
                continue; // the check reports it
            }
            for (RuleBytecode.Reference r : read.references) {
                String type = RuleBytecode.elementType(r.owner());
                if (type != null && !out.containsKey(type) && inModel(type, roots, allow)) {
                    todo.add(type);
                }
            }
        }
        return out;
    }

    private static final Pattern GENERATED = Pattern.compile("(Rules[0-9A-F]{32}.*|DomainClassesMetadata[0-9A-F]{32}.*|Lambda(Predicate|Consequence|Extractor)[0-9A-F]{32}.*)");

    private static boolean inModel(String type, Set<String> roots, RuleCodeAllowList allow) {
        String pkg = RuleCodeAllowList.packageOf(type);
        for (String root : roots) {
            if (pkg.equals(root) || pkg.startsWith(root + "/")) {
                return !allow.isPackPackage(pkg) || GENERATED.matcher(type.substring(type.lastIndexOf('/') + 1)).matches();
            }
        }
        return false;
    }

    private byte[] readBytes(String path) {
        try (InputStream in = module != null && module.isNamed() ? module.getResourceAsStream(path)
                : loader == null ? null : loader.getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    private static String read(Class<?> anchor, String path) {
        Module module = anchor.getModule();
        try (InputStream in = module.isNamed() ? module.getResourceAsStream(path)
                : anchor.getClassLoader() == null ? null : anchor.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
