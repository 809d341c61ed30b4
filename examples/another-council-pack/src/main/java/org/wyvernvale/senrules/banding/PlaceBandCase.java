package org.wyvernvale.senrules.banding;

import org.senrules.core.ApiStatus;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.Range;

/**
 * A request to band a funded place under Wyvern Vale's single banding table.
 *
 * @param caseId      a pseudonymous case id, never a name
 * @param setting     where the place is
 * @param primaryNeed the census primary need
 * @param needLevel   the level of need on Wyvern Vale's descriptors, 1 (lowest) to 5
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record PlaceBandCase(String caseId, Setting setting, PrimaryNeed primaryNeed,
                            @Range(min = 1, max = 5) int needLevel) implements CaseInput {

    /** Prints the case id only: cases reach logs. */
    @Override
    public String toString() {
        return "PlaceBandCase[" + caseId + "]";
    }
}
