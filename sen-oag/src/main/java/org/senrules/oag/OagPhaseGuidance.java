package org.senrules.oag;

import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Phase;

/**
 * The version of the guidance for one phase (early years, school age, post-16), as the catalogue
 * describes it.
 *
 * @param phase  the phase
 * @param title  the council's name for that version of the guidance
 * @param status where that version stands, in the council's words (such as "drafted, launched June 2025")
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record OagPhaseGuidance(Phase phase, String title, String status) {
}
