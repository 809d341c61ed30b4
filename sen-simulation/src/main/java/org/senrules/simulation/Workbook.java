package org.senrules.simulation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.senrules.core.domain.Money;

/**
 * The simulator's workbook, written with Apache POI: a sheet per table, the header row in words
 * with units ("Total top-up (£)") and frozen with the first column, every number a number (money
 * shown with two decimals and a thousands separator, counts whole), yes/no as booleans, text as
 * text (never a formula, so a case id cannot run in a spreadsheet), each column as wide as its
 * longest entry (counted in characters, so the width does not depend on the fonts of the machine
 * that writes it), and native charts drawn from the sheets' own cells. The same tables give the
 * same bytes: the document's dates are the cohort's date and every part of the file has one fixed
 * time.
 */
final class Workbook {
    /** A column: its key (the CSV's header and the JSON's name) and its header in words with the unit. */
    record Column(String key, String words) {
    }

    /** A sheet of one table. */
    record Table(String sheet, List<Column> columns, List<List<Object>> rows) {
        Table {
            if (sheet.length() > 31 || sheet.chars().anyMatch(c -> "[]:*?/\\".indexOf(c) >= 0)) {
                throw new IllegalArgumentException("not a sheet name: " + sheet);
            }
        }
    }

    /**
     * A native chart of a sheet: categories from one column, one series per value column, placed
     * below the table.
     */
    record Chart(String sheet, String title, boolean bars, String axisTitle, int categoryColumn, List<Integer> valueColumns) {
    }

    private static final int MAX_WIDTH = 60;
    private static final long FIXED_TIME = java.time.LocalDateTime.of(2000, 1, 1, 0, 0).toInstant(ZoneOffset.UTC).toEpochMilli();

    private Workbook() {
    }

    /**
     * The workbook's bytes: the "Read me" sheet (item and value), the tables in order, then the charts.
     *
     * @param created the date the document says it was made (the cohort's date)
     */
    static byte[] write(List<List<Object>> readMe, List<Table> tables, List<Chart> charts, LocalDate created) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Date day = Date.from(created.atStartOfDay().toInstant(ZoneOffset.UTC));
            book.getProperties().getCoreProperties().setCreated(Optional.of(day));
            book.getProperties().getCoreProperties().setModified(Optional.of(day));
            book.getProperties().getCoreProperties().setCreator("senrules");
            Styles styles = new Styles(book);
            sheet(book, styles, new Table("Read me", List.of(new Column("item", "Item"), new Column("value", "What it is")), readMe),
                    true);
            for (Table t : tables) {
                sheet(book, styles, t, false);
            }
            for (Chart c : charts) {
                chart(book, c);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return fixedTimes(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell styles, made once per workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle money;
        final CellStyle count;
        final CellStyle decimal;
        final CellStyle wrap;

        Styles(XSSFWorkbook book) {
            XSSFFont bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00;\\-#,##0.00"));
            count = book.createCellStyle();
            count.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("0.00##"));
            wrap = book.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }

    private static void sheet(XSSFWorkbook book, Styles styles, Table t, boolean readMe) {
        XSSFSheet sheet = book.createSheet(t.sheet());
        int[] widths = new int[t.columns().size()];
        XSSFRow head = sheet.createRow(0);
        for (int c = 0; c < t.columns().size(); c++) {
            XSSFCell cell = head.createCell(c);
            cell.setCellValue(t.columns().get(c).words());
            cell.setCellStyle(styles.header);
            // a header wraps at about 24 characters, so a long one does not widen its column alone
            widths[c] = Math.min(24, t.columns().get(c).words().length());
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XSSFRow row = sheet.createRow(r + 1);
            List<Object> values = t.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null || "".equals(v)) {
                    continue;
                }
                XSSFCell cell = row.createCell(c);
                String shown;
                if (v instanceof Money m) {
                    cell.setCellValue(m.toPounds().doubleValue());
                    cell.setCellStyle(styles.money);
                    shown = String.format("%,.2f", m.toPounds());
                } else if (v instanceof Integer || v instanceof Long) {
                    cell.setCellValue(((Number) v).doubleValue());
                    cell.setCellStyle(styles.count);
                    shown = String.format("%,d", ((Number) v).longValue());
                } else if (v instanceof BigDecimal d) {
                    cell.setCellValue(d.doubleValue());
                    cell.setCellStyle(styles.decimal);
                    shown = d.toPlainString();
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                    shown = b ? "TRUE" : "FALSE";
                } else {
                    shown = String.valueOf(v);
                    cell.setCellValue(shown);
                    if (readMe) {
                        cell.setCellStyle(styles.wrap);
                    }
                }
                widths[c] = Math.max(widths[c], shown.length());
            }
        }
        for (int c = 0; c < widths.length; c++) {
            int chars = readMe && c == 1 ? 100 : Math.min(MAX_WIDTH, Math.max(8, widths[c] + 2));
            sheet.setColumnWidth(c, chars * 256);
        }
        if (!readMe) {
            sheet.createFreezePane(1, 1);
            if (!t.rows().isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, t.rows().size(), 0, t.columns().size() - 1));
            }
        } else {
            sheet.createFreezePane(0, 1);
        }
    }

    private static void chart(XSSFWorkbook book, Chart c) {
        XSSFSheet sheet = book.getSheet(c.sheet());
        int rows = sheet.getLastRowNum();
        if (rows < 1) {
            return;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int top = rows + 2;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, Math.max(8, c.valueColumns().size() + 6), top + 20);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(c.title());
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(c.bars() ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(c.bars() ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        values.setTitle(c.axisTitle());
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, rows, c.categoryColumn(), c.categoryColumn()));
        XDDFChartData data = chart.createData(c.bars() ? ChartTypes.BAR : ChartTypes.LINE, categories, values);
        for (int col : c.valueColumns()) {
            XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, rows, col, col));
            XDDFChartData.Series s = data.addSeries(names, numbers);
            s.setTitle(sheet.getRow(0).getCell(col).getStringCellValue(), new org.apache.poi.ss.util.CellReference(c.sheet(), 0, col,
                    true, true));
            if (s instanceof XDDFLineChartData.Series line) {
                line.setMarkerStyle(MarkerStyle.values()[1 + (c.valueColumns().indexOf(col) % (MarkerStyle.values().length - 1))]);
                line.setSmooth(false);
            }
        }
        if (data instanceof XDDFBarChartData bar) {
            bar.setBarDirection(BarDirection.BAR);
            bar.setVaryColors(false);
        }
        chart.plot(data);
        if (c.valueColumns().size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        }
    }

    /** The zip rewritten entry by entry, in the same order, with one fixed time, so that the same tables give the same bytes. */
    private static byte[] fixedTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(FIXED_TIME);
                z.putNextEntry(copy);
                z.write(in.readAllBytes());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
