package org.senrules.core.domain;

import org.senrules.core.ApiStatus;

/**
 * A value with the council's words for it, such as a {@link Setting}'s {@code "mainstream
 * school"}: what a reason writes for {@code {setting|title}}. Every enum of the vocabulary, the
 * core's and the packs', says its title this way.
 *
 * @since 1.2
 */
@ApiStatus(ApiStatus.Level.STABLE)
public interface Titled {

    /** The council's words for the value, for sentences. */
    String title();
}
