package org.senrules.oag;

import java.util.List;
import org.senrules.core.ApiStatus;

/**
 * A catalogue file that cannot be used. The message lists every fault found, each with the file,
 * the line and the field it concerns, so that a council can fix the file in one pass.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class OagCatalogueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> faults;

    public OagCatalogueException(String label, List<String> faults) {
        super("the OAG catalogue " + label + " has " + faults.size() + (faults.size() == 1 ? " fault" : " faults")
                + ":\n  " + String.join("\n  ", faults));
        this.faults = List.copyOf(faults);
    }

    /** Each fault as {@code "file line N: field: what is wrong"}. */
    public List<String> faults() {
        return faults;
    }
}
