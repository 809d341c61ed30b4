package org.senrules.examples.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.SenRules;

/**
 * {@code sen validate [--rules DIR] [--parameters FILE]}: compiles every rule file and checks
 * every parameter and policy file, printing each problem with its file and line. Exit status 1
 * on any error; warnings alone pass.
 */
final class ValidateCommand {
    private ValidateCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse("validate", argv, Set.of("--rules", "--parameters"), Set.of());
        args.noPositional("validate");
        SenRules.Builder builder = Engines.builder(args, "--parameters");
        List<RuleSetProblem> problems = builder.check();
        long errors = problems.stream().filter(p -> p.severity() == RuleSetProblem.Severity.ERROR).count();
        for (RuleSetProblem p : problems) {
            (p.severity() == RuleSetProblem.Severity.ERROR ? out : err).println(p);
        }
        if (errors > 0) {
            out.println(errors + (errors == 1 ? " error" : " errors") + ": the engine would not start with these files.");
            return Main.FAILED;
        }
        SenRules engine = builder.build();
        int rules = 0;
        for (RuleSetInfo r : engine.ruleSets()) {
            int n = engine.rules(r.id()).size();
            rules += n;
            out.printf("ok  %-22s %-8s %3d rules, %2d parameters, policies: %s%n", r.id(), r.version(), n,
                    r.parameters().size(), String.join(", ", r.policies().stream().map(p -> p.name()).toList()));
        }
        out.println(engine.ruleSets().size() + " rule sets, " + rules + " rules: no errors"
                + (problems.isEmpty() ? "." : ", " + problems.size() + " warning(s)."));
        return Main.OK;
    }
}
