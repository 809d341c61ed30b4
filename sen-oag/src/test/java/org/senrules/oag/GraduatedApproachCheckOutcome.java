package org.senrules.oag;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Test-only outcome: what the using rule set read from the shared rules' findings. */
public class GraduatedApproachCheckOutcome {
    private boolean evidenced;
    private final Set<GraduatedApproachFinding.Shortfall> shortfalls = EnumSet.noneOf(GraduatedApproachFinding.Shortfall.class);

    public boolean isEvidenced() {
        return evidenced;
    }

    public void setEvidenced(boolean evidenced) {
        this.evidenced = evidenced;
    }

    public List<GraduatedApproachFinding.Shortfall> getShortfalls() {
        return new ArrayList<>(shortfalls);
    }

    public void addShortfall(GraduatedApproachFinding.Shortfall shortfall) {
        shortfalls.add(shortfall);
    }
}
