package org.senrules.oag;

import org.senrules.core.ApiStatus;


/**
 * One of the ten principles of good inclusive practice in Section One of the guidance. The
 * bulletins name two of them; the council is revising the rest, so a slot may be awaiting its text.
 *
 * @param number  1 to 10
 * @param title   the principle's name, or {@code null} while it awaits the council's text
 * @param status  whether the council's text is in the catalogue
 * @param summary a short summary, or {@code null}
 * @param source  where the catalogue's text comes from, or {@code null}
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record OagPrinciple(int number, String title, Status status, String summary, String source) {

    /** Whether a principle's slot is filled in. */
    public enum Status {
        /** The council has published the principle; its title is known. */
        PUBLISHED,
        /** The slot exists, but the council's text has not been added to the catalogue yet. */
        AWAITING_COUNCIL_TEXT
    }
}
