package org.senrules.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.senrules.core.Decision;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.explain.Explainer;

/** {@code sen decide FILE.json [--explain]}: the decision JSON, or the decision in plain words. */
final class DecideCommand {
    private DecideCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse("decide", argv, Set.of("--rules", "--parameters"), Set.of("--explain"));
        String file = args.single("request file (FILE.json, or - for stdin)");
        byte[] json = Main.read(file);
        SenRules engine = Engines.build(args, "--parameters");
        List<Request> requests = engine.json().read(new ByteArrayInputStream(json));
        boolean cohort = isCohort(json);
        List<Decision> decisions = requests.size() > 1000 ? engine.decideAllInParallel(requests) : engine.decideAll(requests);
        if (args.has("--explain")) {
            for (int i = 0; i < decisions.size(); i++) {
                if (i > 0) {
                    out.println("----------------------------------------------------------------------");
                }
                out.print(Explainer.explain(decisions.get(i), engine.json()));
            }
        } else {
            out.println(cohort ? engine.json().write(decisions) : engine.json().write(decisions.get(0)));
        }
        return Main.OK;
    }

    /** A cohort has "cases"; its answer is {"decisions": [...]} even with one case. */
    private static boolean isCohort(byte[] json) {
        String head = new String(json, 0, Math.min(json.length, 4096), java.nio.charset.StandardCharsets.UTF_8);
        return head.contains("\"cases\"");
    }
}
