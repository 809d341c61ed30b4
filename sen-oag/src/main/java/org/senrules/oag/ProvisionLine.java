package org.senrules.oag;

import org.senrules.core.ApiStatus;
import org.senrules.core.spi.MaxLength;
import org.senrules.core.spi.OptionalField;

/**
 * One line of provision from section F of an EHCP or the provision section of an SSPP, as cases
 * of {@code oag-additionality} and {@code mainstream-top-up} carry it.
 *
 * <p>The description is free text written about a child. It is never logged, printed, copied into
 * a reason or given to the rules: {@link #toString()} leaves it out, and the rules see lines as
 * {@link NumberedProvisionLine}s, which do not carry it.
 *
 * @param description  what the provision is, in the plan's words; at most 500 characters
 * @param supportUnits the Support Units the line is costed at; never negative
 * @param oagItem      the id of the OAG item the line corresponds to, or {@code null} if none;
 *                     it must be an item of the catalogue in use
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record ProvisionLine(@MaxLength(500) String description, int supportUnits, @OptionalField String oagItem) {

    @Override
    public String toString() {
        return "ProvisionLine[supportUnits=" + supportUnits + ", oagItem=" + oagItem + "]";
    }
}
