package org.senrules.oag;

import java.time.LocalDate;
import java.util.Objects;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Phase;

/**
 * The version of the guidance for one phase (early years, school age, post-16), as the catalogue
 * describes it. An item counts as ordinarily available in a phase only while that phase's
 * guidance exists: from {@link #from()} on. Immutable, compared by value; the catalogue reader
 * makes these from the council's catalogue file.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class OagPhaseGuidance {
    private final Phase phase;
    private final String title;
    private final String status;
    private final LocalDate from;
    private final boolean draft;

    OagPhaseGuidance(Phase phase, String title, String status, LocalDate from, boolean draft) {
        this.phase = phase;
        this.title = title;
        this.status = status;
        this.from = from;
        this.draft = draft;
    }

    /** The phase. */
    public Phase phase() {
        return phase;
    }

    /** The council's name for that version of the guidance. */
    public String title() {
        return title;
    }

    /** Where that version stands, in the council's words (such as "drafted, launched June 2025"). */
    public String status() {
        return status;
    }

    /**
     * The first day that version of the guidance exists; {@code null} when the catalogue gives no
     * date, and it counts as existing throughout.
     */
    public LocalDate from() {
        return from;
    }

    /** True while that version is a draft being tested; decisions that use it say so. */
    public boolean draft() {
        return draft;
    }

    /** True if this version of the guidance exists on {@code on}. */
    public boolean inForceOn(LocalDate on) {
        return from == null || !on.isBefore(from);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OagPhaseGuidance g && phase == g.phase && Objects.equals(title, g.title)
                && Objects.equals(status, g.status) && Objects.equals(from, g.from) && draft == g.draft;
    }

    @Override
    public int hashCode() {
        return Objects.hash(phase, title, status, from, draft);
    }

    @Override
    public String toString() {
        return "OagPhaseGuidance[phase=" + phase + ", title=" + title + ", status=" + status + ", from=" + from + ", draft="
                + draft + "]";
    }
}
