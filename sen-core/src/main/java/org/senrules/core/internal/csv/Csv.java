package org.senrules.core.internal.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 and spreadsheets write them (quoted cells, doubled quotes,
 * CRLF or LF, a leading byte-order mark skipped): the one CSV reader of senrules, for a values
 * sheet, a cohort CSV and the files the CLI and Spark read back. Each caller words a fault its own
 * way; the reader says which fault, in which row and cell.
 *
 * <p>Not Jackson's CSV reader: it numbers lines, not rows (a quoted line break would shift every
 * row after it), takes a quote inside an unquoted cell as text where a values sheet refuses it,
 * and reports a fault by character column, not by cell, so the messages the tests pin would need
 * this scan again.
 */
public final class Csv {
    private Csv() {
    }

    /** One record: its row as a spreadsheet numbers it (the first is 1; a quoted line break stays in its row) and its cells. */
    public record Row(int number, List<String> cells) {
    }

    /** What makes a text not CSV. */
    public enum Fault {
        /** A double quote after the start of a cell that does not start with one (refused only when asked). */
        QUOTE_INSIDE_CELL,
        /** Text between a quoted cell's closing quote and the next comma or line end. */
        TEXT_AFTER_QUOTE,
        /** A quoted cell still open at the end of the text. */
        QUOTE_NOT_CLOSED
    }

    /** A text that is not CSV: the fault, the row it is in (where the quote opened, for one never closed) and the cell (the first is 0). */
    public static final class Malformed extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final Fault fault;
        private final int row;
        private final int cell;

        Malformed(Fault fault, int row, int cell) {
            super(fault + " in row " + row + ", cell " + (cell + 1));
            this.fault = fault;
            this.row = row;
            this.cell = cell;
        }

        public Fault fault() {
            return fault;
        }

        public int row() {
            return row;
        }

        public int cell() {
            return cell;
        }
    }

    /**
     * The records of {@code text}; a line with nothing on it is a record of one empty cell, and a
     * final line ending starts no record.
     *
     * @param quoteInsideCell whether a double quote inside an unquoted cell is text ({@code a"b});
     *                        if not, it is {@link Fault#QUOTE_INSIDE_CELL}
     * @throws Malformed at the first fault
     */
    public static List<Row> rows(String text, boolean quoteInsideCell) {
        List<Row> out = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int n = text.length();
        for (int i = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c != '"') {
                    cell.append(c);
                } else if (i + 1 < n && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == ',' || c == '\r' || c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
                if (c != ',') {
                    out.add(new Row(out.size() + 1, List.copyOf(cells)));
                    cells.clear();
                    i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 1 : 0;
                }
            } else if (wasQuoted) {
                throw new Malformed(Fault.TEXT_AFTER_QUOTE, out.size() + 1, cells.size());
            } else if (c != '"' || quoteInsideCell && cell.length() > 0) {
                cell.append(c);
            } else if (cell.length() > 0) {
                throw new Malformed(Fault.QUOTE_INSIDE_CELL, out.size() + 1, cells.size());
            } else {
                quoted = true;
                wasQuoted = true;
            }
        }
        if (quoted) {
            throw new Malformed(Fault.QUOTE_NOT_CLOSED, out.size() + 1, cells.size());
        }
        if (cell.length() > 0 || !cells.isEmpty() || wasQuoted) {
            cells.add(cell.toString());
            out.add(new Row(out.size() + 1, List.copyOf(cells)));
        }
        return out;
    }

    /** Appends one record and a line feed, quoting a cell only where it must be (so it reads back the same, spaces around it too). */
    public static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            boolean quote = c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0
                    || !c.equals(c.strip());
            out.append(i > 0 ? "," : "").append(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
        }
        out.append('\n');
    }
}
