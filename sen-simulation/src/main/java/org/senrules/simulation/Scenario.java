package org.senrules.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Setting;

/**
 * A scenario a {@link Trajectory} runs in: changes to the High Needs Block and to how pupils are
 * supported and priced that come from outside the council's rules, each figure with its public
 * source (or flagged illustrative where none is published). The trajectory reads the scenario as
 * data ({@link TrajectoryRunner#scenario}); no code is named after a scenario, so a council writes
 * its own file in the same form. What a scenario may hold, each part optional:
 * <ul>
 *   <li>{@code budgetRollover}: in one financial year the High Needs Block budget is the year
 *       before's (the allocation rolls over: no growth);</li>
 *   <li>{@code stabilityGrant}: a grant of a percentage of the deficit held at the end of one
 *       year (a negative reserve; none when the reserve is positive), paid in a later year, only
 *       when a named switch is on; it reduces the deficit carried into that year;</li>
 *   <li>{@code statutoryOverride}: the last year the override keeps a deficit off the council's
 *       accounts; the deficit at its end is reported as the council's exposure;</li>
 *   <li>{@code tiers}: from a school year, pupils move from EHCPs to Individual Support Plans so
 *       that the number with an EHCP follows a path of projected shares, those in the named
 *       settings first, lowest level of complexity first; a pupil on an Individual Support Plan
 *       costs the dated amount given;</li>
 *   <li>{@code specialistProvisionPackages}: from a day, a pupil with an EHCP in the named settings
 *       is priced at national banding rates by setting and level of complexity, not by the
 *       council's rules.</li>
 * </ul>
 * {@link #NONE} is no scenario; {@link #bundled} gives the scenarios shipped
 * ({@code national-reform-2026}). Immutable, compared by value.
 *
 * @since 1.0
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class Scenario {
    /** The name of no scenario, the default. */
    public static final String NONE_NAME = "none";
    /** No scenario: the trajectory as the council's rules and assumptions give it. */
    public static final Scenario NONE = new Scenario(NONE_NAME, "No scenario", NONE_NAME, Map.of(), null, null, null, null, null);
    /** The scenarios shipped with the simulator, by name. */
    private static final List<String> BUNDLED = List.of("national-reform-2026");

    /**
     * A named on-off choice a scenario's parts depend on, such as whether DfE approves the
     * council's local SEND reform plan. Immutable, compared by value.
     */
    public static final class Switch {
        private final String name;
        private final boolean on;
        private final String description;
        private final String source;
        private final boolean illustrative;

        Switch(String name, boolean on, String description, String source, boolean illustrative) {
            this.name = name;
            this.on = on;
            this.description = description;
            this.source = source;
            this.illustrative = illustrative;
        }

        /** Its name, as a run sets it. */
        public String name() {
            return name;
        }

        /** Whether it is on. */
        public boolean on() {
            return on;
        }

        /** What it means when on. */
        public String description() {
            return description;
        }

        /** Where the choice comes from. */
        public String source() {
            return source;
        }

        /** Whether its value is assumed. */
        public boolean illustrative() {
            return illustrative;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Switch s && name.equals(s.name) && on == s.on && description.equals(s.description) && source.equals(s.source)
                    && illustrative == s.illustrative;
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, on, description, source, illustrative);
        }

        @Override
        public String toString() {
            return "Switch[" + name + "=" + on + "]";
        }
    }

    /**
     * One part of a scenario in words, for reports: what it does, its figures and their source.
     *
     * @param part         the part's name in the file, such as {@code stabilityGrant}
     * @param what         what it does, with its figures
     * @param source       where the figures come from
     * @param illustrative whether any of its figures is illustrative (not published)
     */
    public record Item(String part, String what, String source, boolean illustrative) {
    }

    /** The budget rollover: in {@code year} the budget is the year before's. */
    record Rollover(FinancialYear year, String source, boolean illustrative) {
    }

    /** The stability grant. */
    record Grant(BigDecimal percent, FinancialYear deficitAtEndOf, FinancialYear paidIn, String switchName, String source,
                 boolean illustrative) {
    }

    /** The statutory override's last year. */
    record OverrideEnd(FinancialYear lastYear, String source, boolean illustrative) {
    }

    /** A point of the projected share of pupils with an EHCP. */
    record SharePoint(int schoolYear, BigDecimal percent, String source, boolean illustrative) {
    }

    /** Tiers of support: from {@code from} (a school year's first calendar year), pupils move to ISPs on the share path. */
    record Tiers(int from, List<SharePoint> path, Set<Setting> movedFrom, List<DatedAmount> ispCost, String source) {
        /** The projected share in the school year starting in {@code year}: linear between the points, held beyond them. */
        BigDecimal shareIn(int year) {
            SharePoint before = path.get(0);
            if (year <= before.schoolYear()) {
                return before.percent();
            }
            for (SharePoint p : path.subList(1, path.size())) {
                if (year <= p.schoolYear()) {
                    BigDecimal span = BigDecimal.valueOf(p.schoolYear() - before.schoolYear());
                    return before.percent().add(p.percent().subtract(before.percent()).multiply(BigDecimal.valueOf(year - before.schoolYear()))
                            .divide(span, 4, RoundingMode.HALF_UP)).stripTrailingZeros();
                }
                before = p;
            }
            return before.percent();
        }

        boolean illustrative() {
            return path.stream().anyMatch(SharePoint::illustrative) || ispCost.stream().anyMatch(DatedAmount::illustrative);
        }
    }

    /** Specialist Provision Packages: national banding rates by setting and level (1-4), dated. */
    record Packages(LocalDate from, Map<Setting, List<List<DatedAmount>>> rates, String source) {
        /** The rate a year for a pupil of {@code setting} at {@code level} on {@code day}, or null (no rate: the rules price it). */
        DatedAmount rate(Setting setting, int level, LocalDate day) {
            if (day.isBefore(from)) {
                return null;
            }
            List<List<DatedAmount>> bySetting = rates.get(setting);
            if (bySetting == null || level < 1 || level > bySetting.size()) {
                return null;
            }
            return DatedAmount.on(bySetting.get(level - 1), day);
        }

        boolean illustrative() {
            return rates.values().stream().flatMap(List::stream).flatMap(List::stream).anyMatch(DatedAmount::illustrative);
        }
    }

    private final String name;
    private final String title;
    private final String label;
    private final Map<String, Switch> switches;
    private final Rollover rollover;
    private final Grant grant;
    private final OverrideEnd override;
    private final Tiers tiers;
    private final Packages packages;

    private Scenario(String name, String title, String label, Map<String, Switch> switches, Rollover rollover, Grant grant,
                     OverrideEnd override, Tiers tiers, Packages packages) {
        this.name = name;
        this.title = title;
        this.label = label;
        this.switches = Map.copyOf(switches);
        this.rollover = rollover;
        this.grant = grant;
        this.override = override;
        this.tiers = tiers;
        this.packages = packages;
    }

    /** Its name, such as {@code national-reform-2026}, or {@code none}. */
    public String name() {
        return name;
    }

    /** What it is, in words. */
    public String title() {
        return title;
    }

    /** What to call its file in messages, such as its name. */
    public String label() {
        return label;
    }

    /** True for {@link #NONE}. */
    public boolean isNone() {
        return rollover == null && grant == null && override == null && tiers == null && packages == null;
    }

    /** Its switches, by name, in name order. */
    public List<Switch> switches() {
        return switches.values().stream().sorted(java.util.Comparator.comparing(Switch::name)).toList();
    }

    /**
     * This scenario with the switch {@code name} set to {@code on}.
     *
     * @throws IllegalArgumentException naming the switches there are, when it has none of that name
     */
    public Scenario withSwitch(String switchName, boolean on) {
        Switch s = switches.get(switchName);
        if (s == null) {
            throw new IllegalArgumentException("the scenario " + name + " has no switch of that name; its switches are "
                    + (switches.isEmpty() ? "none" : String.join(", ", switches.keySet().stream().sorted().toList())));
        }
        Map<String, Switch> changed = new LinkedHashMap<>(switches);
        changed.put(switchName, new Switch(switchName, on, s.description(), "set for this run", false));
        return new Scenario(name, title, label, changed, rollover, grant, override, tiers, packages);
    }

    Rollover rollover() {
        return rollover;
    }

    Grant grant() {
        return grant;
    }

    OverrideEnd statutoryOverride() {
        return override;
    }

    Tiers tiers() {
        return tiers;
    }

    Packages packages() {
        return packages;
    }

    /** Whether the switch called {@code switchName} is on. */
    boolean on(String switchName) {
        Switch s = switches.get(switchName);
        return s != null && s.on();
    }

    /** Whether any figure of the parts that price pupils (tiers, packages) is illustrative. */
    boolean pricingIllustrative() {
        return tiers != null && tiers.illustrative() || packages != null && packages.illustrative();
    }

    /** Its parts in words, with their figures and sources, in the order the trajectory applies them. */
    public List<Item> items() {
        List<Item> out = new ArrayList<>();
        if (rollover != null) {
            out.add(new Item("budgetRollover", "the High Needs Block budget for " + rollover.year() + " is "
                    + new FinancialYear(rollover.year().startYear() - 1) + "'s allocation rolled over: no growth that year", rollover.source(),
                    rollover.illustrative()));
        }
        if (grant != null) {
            Switch s = switches.get(grant.switchName());
            out.add(new Item("stabilityGrant", "a grant of " + grant.percent().toPlainString() + "% of the deficit held at the end of "
                    + grant.deficitAtEndOf() + " (none when the reserve is positive), paid in " + grant.paidIn() + " when "
                    + grant.switchName() + " is on (" + (s != null && s.on() ? "on" : "off") + " in this run: " + (s == null ? ""
                    : s.description()) + ")", grant.source(), grant.illustrative()));
        }
        if (override != null) {
            out.add(new Item("statutoryOverride", "the statutory override keeps a deficit off the council's accounts until the end of "
                    + override.lastYear() + "; the deficit then is the council's exposure", override.source(), override.illustrative()));
        }
        if (tiers != null) {
            StringBuilder path = new StringBuilder();
            tiers.path().forEach(p -> path.append(path.length() == 0 ? "" : ", ").append(p.percent().toPlainString()).append("% in ")
                    .append(new FinancialYear(p.schoolYear())));
            DatedAmount isp = tiers.ispCost().isEmpty() ? null : tiers.ispCost().get(0);
            out.add(new Item("tiers", "from September " + tiers.from() + ", pupils with an EHCP in " + words(tiers.movedFrom())
                    + " move to Individual Support Plans, lowest level of complexity first, so that the number with an EHCP follows "
                    + "the projected share of pupils with an EHCP (" + path + "; straight lines between, relative to "
                    + new FinancialYear(tiers.from()) + "); a pupil on an Individual Support Plan costs the High Needs Block "
                    + (isp == null ? "nothing" : isp.amount().display() + " a year") , tiers.source(), tiers.illustrative()));
        }
        if (packages != null) {
            out.add(new Item("specialistProvisionPackages", "from " + packages.from() + ", a pupil with an EHCP in "
                    + words(packages.rates().keySet()) + " is priced at national banding rates by setting and level of complexity, "
                    + "not by the council's rules", packages.source(), packages.illustrative()));
        }
        return out;
    }

    private static String words(Set<Setting> settings) {
        return String.join(", ", settings.stream().sorted().map(Setting::title)
                .toList());
    }

    /** The names of the scenarios shipped: {@code none} and {@code national-reform-2026}. */
    public static List<String> bundledNames() {
        List<String> out = new ArrayList<>();
        out.add(NONE_NAME);
        out.addAll(BUNDLED);
        return out;
    }

    /**
     * The scenario shipped under {@code name}.
     *
     * @throws IllegalArgumentException naming the scenarios there are, for another name
     */
    public static Scenario bundled(String scenarioName) {
        if (NONE_NAME.equals(scenarioName)) {
            return NONE;
        }
        if (!BUNDLED.contains(scenarioName)) {
            throw new IllegalArgumentException("no scenario of that name is shipped; the scenarios are " + String.join(", ", bundledNames())
                    + ", or give a scenario file (a name ending .json)");
        }
        try (InputStream in = Scenario.class.getResourceAsStream(scenarioName + ".json")) {
            if (in == null) {
                throw new IllegalStateException("the shipped scenario " + scenarioName + " is missing from the jar");
            }
            return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), scenarioName + ".json");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the shipped scenario " + scenarioName, e);
        }
    }

    /**
     * Reads a scenario file (the form of the shipped {@code national-reform-2026.json}, described
     * in docs/simulation.md, "Scenarios"): {@code name}, {@code title}, optional {@code switches}
     * and any of the parts above.
     *
     * @param label what to call the file in messages, such as its name
     * @throws IllegalArgumentException listing every problem, each with the file, line and path
     */
    public static Scenario fromJson(String json, String label) {
        JsonFile f = JsonFile.read(json, label);
        JsonNode root = f.root();
        f.known(root, "", Set.of("name", "title", "switches", "budgetRollover", "stabilityGrant", "statutoryOverride", "tiers",
                "specialistProvisionPackages"));
        String name = f.text(root, "name", "", true, "the scenario's name, such as national-reform-2026");
        if (name != null && (!name.matches("[a-z0-9][a-z0-9-]{0,63}") || name.equals(NONE_NAME))) {
            f.problem("name", "must be lower-case letters, digits and hyphens (up to 64), and not \"none\"");
        }
        String title = f.text(root, "title", "", true, "what the scenario is, in words");
        Map<String, Switch> switches = new LinkedHashMap<>();
        JsonNode sw = f.object(root, "switches", "", false, "{ \"name\": { \"value\", \"description\", \"source\", \"illustrative\" } }");
        if (sw != null) {
            for (Map.Entry<String, JsonNode> e : sw.properties()) {
                String at = "switches." + e.getKey();
                if (!e.getKey().matches("[a-zA-Z][a-zA-Z0-9]{0,63}")) {
                    f.problem(at, "a switch's name is letters and digits, starting with a letter");
                    continue;
                }
                if (!e.getValue().isObject()) {
                    f.problem(at, "must be an object { \"value\", \"description\", \"source\", \"illustrative\" }");
                    continue;
                }
                f.known(e.getValue(), at, Set.of("value", "description", "source", "illustrative"));
                boolean value = f.flag(e.getValue(), "value", at);
                String description = f.text(e.getValue(), "description", at, true, "what it means when on");
                String source = f.source(e.getValue(), at);
                boolean illustrative = f.flag(e.getValue(), "illustrative", at);
                if (description != null && source != null) {
                    switches.put(e.getKey(), new Switch(e.getKey(), value, description, source, illustrative));
                }
            }
        }
        Rollover rollover = null;
        JsonNode r = f.object(root, "budgetRollover", "", false, "{ \"financialYear\", \"source\", \"illustrative\" }");
        if (r != null) {
            f.known(r, "budgetRollover", Set.of("financialYear", "source", "illustrative"));
            FinancialYear year = f.financialYear(r, "financialYear", "budgetRollover", true);
            String source = f.source(r, "budgetRollover");
            boolean illustrative = f.flag(r, "illustrative", "budgetRollover");
            if (year != null && source != null) {
                rollover = new Rollover(year, source, illustrative);
            }
        }
        Grant grant = null;
        JsonNode g = f.object(root, "stabilityGrant", "", false,
                "{ \"percentOfDeficit\", \"deficitAtEndOf\", \"paidIn\", \"switch\", \"source\", \"illustrative\" }");
        if (g != null) {
            String at = "stabilityGrant";
            f.known(g, at, Set.of("percentOfDeficit", "deficitAtEndOf", "paidIn", "switch", "source", "illustrative"));
            BigDecimal percent = f.percent(g, "percentOfDeficit", at, BigDecimal.valueOf(100));
            FinancialYear end = f.financialYear(g, "deficitAtEndOf", at, true);
            FinancialYear paid = f.financialYear(g, "paidIn", at, true);
            String switchName = f.text(g, "switch", at, true, "the switch that must be on for the grant to be paid");
            String source = f.source(g, at);
            boolean illustrative = f.flag(g, "illustrative", at);
            if (switchName != null && !switches.containsKey(switchName)) {
                f.problem(at + ".switch", "names no switch of the scenario's \"switches\"");
            }
            if (end != null && paid != null && paid.compareTo(end) <= 0) {
                f.problem(at + ".paidIn", "must be after the year whose deficit it covers");
            }
            if (percent != null && end != null && paid != null && switchName != null && source != null) {
                grant = new Grant(percent, end, paid, switchName, source, illustrative);
            }
        }
        OverrideEnd override = null;
        JsonNode o = f.object(root, "statutoryOverride", "", false, "{ \"lastYear\", \"source\", \"illustrative\" }");
        if (o != null) {
            f.known(o, "statutoryOverride", Set.of("lastYear", "source", "illustrative"));
            FinancialYear last = f.financialYear(o, "lastYear", "statutoryOverride", true);
            String source = f.source(o, "statutoryOverride");
            boolean illustrative = f.flag(o, "illustrative", "statutoryOverride");
            if (last != null && source != null) {
                override = new OverrideEnd(last, source, illustrative);
            }
        }
        Tiers tiers = readTiers(f, root);
        Packages packages = readPackages(f, root);
        f.check();
        return new Scenario(name, title, label, switches, rollover, grant, override, tiers, packages);
    }

    private static Tiers readTiers(JsonFile f, JsonNode root) {
        JsonNode t = f.object(root, "tiers", "", false, "{ \"from\", \"ehcpShare\", \"movedFrom\", \"individualSupportPlanCost\", \"source\" }");
        if (t == null) {
            return null;
        }
        String at = "tiers";
        f.known(t, at, Set.of("from", "ehcpShare", "movedFrom", "individualSupportPlanCost", "source"));
        Integer from = f.schoolYear(t, "from", at);
        List<SharePoint> path = new ArrayList<>();
        List<JsonNode> points = f.list(t, "ehcpShare", at, true, "the projected share of pupils with an EHCP: "
                + "[ { \"academicYear\", \"percent\", \"source\", \"illustrative\" } ], at least two, in year order");
        for (int i = 0; i < points.size(); i++) {
            JsonNode p = points.get(i);
            String pat = at + ".ehcpShare[" + i + "]";
            if (!p.isObject()) {
                f.problem(pat, "must be an object");
                continue;
            }
            f.known(p, pat, Set.of("academicYear", "percent", "source", "illustrative"));
            Integer year = f.schoolYear(p, "academicYear", pat);
            BigDecimal percent = f.percent(p, "percent", pat, BigDecimal.valueOf(100));
            String source = f.source(p, pat);
            boolean illustrative = f.flag(p, "illustrative", pat);
            if (percent != null && percent.signum() == 0) {
                f.problem(pat + ".percent", "must be above 0");
                percent = null;
            }
            if (year != null && !path.isEmpty() && year <= path.get(path.size() - 1).schoolYear()) {
                f.problem(pat + ".academicYear", "must be after the point before it");
                year = null;
            }
            if (year != null && percent != null && source != null) {
                path.add(new SharePoint(year, percent, source, illustrative));
            }
        }
        if (path.size() < 2 && !f.hasProblems()) {
            f.problem(at + ".ehcpShare", "needs at least two points");
        }
        Set<Setting> movedFrom = EnumSet.noneOf(Setting.class);
        List<JsonNode> settings = f.list(t, "movedFrom", at, true, "the settings whose pupils may move to Individual Support Plans");
        for (int i = 0; i < settings.size(); i++) {
            JsonNode s = settings.get(i);
            Setting found = null;
            for (Setting x : Setting.values()) {
                if (s.isTextual() && x.name().equals(s.asText())) {
                    found = x;
                }
            }
            if (found == null) {
                f.problem(at + ".movedFrom[" + i + "]", "must be one of " + String.join(", ", java.util.Arrays.stream(Setting.values())
                        .map(Enum::name).toList()));
            } else {
                movedFrom.add(found);
            }
        }
        List<DatedAmount> isp = DatedAmount.read(f, f.list(t, "individualSupportPlanCost", at, true,
                "what a pupil on an Individual Support Plan costs the High Needs Block a year, dated"), at + ".individualSupportPlanCost");
        String source = f.source(t, at);
        if (from == null || path.size() < 2 || source == null) {
            return null;
        }
        boolean inPath = path.stream().anyMatch(p -> p.schoolYear() == from);
        if (!inPath) {
            f.problem(at + ".from", "must be one of the ehcpShare points' years: the share that year is the base of the path");
            return null;
        }
        return new Tiers(from, List.copyOf(path), movedFrom, isp, source);
    }

    private static Packages readPackages(JsonFile f, JsonNode root) {
        JsonNode p = f.object(root, "specialistProvisionPackages", "", false, "{ \"from\", \"rates\", \"source\" }");
        if (p == null) {
            return null;
        }
        String at = "specialistProvisionPackages";
        f.known(p, at, Set.of("from", "rates", "source"));
        LocalDate from = f.date(p, "from", at, true);
        String source = f.source(p, at);
        Map<Setting, List<List<DatedAmount>>> rates = new LinkedHashMap<>();
        JsonNode bySetting = f.object(p, "rates", at, true, "{ \"SPECIAL_SCHOOL\": { \"1\": [ dated values ], ..., \"4\": [ ... ] }, ... }");
        if (bySetting != null) {
            for (Map.Entry<String, JsonNode> e : bySetting.properties()) {
                String sat = at + ".rates." + e.getKey();
                Setting setting = null;
                for (Setting x : Setting.values()) {
                    if (x.name().equals(e.getKey())) {
                        setting = x;
                    }
                }
                if (setting == null) {
                    f.problem(sat, "must be a setting: one of " + String.join(", ", java.util.Arrays.stream(Setting.values()).map(Enum::name)
                            .toList()));
                    continue;
                }
                if (!e.getValue().isObject()) {
                    f.problem(sat, "must be an object with the levels of complexity 1 to 4, each a list of dated values");
                    continue;
                }
                f.known(e.getValue(), sat, Set.of("1", "2", "3", "4"));
                List<List<DatedAmount>> levels = new ArrayList<>();
                for (int level = 1; level <= 4; level++) {
                    levels.add(DatedAmount.read(f, f.list(e.getValue(), String.valueOf(level), sat, true, "the rate a year at level "
                            + level + ", dated"), sat + "." + level));
                }
                rates.put(setting, levels);
            }
        }
        if (from == null || source == null) {
            return null;
        }
        return new Packages(from, rates, source);
    }

    /** The first day of the school year starting in {@code year}. */
    static LocalDate september(int year) {
        return LocalDate.of(year, Month.SEPTEMBER, 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Scenario s && name.equals(s.name) && title.equals(s.title) && label.equals(s.label)
                && switches.equals(s.switches) && Objects.equals(rollover, s.rollover) && Objects.equals(grant, s.grant)
                && Objects.equals(override, s.override) && Objects.equals(tiers, s.tiers) && Objects.equals(packages, s.packages);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, title, label, switches, rollover, grant, override, tiers, packages);
    }

    @Override
    public String toString() {
        return "Scenario[" + name + "]";
    }
}
