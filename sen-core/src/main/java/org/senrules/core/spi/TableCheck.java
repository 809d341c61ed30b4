package org.senrules.core.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Money;

/**
 * A check on a banding-style table held in parameters: gaps (a combination with no entry),
 * overlaps (more entries than combinations) and non-monotone values (a higher level paid less).
 * The engine runs every check of a rule set for every policy on every date a value changes,
 * and refuses to start on an error, naming the file and line of the entry at fault; {@code
 * ./sen validate} reports the same. Declare checks with {@link RuleSetDefinition.Builder#check}.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public interface TableCheck {

    /** One line saying what is checked, for reports. */
    String description();

    /** Checks the values in force on one date under one policy. */
    void check(Values values, Report report);

    /** The typed parameter values in force: Money, Integer, Map and List as the parameter types say. */
    interface Values {
        Object get(String parameter);
    }

    /** Where a check reports; the engine adds the file, line, date and policy. */
    interface Report {
        void error(String parameter, String message);
    }

    /** Every key in {@code required} is present in a by-key table: no gaps, no unexpected keys. */
    static TableCheck keys(String parameter, Collection<String> required) {
        List<String> keys = List.copyOf(required);
        return ofTable(parameter + " has exactly the keys " + keys, parameter, (table, report) -> {
            for (String k : keys) {
                if (!table.containsKey(k)) {
                    report.error(parameter, "gap: no entry for " + k);
                }
            }
            for (Object k : table.keySet()) {
                if (!keys.contains(k.toString())) {
                    report.error(parameter, "unexpected entry " + k + "; the keys are " + keys);
                }
            }
        });
    }

    /** Every row of a key → list table has exactly {@code length} entries (one per level). */
    static TableCheck rowLength(String parameter, int length) {
        return ofTable(parameter + " has " + length + " entries per row", parameter, (table, report) -> {
            for (Map.Entry<?, ?> row : table.entrySet()) {
                int n = ((List<?>) row.getValue()).size();
                if (n < length) {
                    report.error(parameter, "gap: row " + row.getKey() + " has " + n + " entries, levels " + (n + 1) + " to " + length
                            + " have none");
                } else if (n > length) {
                    report.error(parameter, "overlap: row " + row.getKey() + " has " + n + " entries for " + length + " levels");
                }
            }
        });
    }

    /** Along each row of a key → list table, a higher level never gets a lower value. */
    static TableCheck nonDecreasingRows(String parameter) {
        return ofTable("a higher level never gets a lower " + parameter, parameter, (table, report) -> {
            for (Map.Entry<?, ?> row : table.entrySet()) {
                List<?> items = (List<?>) row.getValue();
                for (int i = 1; i < items.size(); i++) {
                    if (((Integer) items.get(i)) < (Integer) items.get(i - 1)) {
                        report.error(parameter, "not monotone: row " + row.getKey() + " gives " + items.get(i) + " at level " + (i + 1)
                                + ", below " + items.get(i - 1) + " at level " + i);
                    }
                }
            }
        });
    }

    /** In a numeric key → money table, a higher key never has less money (band 4 is not paid less than band 3). */
    static TableCheck nonDecreasingByNumericKey(String parameter) {
        return ofTable("a higher " + parameter + " key is never paid less", parameter, (table, report) -> {
            TreeSet<Integer> keys = new TreeSet<>();
            for (Object k : table.keySet()) {
                try {
                    keys.add(Integer.parseInt(k.toString()));
                } catch (NumberFormatException e) {
                    report.error(parameter, "key " + k + " is not a number");
                }
            }
            Money previous = null;
            Integer previousKey = null;
            for (Integer k : keys) {
                Money m = (Money) table.get(k.toString());
                if (previous != null && m.compareTo(previous) < 0) {
                    report.error(parameter, "not monotone: " + k + " is paid " + m + ", less than " + previousKey + " at " + previous);
                }
                previous = m;
                previousKey = k;
            }
        });
    }

    /** Every value in the rows of {@code table} is a key of {@code lookup}: no band without a value. */
    static TableCheck rowsCoveredBy(String table, String lookup) {
        return rowsCoveredBy(table, lookup, List.of());
    }

    /**
     * Every value in the rows of {@code table}, other than those in {@code exempt}, is a key of
     * {@code lookup}: for a band whose value a rule fixes (Band 1 has no top-up).
     */
    static TableCheck rowsCoveredBy(String table, String lookup, Collection<String> exempt) {
        List<String> skip = List.copyOf(exempt);
        return of("every entry of " + table + " has a value in " + lookup, (values, report) -> {
            Map<?, ?> rows = (Map<?, ?>) values.get(table);
            Map<?, ?> look = (Map<?, ?>) values.get(lookup);
            if (rows == null || look == null) {
                return;
            }
            for (Map.Entry<?, ?> row : rows.entrySet()) {
                for (Object item : (List<?>) row.getValue()) {
                    if (!look.containsKey(item.toString()) && !skip.contains(item.toString())) {
                        report.error(lookup, "gap: " + table + " row " + row.getKey() + " uses " + item + ", which has no entry");
                    }
                }
            }
        });
    }

    /** Along each row of {@code table}, the money looked up in {@code lookup} never falls as the level rises. */
    static TableCheck nonDecreasingMoneyAlongRows(String table, String lookup) {
        return of("a higher level is never paid less (" + table + " through " + lookup + ")", (values, report) -> {
            Map<?, ?> rows = (Map<?, ?>) values.get(table);
            Map<?, ?> look = (Map<?, ?>) values.get(lookup);
            if (rows == null || look == null) {
                return;
            }
            for (Map.Entry<?, ?> row : rows.entrySet()) {
                List<?> items = (List<?>) row.getValue();
                List<Money> paid = new ArrayList<>();
                for (Object item : items) {
                    paid.add((Money) look.get(item.toString()));
                }
                for (int i = 1; i < paid.size(); i++) {
                    if (paid.get(i) != null && paid.get(i - 1) != null && paid.get(i).compareTo(paid.get(i - 1)) < 0) {
                        report.error(table, "not monotone: row " + row.getKey() + " pays " + paid.get(i) + " at level " + (i + 1)
                                + ", less than " + paid.get(i - 1) + " at level " + i);
                    }
                }
            }
        });
    }

    /**
     * Every key of a by-key table is one of {@code allowed}; keys may be left out (a census need
     * with no classification, say), but never misspelt.
     *
     * @since 1
     */
    static TableCheck keysWithin(String parameter, Collection<String> allowed) {
        List<String> keys = List.copyOf(allowed);
        return ofTable("every key of " + parameter + " is one of " + keys, parameter, (table, report) -> {
            for (Object k : table.keySet()) {
                if (!keys.contains(k.toString())) {
                    report.error(parameter, "unexpected entry " + k + "; the keys may be " + keys);
                }
            }
        });
    }

    /**
     * Every value of a key → text table is one of {@code allowed} (a classification A-E, say).
     *
     * @since 1
     */
    static TableCheck valuesWithin(String parameter, Collection<String> allowed) {
        List<String> permitted = List.copyOf(allowed);
        return ofTable("every value of " + parameter + " is one of " + permitted, parameter, (table, report) -> {
            for (Map.Entry<?, ?> e : table.entrySet()) {
                if (!permitted.contains(String.valueOf(e.getValue()))) {
                    report.error(parameter, "entry " + e.getKey() + " is " + e.getValue() + ", which is not one of " + permitted);
                }
            }
        });
    }

    /**
     * Every number in the rows of a key → list table is at least {@code least} (no band 0).
     *
     * @since 1
     */
    static TableCheck rowValuesAtLeast(String parameter, int least) {
        return ofTable("every entry of " + parameter + " is at least " + least, parameter, (table, report) -> {
            for (Map.Entry<?, ?> row : table.entrySet()) {
                List<?> items = (List<?>) row.getValue();
                for (int i = 0; i < items.size(); i++) {
                    if ((Integer) items.get(i) < least) {
                        report.error(parameter, "row " + row.getKey() + " gives " + items.get(i) + " at level " + (i + 1) + "; the least allowed is " + least);
                    }
                }
            }
        });
    }

    /** A check of one table, skipped while the table has no value. */
    private static TableCheck ofTable(String description, String parameter, java.util.function.BiConsumer<Map<?, ?>, Report> body) {
        return of(description, (values, report) -> {
            Map<?, ?> table = (Map<?, ?>) values.get(parameter);
            if (table != null) {
                body.accept(table, report);
            }
        });
    }

    /** A check from a description and a body. */
    static TableCheck of(String description, java.util.function.BiConsumer<Values, Report> body) {
        Objects.requireNonNull(description);
        Objects.requireNonNull(body);
        return new TableCheck() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void check(Values values, Report report) {
                body.accept(values, report);
            }
        };
    }
}
