package org.senrules.examples.cli;

import java.util.List;

/**
 * What a simulation was run with, for its report, CSV and JSON: the rules folder, the parameter
 * files, and whether rules and values came from the package or the council. Each policy's
 * results carry the rules and parameters fingerprints of its decisions.
 *
 * @param rulesFolder     the {@code --rules} folder, or null for the packaged files
 * @param parameterFiles  the {@code --parameters} files, as given
 * @param compareFiles    the {@code --compare-parameters} files, as given
 * @param councilFiles    every council file the rule set read
 * @param rulesFrom       {@code package} or {@code council}
 * @param valuesFrom      {@code package} or {@code council}
 */
record RunSources(String rulesFolder, List<String> parameterFiles, List<String> compareFiles, List<String> councilFiles,
                  String rulesFrom, String valuesFrom) {

    /** One line for the text report. */
    String describe() {
        return "Rules: " + (rulesFolder == null ? "packaged" : "folder " + rulesFolder) + " (rules from the " + rulesFrom
                + ", values from the " + valuesFrom + ")"
                + (parameterFiles.isEmpty() ? "" : "; parameter files " + String.join(", ", parameterFiles))
                + (compareFiles.isEmpty() ? "" : "; compared with " + String.join(", ", compareFiles));
    }
}
