package org.senrules.simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Money;

/**
 * An amount a year in force from one day (until another, or with no end), with its source and
 * whether it is illustrative: the price of an out-of-area place in a sufficiency file, a national
 * banding rate in a scenario file. Immutable, compared by value.
 *
 * @since 1.0
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class DatedAmount {
    private final LocalDate from;
    private final LocalDate until;
    private final Money amount;
    private final String source;
    private final boolean illustrative;

    DatedAmount(LocalDate from, LocalDate until, Money amount, String source, boolean illustrative) {
        this.from = Objects.requireNonNull(from, "from");
        this.until = until;
        this.amount = Objects.requireNonNull(amount, "amount");
        this.source = Objects.requireNonNull(source, "source");
        this.illustrative = illustrative;
    }

    /** The first day it is in force. */
    public LocalDate from() {
        return from;
    }

    /** The last day it is in force, or {@code null} when it has no end. */
    public LocalDate until() {
        return until;
    }

    /** The amount a year. */
    public Money amount() {
        return amount;
    }

    /** Where it comes from, or why it is assumed. */
    public String source() {
        return source;
    }

    /** Whether no source publishes it. */
    public boolean illustrative() {
        return illustrative;
    }

    /** Whether it is in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }

    /** The amount of {@code values} in force on {@code day}, or {@code null} when none is. */
    static DatedAmount on(List<DatedAmount> values, LocalDate day) {
        for (DatedAmount v : values) {
            if (v.inForceOn(day)) {
                return v;
            }
        }
        return null;
    }

    /**
     * The dated amounts of a list of {@code { "from", "until" (optional), "value", "source",
     * "illustrative" }}, in date order and not overlapping; problems are recorded in {@code f}.
     */
    static List<DatedAmount> read(JsonFile f, List<com.fasterxml.jackson.databind.JsonNode> nodes, String path) {
        List<DatedAmount> out = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            com.fasterxml.jackson.databind.JsonNode n = nodes.get(i);
            String at = path + "[" + i + "]";
            if (!n.isObject()) {
                f.problem(at, "must be an object: { \"from\", \"until\" (optional), \"value\", \"source\", \"illustrative\" }");
                continue;
            }
            f.known(n, at, java.util.Set.of("from", "until", "value", "source", "illustrative", "note"));
            LocalDate from = f.date(n, "from", at, true);
            LocalDate until = f.date(n, "until", at, false);
            Money value = f.money(n, "value", at);
            String source = f.source(n, at);
            boolean illustrative = f.flag(n, "illustrative", at);
            if (from == null || value == null || source == null) {
                continue;
            }
            if (until != null && until.isBefore(from)) {
                f.problem(at + ".until", "must not be before its from");
                continue;
            }
            if (!out.isEmpty()) {
                DatedAmount before = out.get(out.size() - 1);
                if (before.until == null || !from.isAfter(before.until)) {
                    f.problem(at + ".from", "must be after the value before it ends (give the one before an until)");
                    continue;
                }
            }
            out.add(new DatedAmount(from, until, value, source, illustrative));
        }
        return List.copyOf(out);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DatedAmount o && from.equals(o.from) && Objects.equals(until, o.until) && amount.equals(o.amount)
                && source.equals(o.source) && illustrative == o.illustrative;
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, until, amount, source, illustrative);
    }

    @Override
    public String toString() {
        return "DatedAmount[" + from + (until == null ? "" : " to " + until) + ": " + amount + (illustrative ? ", illustrative" : "") + "]";
    }
}
