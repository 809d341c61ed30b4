package org.senrules.oag;

import java.util.Objects;
import org.senrules.core.ApiStatus;

/**
 * One of the ten principles of good inclusive practice in Section One of the guidance. The
 * bulletins name two of them; the council is revising the rest, so a slot may be awaiting its
 * text. Immutable, compared by value; the catalogue reader makes these from the council's
 * catalogue file.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class OagPrinciple {
    /** Whether a principle's slot is filled in. */
    public enum Status {
        /** The council has published the principle; its title is known. */
        PUBLISHED,
        /** The slot exists, but the council's text has not been added to the catalogue yet. */
        AWAITING_COUNCIL_TEXT
    }

    private final int number;
    private final String title;
    private final Status status;
    private final String summary;
    private final String source;

    OagPrinciple(int number, String title, Status status, String summary, String source) {
        this.number = number;
        this.title = title;
        this.status = status;
        this.summary = summary;
        this.source = source;
    }

    /** 1 to 10. */
    public int number() {
        return number;
    }

    /** The principle's name, or {@code null} while it awaits the council's text. */
    public String title() {
        return title;
    }

    /** Whether the council's text is in the catalogue. */
    public Status status() {
        return status;
    }

    /** A short summary, or {@code null}. */
    public String summary() {
        return summary;
    }

    /** Where the catalogue's text comes from, or {@code null}. */
    public String source() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OagPrinciple p && number == p.number && Objects.equals(title, p.title) && status == p.status
                && Objects.equals(summary, p.summary) && Objects.equals(source, p.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, title, status, summary, source);
    }

    @Override
    public String toString() {
        return "OagPrinciple[number=" + number + ", title=" + title + ", status=" + status + ", summary=" + summary + ", source="
                + source + "]";
    }
}
