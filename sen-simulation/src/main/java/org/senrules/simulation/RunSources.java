package org.senrules.simulation;

import java.util.List;
import org.senrules.core.ApiStatus;
import org.senrules.core.RuleSetOrigin;

/**
 * What a simulation was run with, for its report, CSV and JSON: the rules folder, the parameter
 * files, and whether rules and values came from the package or the council. Each policy's
 * results carry the rules and parameters fingerprints of its decisions.
 *
 * @param rulesFolder     the rules folder, or null for the packaged files
 * @param parameterFiles  the council's parameter files, as given
 * @param compareFiles    the parameter files compared with, as given
 * @param councilFiles    every council file the rule set read
 * @param rulesFrom       {@code package} or {@code council}
 * @param valuesFrom      {@code package} or {@code council}
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record RunSources(String rulesFolder, List<String> parameterFiles, List<String> compareFiles, List<String> councilFiles,
                         String rulesFrom, String valuesFrom) {

    public RunSources {
        parameterFiles = List.copyOf(parameterFiles);
        compareFiles = List.copyOf(compareFiles);
        councilFiles = List.copyOf(councilFiles);
    }

    /** The sources of a run on a rule set whose origin is {@code origin}, with the files the user named. */
    public static RunSources of(RuleSetOrigin origin, String rulesFolder, List<String> parameterFiles, List<String> compareFiles) {
        return new RunSources(rulesFolder, parameterFiles, compareFiles, origin.councilFiles(), origin.rulesFrom(), origin.valuesFrom());
    }

    /** One line for a text report. */
    public String describe() {
        return "Rules: " + (rulesFolder == null ? "packaged" : "folder " + rulesFolder) + " (rules from the " + rulesFrom
                + ", values from the " + valuesFrom + ")"
                + (parameterFiles.isEmpty() ? "" : "; parameter files " + String.join(", ", parameterFiles))
                + (compareFiles.isEmpty() ? "" : "; compared with " + String.join(", ", compareFiles));
    }
}
