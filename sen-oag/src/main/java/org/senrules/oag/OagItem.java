package org.senrules.oag;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Phase;

/**
 * One dated version of a Section Two item of the Ordinarily Available Guidance: provision that a
 * setting in the listed phases is expected to make from its own resources. An item keeps its id
 * across versions; a council revises the guidance by adding a version with a later
 * {@code from} date, as it does with parameters.
 *
 * @param id          the stable id, such as {@code "autism.visual-timetable"}; lower case, dots and hyphens
 * @param area        the Section Two area the item belongs to
 * @param from        the first day this version is in force
 * @param until       the last day this version is in force (inclusive), or {@code null} if open-ended
 * @param phases      the phases in which the item is ordinarily available; never empty
 * @param description one line saying what the provision is, from the catalogue (never from a case)
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record OagItem(String id, OagArea area, LocalDate from, LocalDate until, Set<Phase> phases, String description) {

    public OagItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(description, "description");
        phases = Set.copyOf(phases);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("an OAG item is ordinarily available in at least one phase: " + id);
        }
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("an OAG item version cannot end before it starts: " + id);
        }
    }

    /** True if this version is in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }

    /** True if this version lists {@code phase}. */
    public boolean covers(Phase phase) {
        return phases.contains(phase);
    }
}
