package org.senrules.oag;

import org.senrules.core.ApiStatus;
import org.senrules.core.spi.CaseFields;

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
public record ProvisionLine(String description, int supportUnits, String oagItem) {
    // how the engine reads and checks a line of a case, as the build declares the fields of a record it generates
    private static final CaseFields<ProvisionLine> FIELDS = CaseFields.<ProvisionLine, Object[]>declare(ProvisionLine.class,
                    () -> new Object[3], a -> new ProvisionLine((String) a[0], (Integer) a[1], (String) a[2]))
            .field("description", String.class, ProvisionLine::description, (a, v) -> a[0] = v).maxLength(500)
            .describe("Description", "what the provision is, in the plan's words; at most 500 characters")
            .field("supportUnits", int.class, ProvisionLine::supportUnits, (a, v) -> a[1] = v)
            .describe("Support Units", "the Support Units the line is costed at; never negative")
            .field("oagItem", String.class, ProvisionLine::oagItem, (a, v) -> a[2] = v).optional()
            .describe("OAG item", "the id of the OAG item the line corresponds to, or none")
            .done();

    /**
     * The fields of a provision line as the engine reads and checks them.
     *
     * @since 1.2
     */
    public static CaseFields<ProvisionLine> fields() {
        return FIELDS;
    }

    @Override
    public String toString() {
        return "ProvisionLine[supportUnits=" + supportUnits + ", oagItem=" + oagItem + "]";
    }
}
