package org.senrules.simulation;

import java.util.List;
import org.senrules.core.ApiStatus;
import org.senrules.core.RuleSetOrigin;

/**
 * What a simulation was run with, for its report, CSV and JSON: the rules folder, the parameter
 * files, and whether rules and values came from the package or the council. Each policy's
 * results carry the rules and parameters fingerprints of its decisions. Immutable, compared by
 * value; only the simulator makes one.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class RunSources {
    private final String rulesFolder;
    private final List<String> parameterFiles;
    private final List<String> compareFiles;
    private final List<String> councilFiles;
    private final String rulesFrom;
    private final String valuesFrom;

    private RunSources(String rulesFolder, List<String> parameterFiles, List<String> compareFiles, List<String> councilFiles,
                       String rulesFrom, String valuesFrom) {
        this.rulesFolder = rulesFolder;
        this.parameterFiles = List.copyOf(parameterFiles);
        this.compareFiles = List.copyOf(compareFiles);
        this.councilFiles = List.copyOf(councilFiles);
        this.rulesFrom = rulesFrom;
        this.valuesFrom = valuesFrom;
    }

    /** The rules folder, or {@code null} for the packaged files. */
    public String rulesFolder() {
        return rulesFolder;
    }

    /** The council's parameter files, as given. */
    public List<String> parameterFiles() {
        return parameterFiles;
    }

    /** The parameter files compared with, as given. */
    public List<String> compareFiles() {
        return compareFiles;
    }

    /** Every council file the rule set read. */
    public List<String> councilFiles() {
        return councilFiles;
    }

    /** {@code package} or {@code council}. */
    public String rulesFrom() {
        return rulesFrom;
    }

    /** {@code package} or {@code council}. */
    public String valuesFrom() {
        return valuesFrom;
    }

    /** The sources of a run on a rule set whose origin is {@code origin}, with the files the user named. */
    static RunSources of(RuleSetOrigin origin, String rulesFolder, List<String> parameterFiles, List<String> compareFiles) {
        return new RunSources(rulesFolder, parameterFiles, compareFiles, origin.councilFiles(), origin.rulesFrom(), origin.valuesFrom());
    }

    /** One line for a text report. */
    public String describe() {
        return "Rules: " + (rulesFolder == null ? "packaged" : "folder " + rulesFolder) + " (rules from the " + rulesFrom
                + ", values from the " + valuesFrom + ")"
                + (parameterFiles.isEmpty() ? "" : "; parameter files " + String.join(", ", parameterFiles))
                + (compareFiles.isEmpty() ? "" : "; compared with " + String.join(", ", compareFiles));
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RunSources o)) {
            return false;
        }
        return java.util.Objects.equals(rulesFolder, o.rulesFolder)
                && java.util.Objects.equals(parameterFiles, o.parameterFiles)
                && java.util.Objects.equals(compareFiles, o.compareFiles)
                && java.util.Objects.equals(councilFiles, o.councilFiles)
                && java.util.Objects.equals(rulesFrom, o.rulesFrom)
                && java.util.Objects.equals(valuesFrom, o.valuesFrom);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(rulesFolder, parameterFiles, compareFiles, councilFiles, rulesFrom, valuesFrom);
    }

    @Override
    public String toString() {
        return "RunSources[rulesFolder=" + rulesFolder
                + ", parameterFiles=" + parameterFiles
                + ", compareFiles=" + compareFiles
                + ", councilFiles=" + councilFiles
                + ", rulesFrom=" + rulesFrom
                + ", valuesFrom=" + valuesFrom + "]";
    }
}
