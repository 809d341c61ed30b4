package org.senrules.simulation;

import org.senrules.core.domain.AreaOfNeed;
import org.senrules.core.domain.Setting;

/**
 * The facts of one pupil's case that place sufficiency and tiers of support read ({@link CaseFacts}).
 * A top-level type of the package, not a member of {@code CaseFacts}: a record in an interface is
 * public, and this is no part of the exported API.
 */
record PupilFacts(Setting setting, Sufficiency.SchoolPhase phase, AreaOfNeed need, int complexityLevel) {
}
