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
    private final RulesFolder folder;

    private Catalog(Map<String, CompiledRuleSet> ruleSets, List<RuleSetProblem> warnings, RulesFolder folder) {
        this.ruleSets = ruleSets;
        this.warnings = warnings;
        this.folder = folder;
    }

    /**
     * What to load. {@code eager}: build every rule set's knowledge base now (true), or leave a
     * packaged rule set whose rules the pack's build compiled and checked to its first decision
     * (false); rule files from a rules folder, and anything else compiled at run time, are always
     * built now, so that their errors show when the engine starts.
     */
    public record Config(boolean discover, List<RulePack> packs, Path rulesDirectory,
                         Map<String, List<Path>> parameterOverrides, EngineOptions options, ClassLoader loader,
                         List<String> selectedRuleSets, Map<String, String> packSettings, boolean eager) {

        public Config {
            selectedRuleSets = selectedRuleSets == null ? List.of() : List.copyOf(selectedRuleSets);
            packSettings = packSettings == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(packSettings));
        }

        /** Every rule set built now. */
        public Config(boolean discover, List<RulePack> packs, Path rulesDirectory, Map<String, List<Path>> parameterOverrides,
                      EngineOptions options, ClassLoader loader, List<String> selectedRuleSets, Map<String, String> packSettings) {
            this(discover, packs, rulesDirectory, parameterOverrides, options, loader, selectedRuleSets, packSettings, true);
        }
    }

    /** Loads and compiles; throws {@link RuleSetException} naming every faulty file and line. */
    public static Catalog load(Config config) {
        List<RuleSetProblem> problems = new ArrayList<>();
        Catalog catalog = build(config, !config.eager(), problems);
        if (catalog == null) {
            List<RuleSetProblem> errorsFirst = new ArrayList<>(problems);
            errorsFirst.sort(java.util.Comparator.comparing(RuleSetProblem::severity));
            throw new RuleSetException(errorsFirst);
        }
        return catalog;
    }

    /**
     * Loads and compiles, returning every problem (errors and warnings) instead of throwing; every
     * rule set is built, whatever {@link Config#eager()} says, so that every check runs.
     */
    public static List<RuleSetProblem> check(Config config) {
        List<RuleSetProblem> problems = new ArrayList<>();
        build(config, false, problems);
        return problems;
    }

    private static Catalog build(Config config, boolean onFirstUse, List<RuleSetProblem> problems) {
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
        // the settings some pack read: one no pack reads is refused below, never ignored
        java.util.Set<String> settingsRead = new java.util.TreeSet<>();
        // values the packs of this build share (RulePackContext.shared); made and read on this thread only
        Map<String, Object> shared = new java.util.HashMap<>();
        for (RulePack pack : packs) {
            String packName = pack.name() + " (" + pack.getClass().getName() + ")";
            if (packClasses.contains(pack.getClass().getName())) {
                continue; // the same pack seen by discovery and added explicitly
            }
            packClasses.add(pack.getClass().getName());
            String versionProblem = apiVersionProblem(pack);
            if (versionProblem != null) {
                problems.add(RuleSetProblem.error(packName, 0, "the rule pack \"" + pack.name() + "\" " + versionProblem));
                continue;
            }
            List<RuleSetDefinition<?, ?>> added = new ArrayList<>();
            RulePackContext context = new RulePackContext() {
                @Override
                public java.util.Optional<String> setting(String name) {
                    settingsRead.add(name);
                    return java.util.Optional.ofNullable(config.packSettings().get(name));
                }

                @Override
                public void add(RuleSetDefinition<?, ?> definition) {
                    added.add(definition);
                }

                @Override
                public <T> T shared(String key, Class<T> type, java.util.function.Supplier<? extends T> make) {
                    Object value = shared.get(key);
                    if (value == null) {
                        value = java.util.Objects.requireNonNull(make.get(), "the shared value " + key);
                        shared.put(key, value);
                    }
                    return type.cast(value);
                }
            };
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
        for (String given : config.packSettings().keySet()) {
            if (!settingsRead.contains(given)) {
                problems.add(RuleSetProblem.error("(engine)", 0, "the pack setting \"" + given + "\" is not read by any rule pack"
                        + Suggest.didYouMean(given, settingsRead) + "; the settings the packs read are " + settingsRead));
            }
        }
        if (packs.isEmpty()) {
            problems.add(RuleSetProblem.error("(engine)", 0, "no rule pack was found: put one on the module path or class path, or add one to the builder"));
        }
        if (ParameterFile.errors(problems) > 0) {
            return null;
        }
        // the rules folder and parameter files are checked against every rule set the packs provide, so a
        // council file for a rule set this engine did not select is not mistaken for a misspelt id
        LoadInputs inputs = LoadInputs.of(definitions, config, problems);
        if (ParameterFile.errors(problems) > 0) {
            return null;
        }
        definitions = selected(definitions, config.selectedRuleSets(), problems);
        if (ParameterFile.errors(problems) > 0) {
            return null;
        }
        boolean prebuilt;
        try {
            prebuilt = PrebuiltRules.enabled();
        } catch (RuleSetException e) {
            problems.add(RuleSetProblem.error("(engine)", 0, e.getMessage()));
            return null;
        }
        Map<String, CompiledRuleSet> compiled = compileAll(definitions, config, inputs, prebuilt, onFirstUse, problems);
        if (ParameterFile.errors(problems) > 0) {
            return null;
        }
        List<RuleSetProblem> warnings = problems.stream().filter(p -> p.severity() == RuleSetProblem.Severity.WARNING).toList();
        warnings.forEach(w -> LOG.warn("{}", w));
        return new Catalog(Collections.unmodifiableMap(compiled), warnings, inputs.folder());
    }

    /**
     * The rule sets to compile, in id order (so every listing an engine prints has one order,
     * whatever order the packs were found in): all of them, or only those the builder named, each
     * of which must exist.
     */
    private static Map<String, RuleSetDefinition<?, ?>> selected(Map<String, RuleSetDefinition<?, ?>> definitions,
                                                                 List<String> wanted, List<RuleSetProblem> problems) {
        Map<String, RuleSetDefinition<?, ?>> result = new java.util.TreeMap<>();
        if (wanted.isEmpty()) {
            result.putAll(definitions);
        }
        for (String id : wanted) {
            RuleSetDefinition<?, ?> def = definitions.get(id);
            if (def == null) {
                problems.add(RuleSetProblem.error("(engine)", 0, "no rule set \"" + id + "\" was selected because no pack provides it; the rule sets are "
                        + new java.util.TreeSet<>(definitions.keySet())));
            } else {
                result.put(id, def);
            }
        }
        return new LinkedHashMap<>(result);
    }

    /** Why the engine cannot run this pack, or null when it was compiled against this engine's SPI version. */
    private static String apiVersionProblem(RulePack pack) {
        int version;
        try {
            version = pack.apiVersion();
        } catch (AbstractMethodError e) {
            // compiled against an SPI that had no apiVersion(): older than version 1
            return "was built for an older rule-pack API that did not state its version; rebuild it against rule-pack API version "
                    + RulePack.API_VERSION;
        }
        if (version == RulePack.API_VERSION) {
            return null;
        }
        return "was built for rule-pack API version " + version + ", but this engine provides version " + RulePack.API_VERSION
                + "; rebuild the pack against this engine's sen-core";
    }

    /** Compiles rule sets in parallel: each knowledge base is independent, and start-up time matters. */
    private static Map<String, CompiledRuleSet> compileAll(Map<String, RuleSetDefinition<?, ?>> definitions, Config config,
                                                           LoadInputs inputs, boolean prebuilt, boolean onFirstUse,
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
                futures.put(def.id(), pool.submit(() -> compileOne(def, config, inputs, prebuilt, onFirstUse)));
            }
            for (Map.Entry<String, Future<Compiled>> f : futures.entrySet()) {
                Compiled c = f.getValue().get();
                // a fault in a file several rule sets read (the pack's shared values) is found by each: it is reported once
                for (RuleSetProblem p : c.problems()) {
                    if (!problems.contains(p)) {
                        problems.add(p);
                    }
                }
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

    private static Compiled compileOne(RuleSetDefinition<?, ?> def, Config config, LoadInputs inputs, boolean prebuilt, boolean onFirstUse) {
        List<RuleSetProblem> problems = new ArrayList<>();
        RulesFolder folder = inputs.folder();
        List<RuleSetFiles.File> used = new ArrayList<>();
        List<RuleSource> sources = new ArrayList<>();
        Map<String, DrlRules.Written> packagedRules = new LinkedHashMap<>();
        // each text parsed once: without a rules folder the rules in use are the packaged ones
        Map<String, List<DrlRules.Written>> parsed = new java.util.HashMap<>();
        for (RuleResource r : def.rules()) {
            if (r.exists()) {
                for (DrlRules.Written w : parsed.computeIfAbsent(r.read(), DrlRules::parse)) {
                    packagedRules.putIfAbsent(w.id(), w);
                }
            }
            RuleSource s = source(r, folder, RuleSetFiles.Kind.RULES, used, problems);
            if (s != null) {
                sources.add(s);
            }
        }
        for (Path added : folder.additions(def.id())) {
            String text = RulesFolder.read(added, problems);
            if (text != null) {
                sources.add(new RuleSource(text, added.toString()));
                used.add(new RuleSetFiles.File(RuleSetFiles.Kind.RULES, added.getFileName().toString(), added.toString(), true, text));
            }
        }
        // the pack's pre-built rules serve only the packaged rule files, unchanged; a rules folder's files are compiled here
        boolean packagedOnly = folder.additions(def.id()).isEmpty() && def.rules().stream().allMatch(r -> folder.replacement(r.fileName()) == null);
        PrebuiltRules model = prebuilt && packagedOnly ? PrebuiltRules.find(def, sources.stream().map(RuleSource::text).toList()) : null;
        if (model == null) {
            LOG.debug("rule set {}: compiling its rule files at run time ({})", def.id(), !prebuilt ? PrebuiltRules.PROPERTY + "=false"
                    : !packagedOnly ? "the rules folder replaces or adds files" : "the pack has no pre-built rules of these texts");
        }
        Map<String, DrlRules.Written> rules = new LinkedHashMap<>();
        for (RuleSource s : sources) {
            for (DrlRules.Written w : parsed.computeIfAbsent(s.text(), DrlRules::parse)) {
                rules.putIfAbsent(w.id(), w);
            }
        }
        // checked after compiling, so that a file that does not compile is reported as that first
        List<RuleSetProblem> checks = new ArrayList<>();
        checkRemovals(def, folder, packagedRules, rules, checks);
        RuleSource defaults = source(def.parameterDefaults(), folder, RuleSetFiles.Kind.PARAMETERS, used, problems);
        RuleSource sourcesFile = def.sources() == null ? null : source(def.sources(), folder, RuleSetFiles.Kind.SOURCES, used, problems);
        // the rule set's parameters, checks, criteria, phases and policies come from its declaration (or a rule author's copy)
        Declaration declaration = defaults == null ? null : Declaration.read(defaults.text(), defaults.label(), problems);
        if (declaration == null) {
            return new Compiled(null, problems);
        }
        DeclaredRuleSets.checkCopy(def, declaration, problems);
        DeclaredParameters declared = DeclaredParameters.of(declaration, DeclaredRuleSets.vocabulary(def), problems);
        RuleSource policies = new RuleSource(defaults.text(), defaults.label());
        RuleConventions conventions = RuleConventions.of(def.id(), sourcesFile, declaration, problems);
        List<ParameterStore.Source> overrides = overrides(def.id(), config, used, problems);
        Map<String, org.senrules.core.spi.ParameterSpec> ownSpecs = declared.specs();
        List<org.senrules.core.spi.TableCheck> tableChecks = new ArrayList<>(declared.checks());
        List<ParameterStore.Shared> shared = new ArrayList<>();
        Map<String, org.senrules.core.spi.ParameterSpec> allSpecs = new LinkedHashMap<>(ownSpecs);
        for (org.senrules.core.spi.SharedParameters sh : def.shared()) {
            RuleSource file = source(sh.file(), folder, RuleSetFiles.Kind.SHARED_PARAMETERS, used, problems);
            Map<String, org.senrules.core.spi.ParameterSpec> specs = sh.parameters();
            Declaration sharedDeclaration = null;
            if (file != null) {
                sharedDeclaration = Declaration.read(file.text(), file.label(), problems);
                if (sharedDeclaration == null) {
                    continue;
                }
                DeclaredParameters p = DeclaredParameters.of(sharedDeclaration, sh.vocabulary(), problems);
                DeclaredRuleSets.checkSharedCopy(sh, p, file.label(), problems);
                specs = p.specs();
                tableChecks.addAll(p.checks());
            }
            ValuesSheet sharedSheet = ValuesSheets.read(sh.id(), folder, RuleSetFiles.Kind.SHARED_PARAMETERS, used, problems);
            if (sharedSheet != null && file != null) {
                ValuesSheets.checkSharedCopy(sh, sharedSheet, sharedDeclaration, file, folder, specs, problems);
            }
            ParameterStore.Source sharedSource = file == null ? null : new ParameterStore.Source(file.text(), file.label(), sharedDeclaration);
            shared.add(new ParameterStore.Shared(sh.id(), specs,
                    sharedSource == null || sharedSheet == null ? sharedSource : sharedSource.withSheet(sharedSheet),
                    overrides(sh.id(), config, used, problems)));
            allSpecs.putAll(specs);
        }
        tableChecks.addAll(def.packChecks());
        for (ParameterStore.Shared sh : shared) {
            for (String name : sh.specs().keySet()) {
                Declaration.Parameter own = declaration.parameters().get(name);
                if (own != null) {
                    problems.add(RuleSetProblem.error(declaration.file(), own.line(), "parameter \"" + name + "\" is not set here: it is a"
                            + " value shared by several rule sets, set once in " + sh.id() + Declaration.SHARED_SUFFIX + " (or a council's copy"
                            + " of that file), so that every rule set that uses it has the same value"));
                }
            }
        }
        // a rule author's values sheet gives the rule set's values and its policies' overlays
        ValuesSheet sheet = ValuesSheets.read(def.id(), folder, RuleSetFiles.Kind.PARAMETERS, used, problems);
        if (sheet != null) {
            ValuesSheets.checkCopies(def, sheet, declaration, folder, allSpecs, problems);
        }
        if (ParameterFile.errors(problems) > 0) {
            problems.addAll(checks);
            return new Compiled(null, problems);
        }
        ParameterStore.Source defaultsSource = new ParameterStore.Source(defaults.text(), defaults.label(), declaration);
        ParameterStore.Source policiesSource = new ParameterStore.Source(policies.text(), policies.label(), declaration);
        ParameterStore store = ParameterStore.load(def.id(), ownSpecs,
                sheet == null ? defaultsSource : defaultsSource.withSheet(sheet), overrides,
                sheet == null ? policiesSource : policiesSource.withSheet(sheet), shared, config.options(),
                problems);
        if (store == null) {
            // the values did not load (each problem is listed): there is nothing to compile the rules against
            problems.addAll(checks);
            return new Compiled(null, problems);
        }
        store.runChecks(tableChecks, problems);
        RuleSetFiles files = new RuleSetFiles(List.copyOf(used), RuleSetFiles.fingerprint(used),
                used.stream().anyMatch(f -> f.council() && f.kind() == RuleSetFiles.Kind.RULES),
                used.stream().anyMatch(f -> f.council() && f.kind() != RuleSetFiles.Kind.RULES),
                Map.copyOf(rules), Map.copyOf(packagedRules));
        CompiledRuleSet compiled = CompiledRuleSet.compile(def, sources, model, store, files, config.options(), conventions, policies,
                onFirstUse, problems);
        problems.addAll(checks);
        if (store == null || compiled == null || ParameterFile.errors(problems) > 0) {
            return new Compiled(null, problems);
        }
        return new Compiled(compiled, problems);
    }

    /**
     * A rule set in use that lacks a packaged rule decides differently with nothing to show for
     * it (a deleted criterion turns refusals into grants; a half-saved file still compiles), so
     * it is refused unless the author confirmed it in the folder's manifest.
     */
    private static void checkRemovals(RuleSetDefinition<?, ?> def, RulesFolder folder, Map<String, DrlRules.Written> packaged,
                                      Map<String, DrlRules.Written> inUse, List<RuleSetProblem> problems) {
        for (String id : RuleSetFiles.missingFrom(inUse, packaged)) {
            if (folder.manifest().confirmsRemoval(def.id(), id)) {
                continue;
            }
            DrlRules.Written w = packaged.get(id);
            String where = def.rules().stream().map(r -> folder.replacement(r.fileName())).filter(java.util.Objects::nonNull)
                    .map(Path::toString).findFirst().orElse(folder.dir() == null ? def.id() : folder.dir().toString());
            problems.add(RuleSetProblem.error(where, 0, "rule " + id + " (\"" + w.name() + "\") of the packaged " + def.id()
                    + " is not in the rules in use (deleted, or the file is cut short); if that is intended, confirm it with the line"
                    + " \"removes " + def.id() + " " + id + "\" in " + (folder.dir() == null ? RulesFolder.MANIFEST
                    : folder.dir().resolve(RulesFolder.MANIFEST))));
        }
    }

    private static List<ParameterStore.Source> overrides(String id, Config config, List<RuleSetFiles.File> used,
                                                         List<RuleSetProblem> problems) {
        List<ParameterStore.Source> overrides = new ArrayList<>();
        for (Path p : config.parameterOverrides().getOrDefault(id, List.of())) {
            String text = readFile(p, problems);
            if (text != null && p.getFileName().toString().endsWith(ValuesSheet.SUFFIX)) {
                // a values sheet as the council's values: its rows of current, checked as a parameter file's
                ValuesSheet sheet = ValuesSheet.read(text, p.toString(), problems);
                if (sheet != null) {
                    overrides.add(new ParameterStore.Source(text, p.toString()).withSheet(sheet));
                    used.add(new RuleSetFiles.File(RuleSetFiles.Kind.OVERRIDE, p.getFileName().toString(), p.toString(), true, text));
                }
            } else if (text != null) {
                overrides.add(new ParameterStore.Source(text, p.toString()));
                used.add(new RuleSetFiles.File(RuleSetFiles.Kind.OVERRIDE, p.getFileName().toString(), p.toString(), true, text));
            }
        }
        return overrides;
    }

    /** The packaged resource, or the rule author's copy of the same file name in the rules folder. */
    private static RuleSource source(RuleResource resource, RulesFolder folder, RuleSetFiles.Kind kind, List<RuleSetFiles.File> used,
                                     List<RuleSetProblem> problems) {
        Path candidate = folder.replacement(resource.fileName());
        if (candidate != null) {
            String text = readFile(candidate, problems);
            if (text == null) {
                return null;
            }
            used.add(new RuleSetFiles.File(kind, resource.fileName(), candidate.toString(), true, text));
            return new RuleSource(text, candidate.toString());
        }
        if (!resource.exists()) {
            problems.add(RuleSetProblem.error(resource.path(), 0, "missing resource: " + resource.origin() + " has no " + resource.path()));
            return null;
        }
        String text = resource.read();
        used.add(new RuleSetFiles.File(kind, resource.fileName(), resource.path(), false, text));
        return new RuleSource(text, resource.path());
    }

    static String readFile(Path file, List<RuleSetProblem> problems) {
        try {
            return DocumentInput.readFile(file);
        } catch (DocumentInput.Refused e) {
            problems.add(RuleSetProblem.error(file.toString(), 1, e.getMessage().replace("the document ", "the file ")));
            return null;
        } catch (IOException | UncheckedIOException e) {
            problems.add(RuleSetProblem.error(file.toString(), 0, "cannot read: " + e.getMessage()));
            return null;
        }
    }

    /** The rules folder as read for this catalogue. */
    RulesFolder folder() {
        return folder;
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
