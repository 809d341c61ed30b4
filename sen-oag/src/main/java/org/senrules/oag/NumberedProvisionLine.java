package org.senrules.oag;

import java.util.ArrayList;
import java.util.List;
import org.senrules.core.ApiStatus;

/**
 * A provision line as a rule fact: its position in the case's list (from 0, as in the JSON path
 * {@code provision[0]}), its units and its OAG item, without the free-text description.
 *
 * @param index        the line's index in the case's provision list, from 0
 * @param supportUnits the Support Units the line is costed at
 * @param oagItem      the OAG item id, or {@code null}
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record NumberedProvisionLine(int index, int supportUnits, String oagItem) {

    /** One fact per line, numbered in list order. */
    public static List<NumberedProvisionLine> of(List<ProvisionLine> lines) {
        List<NumberedProvisionLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            ProvisionLine l = lines.get(i);
            out.add(new NumberedProvisionLine(i, l.supportUnits(), l.oagItem()));
        }
        return out;
    }

    /** The line as people count it, from 1, for reasons. */
    public int number() {
        return index + 1;
    }
}
