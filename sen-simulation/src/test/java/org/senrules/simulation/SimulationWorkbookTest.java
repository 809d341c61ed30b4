package org.senrules.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;

/**
 * {@code simulation.xlsx}, read back with Apache POI (the library that writes it): every table
 * sheet holds its CSV file's rows cell for cell (money and counts as numbers, yes/no as booleans,
 * text as text), headers in words with units, frozen, columns fitted to their contents, a sheet of
 * the years and the sensitivity runs, native charts of the options compared and the reserve by
 * year, and the same bytes every time.
 */
class SimulationWorkbookTest {
    private static final SenRules ENGINE = TrajectoryTest.engine("rates.parameters.json");

    private static Simulation.Result result() {
        List<Request> cohort = cohort();
        return Simulation.of(ENGINE, cohort).policies(List.of("dbv-option-4", "dbv-option-6/dbv-option-4")).run();
    }

    private static List<Request> cohort() {
        return ENGINE.json().read("""
                { "ruleSet": "sspp-top-up", "asOf": "2026-01-15", "cases": [
                  { "caseId": "=HYPERLINK(\\"x\\")", "planStatus": "SEN_SUPPORT", "setting": "MAINSTREAM_SCHOOL", "primaryNeed": "ASD",
                    "parentalConsent": true, "graduatedApproachCycles": 3, "coCreatedWithSupportServices": true,
                    "outsideAgencySupport": true, "discussedAtMapMeeting": true, "requestedSupportUnits": 6,
                    "renewal": false, "cohorts": [], "locality": "North" } ] }
                """);
    }

    private static Trajectory.Result years() {
        HighNeedsBlock hnb = HighNeedsBlock.fromFigures(ENGINE, LocalDate.of(2025, 11, 30), Money.parse("100000.00"),
                Money.parse("10000.00"), Money.parse("104000.00"));
        return Trajectory.of(ENGINE, cohort()).years(FinancialYear.parse("2025-26"), FinancialYear.parse("2027-28"))
                .policies(List.of("dbv-option-4")).assumptions(TrajectoryTest.still()).highNeedsBlock(hnb).run();
    }

    /** A cell as the CSV writes it: money with two decimals, counts whole, booleans true/false, text as it is. */
    private static String csvText(Cell c, String format) {
        if (c == null) {
            return "";
        }
        return switch (c.getCellType()) {
            case NUMERIC -> format.startsWith("#,##0.00") ? BigDecimal.valueOf(c.getNumericCellValue()).setScale(2).toPlainString()
                    : format.equals("0.00##") ? BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString()
                    : String.valueOf((long) c.getNumericCellValue());
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
            case STRING -> c.getStringCellValue();
            default -> throw new AssertionError("a cell of type " + c.getCellType() + " at " + c.getAddress());
        };
    }

    /** Checks a sheet holds the CSV's rows, each cell typed, and its header the words of the CSV's columns. */
    private static void sameAsCsv(XSSFSheet sheet, String csv, int columns) {
        List<List<String>> expected = new ArrayList<>();
        CohortCsv.parse(csv, new ArrayList<>()).forEach(expected::add);
        assertEquals(expected.size(), sheet.getLastRowNum() + 1, sheet.getSheetName() + ": a row per CSV line");
        Row head = sheet.getRow(0);
        for (int c = 0; c < columns; c++) {
            assertEquals(CellType.STRING, head.getCell(c).getCellType());
            String words = head.getCell(c).getStringCellValue();
            assertFalse(words.equals(expected.get(0).get(c)) && words.matches("[a-z]+[A-Z].*"),
                    () -> sheet.getSheetName() + ": a header in words, not the key " + words);
            assertTrue(Character.isUpperCase(words.charAt(0)), words);
        }
        for (int r = 1; r < expected.size(); r++) {
            Row row = sheet.getRow(r);
            for (int c = 0; c < columns; c++) {
                String want = expected.get(r).get(c);
                Cell cell = row.getCell(c);
                String format = cell == null ? "" : cell.getCellStyle().getDataFormatString();
                String got = csvText(cell, format);
                if (cell != null && cell.getCellType() == CellType.STRING && want.startsWith("'")) {
                    want = want.substring(1); // the CSV neutralises formula-leading text; the sheet holds it as text
                }
                int rr = r;
                int cc = c;
                String w = want;
                assertEquals(want, got, () -> sheet.getSheetName() + " row " + (rr + 1) + " column " + (cc + 1) + ": " + w);
                if (want.equals("true") || want.equals("false")) {
                    assertEquals(CellType.BOOLEAN, cell.getCellType(), "yes/no are booleans");
                } else if (!want.isEmpty() && want.matches("-?\\d+(\\.\\d+)?") && !expected.get(0).get(c).equals("group")) {
                    // (a group is a label, such as band "6", and stays text)
                    assertEquals(CellType.NUMERIC, cell.getCellType(), () -> "a number: " + w);
                }
            }
        }
        PaneInformation pane = sheet.getPaneInformation();
        assertNotNull(pane, sheet.getSheetName() + ": frozen");
        assertEquals(1, pane.getHorizontalSplitPosition(), "the header row frozen");
    }

    @Test
    void everyTableSheet_holdsItsCsvCellForCell_typed_withHeadersInWords_andTheChartsExist() throws IOException {
        Simulation.Result r = result();
        Trajectory.Result t = years();
        Sensitivity.Result s = Trajectory.of(ENGINE, cohort()).years(FinancialYear.parse("2025-26"), FinancialYear.parse("2027-28"))
                .policies(List.of("dbv-option-4")).assumptions(TrajectoryTest.still())
                .highNeedsBlock(HighNeedsBlock.fromFigures(ENGINE, LocalDate.of(2025, 11, 30), Money.parse("100000.00"),
                        Money.parse("10000.00"), Money.parse("104000.00")))
                .sensitivity(List.of(new Sensitivity.Move(Assumption.LEAVERS, BigDecimal.ONE)));
        byte[] bytes = SimulationFiles.xlsx(r, t, s);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("Read me", "Summary", "Option by option", "Areas of need", "Localities", "Winners and losers",
                    "Unfunded requests", "Year by year", "Reconciliation", "Reserve by year", "Sensitivity"), names);
            for (SimulationFiles.Table table : SimulationFiles.tables(r)) {
                String csv = SimulationFiles.csv(r, table);
                sameAsCsv(book.getSheet(table.sheetName()), csv, csv.substring(0, csv.indexOf('\n')).split(",").length);
            }
            sameAsCsv(book.getSheet("Year by year"), TrajectoryFiles.csv(t), TrajectoryFiles.HEADER.split(",").length);
            sameAsCsv(book.getSheet("Reconciliation"), Reconciliation.csv(Reconciliation.of(r, t)), Reconciliation.HEADER.split(",").length);
            sameAsCsv(book.getSheet("Sensitivity"), TrajectoryFiles.sensitivityCsv(s), TrajectoryFiles.SENSITIVITY_HEADER.split(",").length);

            XSSFSheet summary = book.getSheet("Summary");
            assertEquals("Total top-up (£)", summary.getRow(0).getCell(6).getStringCellValue());
            assertEquals(6000.0, summary.getRow(1).getCell(6).getNumericCellValue(), "current: 6 units at £1,000, exact");
            assertEquals("#,##0.00;\\-#,##0.00", summary.getRow(1).getCell(6).getCellStyle().getDataFormatString(), "money, two decimals");
            Set<Integer> widths = new HashSet<>();
            for (int c = 0; c < 10; c++) {
                widths.add(summary.getColumnWidth(c));
            }
            assertTrue(widths.size() > 3, "widths fitted to each column, not one width: " + widths);

            List<XSSFChart> compared = summary.getDrawingPatriarch().getCharts();
            assertEquals(1, compared.size(), "the options compared");
            assertEquals("Total top-up by policy, a full year (£)", compared.get(0).getTitleText().getString());
            assertEquals(3, compared.get(0).getChartSeries().get(0).getSeries(0).getValuesData().getPointCount(), "one bar per policy");
            XSSFSheet reserve = book.getSheet("Reserve by year");
            List<XSSFChart> byYear = reserve.getDrawingPatriarch().getCharts();
            assertEquals(1, byYear.size(), "the reserve by year");
            assertEquals(2, byYear.get(0).getChartSeries().get(0).getSeriesCount(), "a line per policy");
            assertEquals(List.of("Financial year", "current (£)", "dbv-option-4 (£)"), List.of(reserve.getRow(0).getCell(0).getStringCellValue(),
                    reserve.getRow(0).getCell(1).getStringCellValue(), reserve.getRow(0).getCell(2).getStringCellValue()));
            assertEquals(t.current().years().get(2).block().reserve().toPounds().doubleValue(), reserve.getRow(3).getCell(1).getNumericCellValue());
            assertTrue(book.getSheet("Read me").getRow(0).getCell(0).getStringCellValue().equals("Item"));
        }
    }

    @Test
    void theSufficiencyAndForecastSheets_holdTheirCsvCellForCell_andTheReadMeNamesTheScenarioAndItsSources() throws Exception {
        Simulation.Result r = Simulation.of(ENGINE, SufficiencyTest.cohort()).policies(List.of("ws2-option-3"))
                .highNeedsBlock(HighNeedsBlockStatementTest.forecast()).run();
        Trajectory.Result t = SufficiencyTest.runner(SufficiencyTest.places()).highNeedsBlock(HighNeedsBlockStatementTest.forecast())
                .scenario(Scenario.bundled("national-reform-2026")).run();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(SimulationFiles.xlsx(r, t, null)))) {
            sameAsCsv(book.getSheet("Place sufficiency"), TrajectoryFiles.sufficiencyCsv(t), TrajectoryFiles.SUFFICIENCY_HEADER.split(",").length);
            sameAsCsv(book.getSheet("Places"), TrajectoryFiles.placesCsv(t), TrajectoryFiles.PLACES_HEADER.split(",").length);
            sameAsCsv(book.getSheet("High Needs Block"), SimulationFiles.statementCsv(r.hnbStatement()),
                    SimulationFiles.STATEMENT_HEADER.split(",").length);
            sameAsCsv(book.getSheet("Year by year"), TrajectoryFiles.csv(t), TrajectoryFiles.HEADER.split(",").length);
            List<String> readMe = new ArrayList<>();
            book.getSheet("Read me").forEach(row -> readMe.add(row.getCell(0).getStringCellValue() + ": " + row.getCell(1).toString()));
            assertTrue(readMe.stream().anyMatch(l -> l.startsWith("Scenario: national-reform-2026")), readMe::toString);
            assertTrue(readMe.stream().anyMatch(l -> l.startsWith("Scenario, stabilityGrant: ") && l.contains("Explanatory note on the "
                    + "government's approach to Dedicated Schools Grant deficits")), readMe::toString);
            assertTrue(readMe.stream().anyMatch(l -> l.startsWith("Places: Test places")), readMe::toString);
        }
    }

    @Test
    void theCaseIdThatLooksLikeAFormula_isText_neverAFormula() throws IOException {
        Simulation.Result r = Simulation.of(ENGINE, cohort()).policies(List.of("dbv-option-6/dbv-option-4")).run();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(SimulationFiles.xlsx(r)))) {
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(c -> assertTrue(c.getCellType() != CellType.FORMULA, c.getAddress()::toString))));
        }
    }

    @Test
    void theSameResult_givesTheSameBytes() {
        assertArrayEquals(SimulationFiles.xlsx(result(), years(), null), SimulationFiles.xlsx(result(), years(), null));
    }
}
