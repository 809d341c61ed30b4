package org.senrules.oag;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Phase;

/**
 * One dated version of a Section Two item of the Ordinarily Available Guidance: provision that a
 * setting in the listed phases is expected to make from its own resources. An item keeps its id
 * across versions; a council revises the guidance by adding a version with a later
 * {@code from} date, as it does with parameters. Immutable, compared by value; the catalogue
 * reader makes these from the council's catalogue file.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class OagItem {
    private final String id;
    private final OagArea area;
    private final LocalDate from;
    private final LocalDate until;
    private final Set<Phase> phases;
    private final String description;

    OagItem(String id, OagArea area, LocalDate from, LocalDate until, Set<Phase> phases, String description) {
        this.id = Objects.requireNonNull(id, "id");
        this.area = Objects.requireNonNull(area, "area");
        this.from = Objects.requireNonNull(from, "from");
        this.until = until;
        this.description = Objects.requireNonNull(description, "description");
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("an OAG item is ordinarily available in at least one phase: " + id);
        }
        // in the order of Phase, so that listing them reads the same every run
        this.phases = Collections.unmodifiableSet(EnumSet.copyOf(phases));
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("an OAG item version cannot end before it starts: " + id);
        }
    }

    /** The stable id, such as {@code "autism.visual-timetable"}; lower case, dots and hyphens. */
    public String id() {
        return id;
    }

    /** The Section Two area the item belongs to. */
    public OagArea area() {
        return area;
    }

    /** The first day this version is in force. */
    public LocalDate from() {
        return from;
    }

    /** The last day this version is in force (inclusive), or {@code null} if open-ended. */
    public LocalDate until() {
        return until;
    }

    /** The phases in which the item is ordinarily available, in the order of {@link Phase}; never empty. */
    public Set<Phase> phases() {
        return phases;
    }

    /** One line saying what the provision is, from the catalogue (never from a case). */
    public String description() {
        return description;
    }

    /** True if this version is in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }

    /** True if this version lists {@code phase}. */
    public boolean covers(Phase phase) {
        return phases.contains(phase);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OagItem i && id.equals(i.id) && area == i.area && from.equals(i.from) && Objects.equals(until, i.until)
                && phases.equals(i.phases) && description.equals(i.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, area, from, until, phases, description);
    }

    @Override
    public String toString() {
        return "OagItem[id=" + id + ", area=" + area + ", from=" + from + ", until=" + until + ", phases=" + phases
                + ", description=" + description + "]";
    }
}
