package org.senrules.oag;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.senrules.core.spi.Outcome;
import org.senrules.core.spi.OutcomeFields;

/** Test-only outcome: what the using rule set read from the shared rules' findings. */
public class GraduatedApproachCheckOutcome extends Outcome {
    private static final OutcomeFields<GraduatedApproachCheckOutcome> FIELDS = OutcomeFields.of(GraduatedApproachCheckOutcome.class)
            .field("evidenced", GraduatedApproachCheckOutcome::isEvidenced)
            .field("shortfalls", GraduatedApproachCheckOutcome::getShortfalls);

    private boolean evidenced;
    private final Set<GraduatedApproachFinding.Shortfall> shortfalls = EnumSet.noneOf(GraduatedApproachFinding.Shortfall.class);

    public boolean isEvidenced() {
        return evidenced;
    }

    public void setEvidenced(boolean evidenced) {
        changing();
        this.evidenced = evidenced;
    }

    public List<GraduatedApproachFinding.Shortfall> getShortfalls() {
        return new ArrayList<>(shortfalls);
    }

    public void addShortfall(GraduatedApproachFinding.Shortfall shortfall) {
        changing();
        shortfalls.add(shortfall);
    }

    /** The fields of the decision JSON, in order. */
    static OutcomeFields<GraduatedApproachCheckOutcome> fields() {
        return FIELDS;
    }
}
