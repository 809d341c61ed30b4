package org.senrules.oag;

import org.senrules.core.ApiStatus;


/**
 * Thrown when a lookup names an item id that the catalogue does not hold. Cases are checked
 * against the catalogue before any rule runs, so inside a decision this means a programming
 * error, not bad input.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class UnknownOagItemException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String itemId;

    public UnknownOagItemException(String itemId, String catalogueLabel) {
        super("\"" + itemId + "\" is not an item of the OAG catalogue " + catalogueLabel);
        this.itemId = itemId;
    }

    /** The id that was not found. */
    public String itemId() {
        return itemId;
    }
}
