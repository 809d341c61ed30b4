package org.senrules.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.senrules.core.RuleSetException;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every loaded rule set, compiled. Built once from a {@link Config}; immutable afterwards, so an
 * engine can swap a whole catalogue atomically when a rule author's edits are reloaded.
 */
public final class Catalog {
    private static final Logger LOG = LoggerFactory.getLogger(Catalog.class);

    private final Map<String, CompiledRuleSet> ruleSets;
    private final List<RuleSetProblem> warnings;

    private Catalog(Map<String, CompiledRuleSet> ruleSets, List<RuleSetProblem> warnings) {
        this.ruleSets = ruleSets;
        this.warnings = warnings;
    }

    /** What to load. */
    public record Config(boolean discover, List<RulePack> packs, Path rulesDirectory,
                         Map<String, List<Path>> parameterOverrides, EngineOptions options, ClassLoader loader) {
    }

    /** Loads and compiles; throws {@link RuleSetException} naming every faulty file and line. */
    public static Catalog load(Config config) {
        List<RuleSetProblem> problems = new ArrayList<>();
        Catalog catalog = build(config, problems);
        if (catalog == null) {
            List<RuleSetProblem> errorsFirst = new ArrayList<>(problems);
            errorsFirst.sort(java.util.Comparator.comparing(RuleSetProblem::severity));
            throw new RuleSetException(errorsFirst);
        }
        return catalog;
    }

    /** Loads and compiles, returning every problem (errors and warnings) instead of throwing. */
    public static List<RuleSetProblem> check(Config config) {
        List<RuleSetProblem> problems = new ArrayList<>();
        build(config, problems);
        return problems;
    }

    private static Catalog build(Config config, List<RuleSetProblem> problems) {
        List<RulePack> packs = new ArrayList<>(config.packs());
        if (config.discover()) {
            ServiceLoader<RulePack> loader = config.loader() == null ? ServiceLoader.load(RulePack.class)
                    : ServiceLoader.load(RulePack.class, config.loader());
            for (ServiceLoader.Provider<RulePack> provider : loader.stream().toList()) {
                try {
                    packs.add(provider.get());
                } catch (java.util.ServiceConfigurationError e) {
                    problems.add(RuleSetProblem.error(provider.type().getName(), 0, "the rule pack cannot be created: " + e.getMessage()));
                }
            }
        }
        Map<String, RuleSetDefinition<?, ?>> definitions = new LinkedHashMap<>();
        Map<String, String> owners = new LinkedHashMap<>();
        List<String> packClasses = new ArrayList<>();
        for (RulePack pack : packs) {
            String packName = pack.name() + " (" + pack.getClass().getName() + ")";
            if (packClasses.contains(pack.getClass().getName())) {
                continue; // the same pack seen by discovery and added explicitly
            }
            packClasses.add(pack.getClass().getName());
            if (pack.apiVersion() != RulePack.API_VERSION) {
                problems.add(RuleSetProblem.error(packName, 0, "built for rule-pack API version " + pack.apiVersion()
                        + ", but this engine provides version " + RulePack.API_VERSION));
                continue;
            }
            List<RuleSetDefinition<?, ?>> added = new ArrayList<>();
            RulePackContext context = added::add;
            try {
                pack.register(context);
            } catch (RuntimeException e) {
                problems.add(RuleSetProblem.error(packName, 0, "failed while registering: " + e.getMessage()));
                continue;
            }
            for (RuleSetDefinition<?, ?> def : added) {
                String owner = owners.putIfAbsent(def.id(), packName);
                if (owner != null) {
                    problems.add(RuleSetProblem.error(packName, 0, "rule set \"" + def.id() + "\" is already provided by " + owner
                            + "; rule-set ids must be unique"));
                } else {
                    definitions.put(def.id(), def);
                }
            }
            LOG.info("rule pack {} provides {}", packName, added.stream().map(RuleSetDefinition::id).toList());
        }
        if (packs.isEmpty()) {
            problems.add(RuleSetProblem.error("(engine)", 0, "no rule pack was found: put one on the module path or class path, or add one to the builder"));
        }
        if (ParameterFile.errors(problems) > 0) {
            return null;
        }
        Map<String, CompiledRuleSet> compiled = compileAll(definitions, config, problems);
        if (ParameterFile.errors(problems) > 0) {
            return null;
        }
        List<RuleSetProblem> warnings = problems.stream().filter(p -> p.severity() == RuleSetProblem.Severity.WARNING).toList();
        warnings.forEach(w -> LOG.warn("{}", w));
        return new Catalog(Collections.unmodifiableMap(compiled), warnings);
    }

    /** Compiles rule sets in parallel: each knowledge base is independent, and start-up time matters. */
    private static Map<String, CompiledRuleSet> compileAll(Map<String, RuleSetDefinition<?, ?>> definitions, Config config,
                                                           List<RuleSetProblem> problems) {
        Map<String, CompiledRuleSet> result = new LinkedHashMap<>();
        if (definitions.isEmpty()) {
            return result;
        }
        int threads = Math.max(1, Math.min(definitions.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "senrules-compile");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, Future<Compiled>> futures = new LinkedHashMap<>();
            for (RuleSetDefinition<?, ?> def : definitions.values()) {
                futures.put(def.id(), pool.submit(() -> compileOne(def, config)));
            }
            for (Map.Entry<String, Future<Compiled>> f : futures.entrySet()) {
                Compiled c = f.getValue().get();
                problems.addAll(c.problems());
                if (c.ruleSet() != null) {
                    result.put(f.getKey(), c.ruleSet());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleSetException("interrupted while compiling rules");
        } catch (ExecutionException e) {
            throw new RuleSetException("compiling rules failed: " + e.getCause());
        } finally {
            pool.shutdown();
        }
        return result;
    }

    private record Compiled(CompiledRuleSet ruleSet, List<RuleSetProblem> problems) {
    }

    private static Compiled compileOne(RuleSetDefinition<?, ?> def, Config config) {
        List<RuleSetProblem> problems = new ArrayList<>();
        List<RuleSource> sources = new ArrayList<>();
        for (RuleResource r : def.rules()) {
            RuleSource s = source(r, config.rulesDirectory(), problems);
            if (s != null) {
                sources.add(s);
            }
        }
        RuleSource defaults = def.parameterDefaults() == null ? null : source(def.parameterDefaults(), config.rulesDirectory(), problems);
        RuleSource policies = def.policies() == null ? null : source(def.policies(), config.rulesDirectory(), problems);
        RuleSource sourcesFile = def.sources() == null ? null : source(def.sources(), config.rulesDirectory(), problems);
        RuleConventions conventions = RuleConventions.load(def.id(), sourcesFile, defaults, def.phases(), problems);
        List<ParameterStore.Source> overrides = new ArrayList<>();
        for (Path p : config.parameterOverrides().getOrDefault(def.id(), List.of())) {
            String text = readFile(p, problems);
            CriteriaDeclaration.checkOverride(text, p.toString(), conventions.criteria(), problems);
            if (text != null) {
                overrides.add(new ParameterStore.Source(text, p.toString()));
            }
        }
        if (ParameterFile.errors(problems) > 0) {
            return new Compiled(null, problems);
        }
        ParameterStore store = ParameterStore.load(def.id(), def.parameters(),
                defaults == null ? null : new ParameterStore.Source(defaults.text(), defaults.label()), overrides,
                policies == null ? null : new ParameterStore.Source(policies.text(), policies.label()), config.options(), problems);
        if (store != null) {
            store.runChecks(def.checks(), problems);
        }
        CompiledRuleSet compiled = CompiledRuleSet.compile(def, sources, store, config.options(), conventions, policies, problems);
        if (store == null || compiled == null || ParameterFile.errors(problems) > 0) {
            return new Compiled(null, problems);
        }
        return new Compiled(compiled, problems);
    }

    /** The packaged resource, or the rule author's copy of the same file name in the rules folder. */
    private static RuleSource source(RuleResource resource, Path rulesDirectory, List<RuleSetProblem> problems) {
        if (rulesDirectory != null) {
            Path candidate = rulesDirectory.resolve(resource.fileName());
            if (Files.isRegularFile(candidate)) {
                String text = readFile(candidate, problems);
                return text == null ? null : new RuleSource(text, candidate.toString());
            }
        }
        if (!resource.exists()) {
            problems.add(RuleSetProblem.error(resource.path(), 0, "missing resource: " + resource.origin() + " has no " + resource.path()));
            return null;
        }
        return new RuleSource(resource.read(), resource.path());
    }

    private static String readFile(Path file, List<RuleSetProblem> problems) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            problems.add(RuleSetProblem.error(file.toString(), 0, "cannot read: " + e.getMessage()));
            return null;
        }
    }

    public Map<String, CompiledRuleSet> ruleSets() {
        return ruleSets;
    }

    public CompiledRuleSet get(String id) {
        return ruleSets.get(id);
    }

    public List<RuleSetProblem> warnings() {
        return warnings;
    }
}
