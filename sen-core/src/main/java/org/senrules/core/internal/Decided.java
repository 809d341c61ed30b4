package org.senrules.core.internal;

import java.time.LocalDate;
import java.util.List;
import org.senrules.core.ParameterUse;
import org.senrules.core.Reason;

/**
 * What one rule set decided, before the facade wraps it as a {@link org.senrules.core.Decision} typed
 * by the outcome the caller asked for. Not API: the decision's parts in one value, so that the
 * exported {@code Decision} needs no public constructor.
 */
public record Decided(String ruleSet, String ruleSetVersion, LocalDate asOf, String policy, String caseId,
                      Object outcome, List<Reason> reasons, List<ParameterUse> parameters,
                      boolean illustrative, List<String> warnings, String parametersFingerprint,
                      String rulesFingerprint, String rulesFrom, String valuesFrom) {
    public Decided {
        reasons = List.copyOf(reasons);
        parameters = List.copyOf(parameters);
        warnings = List.copyOf(warnings);
    }
}
