package org.senrules.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.senrules.core.SenRules;

/**
 * Builds engines from the common options: {@code --rules DIR} (a rule author's edited copies
 * of rule, parameter and policy files, replacing packaged files of the same name) and
 * {@code --parameters} (a council's parameter file for one rule set), {@code --oag-catalogue FILE}
 * (a council's Ordinarily Available Guidance catalogue, for this engine only) and
 * {@code --expiry-warning 90d} (how long before a value's last day decisions warn that it ends).
 *
 * <p>A parameter file is matched to its rule set in one of two ways: {@code ID=FILE}
 * ({@code --parameters sspp-top-up=ours.json}), or by its name when it is
 * {@code <rule-set-id>.parameters.json}, the name the packaged defaults have.
 */
final class Engines {
    static final String SUFFIX = ".parameters.json";
    /** The pack setting the OAG and funding packs read their catalogue from ({@code OagCatalogue.SETTING}). */
    static final String OAG_CATALOGUE = "oag-catalogue";
    /** The options of every verb that builds an engine: they go together, so that no verb takes some of them only. */
    static final Set<String> OPTIONS = Set.of("--rules", "--parameters", "--oag-catalogue", "--expiry-warning");

    private Engines() {
    }

    /** The valued options of a verb that builds an engine: its own and {@link #OPTIONS}. */
    static Set<String> withOptions(String... own) {
        Set<String> all = new java.util.HashSet<>(OPTIONS);
        all.addAll(List.of(own));
        return Set.copyOf(all);
    }

    /** A parameter override: the rule set it is for and the file. */
    record Override(String ruleSet, Path file) {
    }

    static SenRules.Builder builder(Args args, String... parameterOptions) {
        SenRules.Builder b = SenRules.builder();
        // how long before a value's last day decisions warn that it ends (the engine's default: 90 days)
        b.expiryWarningDays(args.days("--expiry-warning", 90, 3660));
        args.value("--rules").ifPresent(dir -> b.rulesDirectory(rulesDirectory(dir)));
        args.value("--oag-catalogue").ifPresent(file -> {
            if (!Files.isRegularFile(Path.of(file))) {
                throw new UsageException("--oag-catalogue " + file + ": no such file");
            }
            b.packSetting(OAG_CATALOGUE, file);
        });
        for (String option : parameterOptions) {
            for (Override o : overrides(args.values(option), option)) {
                b.overrideParameters(o.ruleSet(), o.file());
            }
        }
        return b;
    }

    static SenRules build(Args args, String... parameterOptions) {
        return builder(args, parameterOptions).build();
    }

    /**
     * The time budget of one decision in a batch run (simulate, the demo's simulations): a
     * runaway rule is still stopped, but a decision whose thread waits on a loaded machine (a load
     * of 23 on two cores stopped the demo at the 2 s default) does not end a run of hundreds of
     * thousands of decisions that no one is waiting on one by one.
     */
    static final java.time.Duration BATCH_BUDGET = java.time.Duration.ofSeconds(30);

    /** An engine for a batch run: as {@link #build}, with {@link #BATCH_BUDGET}. */
    static SenRules batch(Args args, String... parameterOptions) {
        return builder(args, parameterOptions).decisionTimeBudget(BATCH_BUDGET).build();
    }

    static Path rulesDirectory(String dir) {
        Path p = Path.of(dir);
        if (!Files.isDirectory(p)) {
            throw new UsageException("--rules " + dir + ": no such folder");
        }
        return p;
    }

    static List<Override> overrides(List<String> specs, String option) {
        List<Override> out = new ArrayList<>();
        for (String spec : specs) {
            String id;
            Path file;
            int eq = spec.indexOf('=');
            if (eq > 0 && spec.substring(0, eq).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
                id = spec.substring(0, eq);
                file = Path.of(spec.substring(eq + 1));
            } else {
                file = Path.of(spec);
                String name = file.getFileName().toString();
                if (!name.endsWith(SUFFIX) || name.length() == SUFFIX.length()) {
                    throw new UsageException(option + " " + spec + ": say which rule set it is for, either by naming the file"
                            + " <rule-set-id>" + SUFFIX + " or as " + option + " <rule-set-id>=" + spec);
                }
                id = name.substring(0, name.length() - SUFFIX.length());
            }
            if (!Files.isRegularFile(file)) {
                throw new UsageException(option + " " + spec + ": no such file");
            }
            out.add(new Override(id, file));
        }
        return out;
    }
}
