package org.senrules.examples.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.senrules.core.Decision;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.explain.Explainer;
import org.senrules.simulation.HighNeedsBlock;
import org.senrules.simulation.Simulation;

/**
 * {@code sen demo [--out DIR]}: the guided tour. Generates the bundled synthetic cohort, decides
 * a handful of showcase requests from {@code examples/data} with explanations, simulates the
 * SSPP policies over the cohort (with the High Needs Block figures of the November 2025
 * bulletin), then the EHCP frameworks, each also year by year from 2025-26 to 2029-30, and writes
 * the reports, saying where they are.
 */
final class DemoCommand {
    static final int COHORT_SIZE = 5_000;
    static final long COHORT_SEED = 2026;
    /** The showcase requests the tour explains, in order; those whose rule set is not loaded are skipped. */
    static final List<String> SHOWCASE = List.of(
            "sspp-top-up/eligible-mainstream.json",
            "sspp-top-up/no-parental-consent.json",
            "special-school-band/band-from-need-and-complexity.json",
            "esn-request/aligned-with-annual-review.json");
    /** The forecast the demo lays the options against: S1's Q2 figures with the lines its pressures give, beside examples/data. */
    static final String HNB = "high-needs-block/2025-26-q2.json";
    /** The ten years of the national reform scenario. */
    static final String REFORM_YEARS = "2025-26:2034-35";
    /** The scenario the demo runs the EHCP cohort in. */
    static final String REFORM = "national-reform-2026";
    /** The demo's five years. */
    static final String YEARS = "2025-26:2029-30";
    /** The demo's uncertainty runs of the five years: a few, to show the fan chart quickly (docs/simulation.md has more). */
    static final int RUNS = 10;
    /** The combination the demo splits into its parts. */
    static final String COMBINED = "dbv-option-6/dbv-option-4";

    private DemoCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse("demo", argv, Engines.withOptions("--out", "--size"), Set.of());
        args.noPositional("demo");
        int size = args.intValue("--size", COHORT_SIZE, CohortGenerator.MIN_SIZE, CohortGenerator.MAX_SIZE);
        Path dir = Path.of(args.value("--out").orElse("sen-demo"));
        Path data = dataFolder();
        SenRules engine = Engines.build(args, "--parameters");

        out.println("senrules demo: Birmingham's SEND funding rules, run on synthetic data (no real person's data).");
        out.println();
        Path cohort = dir.resolve("cohort.json");
        CohortCommand.write(cohort, size, COHORT_SEED, CohortCommand.DEFAULT_AS_OF);
        out.printf("1. Generated a synthetic cohort of %,d SSPP top-up requests (seed %d): %s%n", size, COHORT_SEED, cohort);
        out.println("   (the same as: ./sen cohort --size " + size + " --seed " + COHORT_SEED + " --out " + cohort + ")");
        out.println();

        out.println("2. Showcase decisions, explained (./sen decide FILE --explain):");
        List<String> loaded = engine.ruleSets().stream().map(r -> r.id()).toList();
        for (String name : SHOWCASE) {
            Path file = data.resolve(name);
            String ruleSet = name.substring(0, name.indexOf('/'));
            if (!Files.isRegularFile(file) || !loaded.contains(ruleSet)) {
                continue;
            }
            out.println();
            out.println("---- " + data.relativize(file) + " ----------------------------------------");
            try {
                List<Request> requests = engine.json().read(new String(Main.read(file.toString()), java.nio.charset.StandardCharsets.UTF_8));
                for (Decision<?> d : engine.decideAll(requests)) {
                    out.print(Explainer.explain(d, engine.json()));
                }
            } catch (InvalidRequestException e) {
                out.println(Main.rejection(e));
            }
        }
        out.println();

        List<String> simulateArgs = new ArrayList<>(List.of("--out", dir.resolve("report").toString()));
        args.value("--rules").ifPresent(r -> simulateArgs.addAll(List.of("--rules", r)));
        args.values("--parameters").forEach(p -> simulateArgs.addAll(List.of("--parameters", p)));
        Path hnb = data.resolveSibling(HNB);
        if (Files.isRegularFile(hnb) && !HighNeedsBlock.forecastRuleSets(engine).isEmpty()) {
            simulateArgs.addAll(List.of("--hnb", hnb.toString()));
        }
        String yearByYear = yearByYear(args, data, simulateArgs);
        out.println("3. Every SSPP policy over the cohort (./sen simulate " + cohort + " --out " + dir.resolve("report")
                + (simulateArgs.contains("--hnb") ? " --hnb " + hnb : "") + yearByYear + " --sensitivity --policies ...," + COMBINED + "):");
        out.println();
        List<String> ssppArgs = new ArrayList<>(simulateArgs);
        ssppArgs.add("--sensitivity");
        // every SSPP policy, and option 6's locality budgets on top of option 4, to show a combination in its parts
        List<String> ssppPolicies = new ArrayList<>();
        engine.ruleSets().stream().filter(rs -> rs.id().equals("sspp-top-up")).findFirst()
                .ifPresent(rs -> rs.policies().forEach(p -> ssppPolicies.add(p.name())));
        if (ssppPolicies.contains("dbv-option-6") && ssppPolicies.contains("dbv-option-4")) {
            ssppPolicies.remove("current");
            ssppPolicies.add(COMBINED);
            ssppArgs.addAll(List.of("--policies", String.join(",", ssppPolicies)));
        }
        Args simulate = Args.parse("simulate", ssppArgs, SimulateCommand.OPTIONS, SimulateCommand.SWITCHES);
        SimulateCommand.Run run = SimulateCommand.simulateAll(simulate, cohort.toString(), err);
        SimulateCommand.print(run, out, false);
        out.println();
        out.println("Every policy's table, by area of need and by locality: ./sen simulate " + cohort + " (without --out, or with it)");
        Path report = ReportFiles.write(run, dir.resolve("report"));
        out.println();
        out.println("The report: " + report.toAbsolutePath().normalize());
        out.println("Open it in a browser; the CSV and JSON beside it hold the same figures.");
        if (loaded.contains("ehcp-top-up")) {
            out.println();
            Path ehcp = dir.resolve("cohort-ehcp.json");
            CohortCommand.writeEhcp(ehcp, CohortProfile.bundled(), size, COHORT_SEED, CohortCommand.DEFAULT_AS_OF);
            List<String> ehcpArgs = new ArrayList<>(simulateArgs);
            ehcpArgs.set(1, dir.resolve("report-ehcp").toString());
            out.printf("4. Every EHCP top-up framework of DBV workstream 2 over %,d synthetic EHCP pupils "
                    + "(./sen cohort --kind ehcp --size %d --seed %d --out %s; ./sen simulate %s --out %s):%n", size, size,
                    COHORT_SEED, ehcp, ehcp, dir.resolve("report-ehcp"));
            out.println("   (the need mix is DfE SEN2's, January 2025; settings, levels and units are illustrative)");
            out.println();
            // the places of S4's sufficiency strategy: pupils without a special-school or resource-base place go out of area
            ehcpArgs.addAll(List.of("--sufficiency", TrajectoryOptions.BUNDLED_SUFFICIENCY));
            SimulateCommand.Run ehcpRun = SimulateCommand.simulateAll(Args.parse("simulate", ehcpArgs, SimulateCommand.OPTIONS,
                    SimulateCommand.SWITCHES), ehcp.toString(), err);
            SimulateCommand.print(ehcpRun, out, false);
            Path ehcpReport = ReportFiles.write(ehcpRun, dir.resolve("report-ehcp"));
            out.println();
            out.println("The EHCP report: " + ehcpReport.toAbsolutePath().normalize());
            out.println("(what if more places open: add --places-open special-school:40:2027-28, places for the council, scaled like the file's)");

            // the national reform over ten years: current and one framework, so the run stays a minute or less
            out.println();
            List<String> reformArgs = new ArrayList<>(simulateArgs);
            reformArgs.set(1, dir.resolve("report-reform").toString());
            int years = reformArgs.indexOf("--years");
            reformArgs.set(years + 1, REFORM_YEARS);
            reformArgs.addAll(List.of("--sufficiency", TrajectoryOptions.BUNDLED_SUFFICIENCY, "--scenario", REFORM, "--policies",
                    "ws2-option-3"));
            out.printf("5. The national reform as a scenario, ten years (./sen simulate %s --years %s --scenario %s --sufficiency %s "
                    + "--policies ws2-option-3 --out %s):%n", ehcp, REFORM_YEARS, REFORM, TrajectoryOptions.BUNDLED_SUFFICIENCY,
                    dir.resolve("report-reform"));
            out.println("   (the rollover, the stability grant, the end of the statutory override, tiers and national banding rates; "
                    + "every rate DfE has not published is illustrative)");
            out.println();
            SimulateCommand.Run reformRun = SimulateCommand.simulateAll(Args.parse("simulate", reformArgs, SimulateCommand.OPTIONS,
                    SimulateCommand.SWITCHES), ehcp.toString(), err);
            SimulateCommand.print(reformRun, out, false);
            Path reformReport = ReportFiles.write(reformRun, dir.resolve("report-reform"));
            out.println();
            out.println("The reform report: " + reformReport.toAbsolutePath().normalize());
        }
        return Main.OK;
    }

    /**
     * Adds the five-year run to the simulate options: {@code --years 2025-26:2029-30} and, unless the
     * user gives their own Support Unit values, the illustrative projected ones beside examples/data
     * (the packaged values stop at 2026-27). Returns the options as the command line shows them.
     */
    static String yearByYear(Args args, Path data, List<String> simulateArgs) {
        simulateArgs.addAll(List.of("--years", YEARS, "--runs", String.valueOf(RUNS)));
        String shown = " --years " + YEARS + " --runs " + RUNS;
        Path rates = data.resolveSibling("projected-rates").resolve("funding-shared.parameters.json");
        boolean own = args.values("--parameters").stream().anyMatch(p -> p.startsWith("funding-shared=")
                || p.endsWith("funding-shared" + Engines.SUFFIX));
        if (!own && Files.isRegularFile(rates)) {
            simulateArgs.addAll(List.of("--parameters", "funding-shared=" + rates));
            shown += " --parameters funding-shared=" + TrajectoryOptions.PROJECTED_RATES;
        }
        return shown;
    }

    /** {@code examples/data} of the checkout the launcher runs from (it passes {@code -Dsen.home}), or of the working folder. */
    static Path dataFolder() {
        String home = System.getProperty("sen.home");
        Path data = Path.of(home == null ? "." : home).resolve("examples/data");
        if (!Files.isDirectory(data)) {
            throw new UsageException("cannot find the showcase data folder " + data.toAbsolutePath().normalize()
                    + "; run ./sen from the senrules checkout");
        }
        return data;
    }
}
