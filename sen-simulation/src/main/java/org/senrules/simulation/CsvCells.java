package org.senrules.simulation;

import org.senrules.core.ApiStatus;

/**
 * One CSV cell as the simulator writes it, safe to open in a spreadsheet. A cell whose text
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read
 * by Excel, LibreOffice or Google Sheets as a formula (a case id like {@code =HYPERLINK(...)} or
 * {@code @SUM(...)} typed into a case-management system would run when a finance officer opens
 * {@code changes.csv}), so such a cell is written with a leading apostrophe, which spreadsheets
 * show as text and do not display. Numbers the program writes itself (a negative amount such as
 * {@code -11.17}) are left as numbers. Cells holding a comma, a quote or a line break are quoted
 * as RFC 4180 says.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class CsvCells {
    private CsvCells() {
    }

    /** The cell for {@code value}: neutralised if it could be a formula, quoted if it needs it. */
    public static String cell(Object value) {
        String s = String.valueOf(value);
        if (!(value instanceof Number) && !(value instanceof org.senrules.core.domain.Money) && formulaLeading(s)) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** True if a spreadsheet would treat text starting this way as a formula. */
    public static boolean formulaLeading(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                // full-width forms that some spreadsheets also take for = + - @
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    }

    /** One CSV line of cells. */
    public static String line(Object... values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(values[i]));
        }
        return sb.toString();
    }
}
