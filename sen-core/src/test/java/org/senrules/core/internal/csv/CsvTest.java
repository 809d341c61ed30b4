package org.senrules.core.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void rowsAreNumberedAsASpreadsheetShowsThem_aQuotedLineBreakStayingInItsRow() {
        List<Csv.Row> rows = Csv.rows("\uFEFFa,\"b\r\nc\",\"d\"\"e\"\r\n\nf,,\"\"\ng", false);
        assertEquals(List.of(new Csv.Row(1, List.of("a", "b\r\nc", "d\"e")), new Csv.Row(2, List.of("")),
                new Csv.Row(3, List.of("f", "", "")), new Csv.Row(4, List.of("g"))), rows);
        assertEquals(List.of(), Csv.rows("", false));
        assertEquals(List.of(new Csv.Row(1, List.of("a", ""))), Csv.rows("a,\n", false), "a final line ending starts no row");
    }

    @Test
    void eachFault_isNamedWithItsRowAndCell() {
        assertFault(Csv.Fault.QUOTE_INSIDE_CELL, 2, 1, "h\nx,a\"b\n", false);
        assertFault(Csv.Fault.QUOTE_INSIDE_CELL, 1, 0, " \"a\"", false);
        assertFault(Csv.Fault.TEXT_AFTER_QUOTE, 2, 2, "h\n\"a\nb\",c,\"d\"e\n", false);
        assertFault(Csv.Fault.TEXT_AFTER_QUOTE, 1, 0, "\"d\" ", true);
        assertFault(Csv.Fault.QUOTE_NOT_CLOSED, 2, 1, "h\nx,\"open\nstill open\n", true);
    }

    @Test
    void aQuoteInsideAnUnquotedCell_isText_whenTheCallerTakesItSo() {
        assertEquals(List.of("O\"Brien", "5'2\""), Csv.rows("O\"Brien,5'2\"", true).get(0).cells());
    }

    @Test
    void aLineReadsBackAsItsCells_quotedOnlyWhereItMustBe() {
        StringBuilder out = new StringBuilder();
        List<String> cells = List.of("plain", "a,b", "say \"hi\"", "two\nlines", " padded", "");
        Csv.line(out, cells);
        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",\n", out.toString());
        assertEquals(cells, Csv.rows(out.toString(), false).get(0).cells());
    }

    private static void assertFault(Csv.Fault fault, int row, int cell, String text, boolean quoteInsideCell) {
        Csv.Malformed e = assertThrows(Csv.Malformed.class, () -> Csv.rows(text, quoteInsideCell));
        assertEquals(List.of(fault, row, cell), List.of(e.fault(), e.row(), e.cell()));
    }
}
