package org.senrules.oag;

import java.time.LocalDate;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Phase;

/**
 * The version of the guidance for one phase (early years, school age, post-16), as the catalogue
 * describes it. An item counts as ordinarily available in a phase only while that phase's
 * guidance exists: from {@code from} on.
 *
 * @param phase  the phase
 * @param title  the council's name for that version of the guidance
 * @param status where that version stands, in the council's words (such as "drafted, launched June 2025")
 * @param from   the first day that version of the guidance exists; {@code null} when the catalogue gives
 *               no date, and it counts as existing throughout
 * @param draft  true while that version is a draft being tested; decisions that use it say so
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record OagPhaseGuidance(Phase phase, String title, String status, LocalDate from, boolean draft) {

    /** Guidance with no start date that is not a draft, as in catalogues written before those fields existed. */
    public OagPhaseGuidance(Phase phase, String title, String status) {
        this(phase, title, status, null, false);
    }

    /** True if this version of the guidance exists on {@code on}. */
    public boolean inForceOn(LocalDate on) {
        return from == null || !on.isBefore(from);
    }
}
