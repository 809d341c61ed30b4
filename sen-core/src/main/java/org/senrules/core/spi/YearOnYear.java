package org.senrules.core.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.Setting;
import org.senrules.core.internal.Declaration;

/**
 * How a rule set's cases move on through the years, as its declaration's {@code "trajectory"}
 * says, for a simulator that runs a cohort year by year: whether the cases are plans in place (a
 * census, funded from the start of the year) or requests (funded from the day they are decided);
 * which case fields age a pupil (the National Curriculum year, with the phase and setting a school
 * transfer changes); which outcome field ends an award and which case field makes its renewal
 * request.
 *
 * <pre>{@code
 * "trajectory": { "cases": "plans", "ageing": { "ncYear": "ncYear", "phase": "phase", "setting": "setting", "lastNcYear": 14 } }
 * "trajectory": { "cases": "requests", "fundedUntil": "fundedUntil", "renewal": "renewal" }
 * }</pre>
 *
 * <p>Ageing follows the school system, not a rule set: each September the National Curriculum year
 * goes up by one; a pupil reaching Reception (year 0) from early years starts school (an
 * early-years setting or nursery school becomes a mainstream school); a pupil reaching Year 12
 * starts post-16 (a mainstream school or resource base becomes a post-16 setting; a special
 * school keeps its sixth form); a pupil past the last year the rule set funds leaves. Made by
 * the engine from a declaration; immutable and thread-safe.
 *
 * @since 1.2
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class YearOnYear {
    private final boolean plansInPlace;
    private final CaseFields<?> fields;
    private final String caseId;
    private final String ncYear;
    private final String phase;
    private final String setting;
    private final int lastNcYear;
    private final Function<Object, ?> fundedUntil;
    private final String renewal;

    YearOnYear(boolean plansInPlace, CaseFields<?> fields, String caseId, String ncYear, String phase, String setting, int lastNcYear,
               Function<Object, ?> fundedUntil, String renewal) {
        this.plansInPlace = plansInPlace;
        this.fields = Objects.requireNonNull(fields, "fields");
        this.caseId = caseId;
        this.ncYear = ncYear;
        this.phase = phase;
        this.setting = setting;
        this.lastNcYear = lastNcYear;
        this.fundedUntil = fundedUntil;
        this.renewal = renewal;
    }

    /** True when the cases are plans already in place (a census); false when each is a request decided on the cohort's date. */
    public boolean plansInPlace() {
        return plansInPlace;
    }

    /**
     * The pupil's case one school year on: aged when the rule set ages its cases, the same case when
     * it does not, or null when the pupil leaves (past the last year the rule set funds).
     */
    public CaseInput nextYear(CaseInput c) {
        if (ncYear == null) {
            return c;
        }
        int year = (Integer) read(c, ncYear) + 1;
        if (year > lastNcYear) {
            return null;
        }
        Setting s = setting == null ? null : (Setting) read(c, setting);
        Phase p = phase == null ? null : (Phase) read(c, phase);
        if (year == 0 && p == Phase.EARLY_YEARS) {
            p = Phase.SCHOOL_AGE;
            if (s == Setting.EARLY_YEARS_SETTING || s == Setting.NURSERY_SCHOOL) {
                s = Setting.MAINSTREAM_SCHOOL;
            }
        } else if (year == 12 && p == Phase.SCHOOL_AGE) {
            p = Phase.POST_16;
            if (s == Setting.MAINSTREAM_SCHOOL || s == Setting.RESOURCE_BASE) {
                s = Setting.POST_16;
            }
        }
        List<Object> values = values(c);
        set(values, ncYear, year);
        if (setting != null) {
            set(values, setting, s);
        }
        if (phase != null) {
            set(values, phase, p);
        }
        return (CaseInput) fields.make(values);
    }

    /** A new pupil whose case is like {@code template}'s, with its own id, as a first request (not a renewal). */
    public CaseInput joiner(CaseInput template, String newId) {
        List<Object> values = values(template);
        set(values, caseId, newId);
        if (renewal != null) {
            set(values, renewal, false);
        }
        return (CaseInput) fields.make(values);
    }

    /** The last day the award an outcome decides is funded, or null when it lasts while the pupil stays. */
    public LocalDate fundedUntil(Object outcome) {
        return fundedUntil == null ? null : (LocalDate) fundedUntil.apply(outcome);
    }

    /** The request that renews an award that has ended, or null when the rule set's awards are not renewed. */
    public CaseInput renewal(CaseInput c) {
        if (renewal == null) {
            return null;
        }
        if (Boolean.TRUE.equals(read(c, renewal))) {
            return c;
        }
        List<Object> values = values(c);
        set(values, renewal, true);
        return (CaseInput) fields.make(values);
    }

    private Object read(CaseInput c, String name) {
        for (CaseFields.Field f : fields.fields()) {
            if (f.name().equals(name)) {
                return f.read(c);
            }
        }
        throw new IllegalStateException("no case field " + name);
    }

    private List<Object> values(CaseInput c) {
        List<Object> out = new ArrayList<>(fields.fields().size());
        for (CaseFields.Field f : fields.fields()) {
            out.add(f.read(c));
        }
        return out;
    }

    private void set(List<Object> values, String name, Object value) {
        values.set(fields.names().indexOf(name), value);
    }

    /**
     * The behaviour a declaration's {@code "trajectory"} gives, or null (with problems added) when
     * it names a field the case or outcome does not have, or of the wrong type.
     */
    static YearOnYear declared(com.fasterxml.jackson.databind.JsonNode t, Declaration d, CaseFields<?> fields,
                               OutcomeFields<?> outcome, List<org.senrules.core.RuleSetProblem> problems) {
        int before = problems.size();
        java.util.function.BiConsumer<com.fasterxml.jackson.databind.JsonNode, String> error = (at, m) ->
                problems.add(org.senrules.core.RuleSetProblem.error(d.file(), d.lineOf(at), "trajectory: " + m));
        java.util.Set<String> keys = java.util.Set.of("cases", "fundedUntil", "renewal", "ageing");
        t.fieldNames().forEachRemaining(k -> {
            if (!k.startsWith("$") && !keys.contains(k)) {
                error.accept(t, "unknown key \"" + k + "\"; the keys are " + new java.util.TreeSet<>(keys));
            }
        });
        String cases = t.path("cases").asText("");
        if (!cases.equals("plans") && !cases.equals("requests")) {
            error.accept(t, "\"cases\" is \"plans\" (a census of plans in place) or \"requests\" (each decided on the cohort's date)");
        }
        String renewal = field(t, "renewal", fields, Boolean.class, boolean.class, error);
        Function<Object, ?> until = null;
        if (t.has("fundedUntil")) {
            String name = t.get("fundedUntil").asText();
            Declaration.Field f = d.outcomeType().fields().get(name);
            if (f == null || !f.type().name().equals("date") || f.type().list()) {
                error.accept(t, "\"fundedUntil\" names a date field of the outcome, not " + name);
            } else {
                @SuppressWarnings("unchecked")
                Function<Object, ?> read = (Function<Object, ?>) outcome.reader(name);
                until = read;
            }
        }
        String ncYear = null;
        String phase = null;
        String setting = null;
        int last = 0;
        com.fasterxml.jackson.databind.JsonNode a = t.get("ageing");
        if (a != null) {
            ncYear = field(a, "ncYear", fields, Integer.class, int.class, error);
            phase = a.has("phase") ? field(a, "phase", fields, Phase.class, Phase.class, error) : null;
            setting = a.has("setting") ? field(a, "setting", fields, Setting.class, Setting.class, error) : null;
            if (!a.path("lastNcYear").canConvertToInt()) {
                error.accept(a, "\"ageing\" gives \"lastNcYear\", the last National Curriculum year the rule set funds");
            } else {
                last = a.get("lastNcYear").intValue();
            }
        }
        String caseId = d.caseType().idField() == null ? "caseId" : d.caseType().idField();
        return problems.size() > before ? null
                : new YearOnYear(cases.equals("plans"), fields, caseId, ncYear, phase, setting, last, until, renewal);
    }

    private static String field(com.fasterxml.jackson.databind.JsonNode node, String key, CaseFields<?> fields, Class<?> boxed,
                                Class<?> primitive, java.util.function.BiConsumer<com.fasterxml.jackson.databind.JsonNode, String> error) {
        if (!node.has(key)) {
            return null;
        }
        String name = node.get(key).asText();
        for (CaseFields.Field f : fields.fields()) {
            if (f.name().equals(name) && (f.type() == boxed || f.type() == primitive)) {
                return name;
            }
        }
        error.accept(node, "\"" + key + "\" names a " + primitive.getSimpleName() + " field of the case, not " + name);
        return null;
    }
}
