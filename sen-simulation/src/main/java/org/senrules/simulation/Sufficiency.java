package org.senrules.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
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
import org.senrules.core.domain.AreaOfNeed;
import org.senrules.core.domain.Setting;

/**
 * Place sufficiency for a {@link Trajectory}: how many special-school and resource-base places
 * there are by phase and need, when planned places open, what a place out of area costs instead,
 * and the council's own forecast shortfalls to lay the run beside. Each school year the trajectory
 * places the pupils who need such a place within these places and the rest out of area (in
 * independent or another council's provision) at the out-of-area price
 * ({@link TrajectoryRunner#sufficiency}); docs/simulation.md ("Place sufficiency") gives the
 * model and the file's form.
 *
 * <p>Read from a sufficiency file ({@link #fromJson}), strictly: an unknown member, a missing
 * source or a figure out of range is refused with the file's name, the line and the path, all at
 * once. Every figure carries its source and whether it is illustrative. Immutable, compared by
 * value.
 *
 * @since 1.0
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class Sufficiency {
    /** The settings whose places a sufficiency file counts. */
    public static final Set<Setting> SETTINGS = EnumSet.of(Setting.SPECIAL_SCHOOL, Setting.RESOURCE_BASE);
    /** The most places one entry may hold. */
    static final int MAX_PLACES = 100_000;

    /** The school phase a place is for, from the National Curriculum year. */
    public enum SchoolPhase {
        /** Nursery, Reception and Years 1 to 6. */
        PRIMARY,
        /** Years 7 to 11. */
        SECONDARY,
        /** Years 12 to 14. */
        POST_16;

        /** The phase of National Curriculum year {@code ncYear} (-2 to 14). */
        public static SchoolPhase of(int ncYear) {
            return ncYear <= 6 ? PRIMARY : ncYear <= 11 ? SECONDARY : POST_16;
        }

        /** In words, for reports: {@code primary}, {@code secondary}, {@code post-16}. */
        public String words() {
            return this == POST_16 ? "post-16" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Places of one setting, for one phase and need (or any), open from a 1 September on.
     * Immutable, compared by value.
     */
    public static final class Places {
        private final Setting setting;
        private final SchoolPhase phase;
        private final AreaOfNeed need;
        private final int places;
        private final LocalDate opens;
        private final boolean planned;
        private final boolean whatIf;
        private final String source;
        private final boolean illustrative;

        Places(Setting setting, SchoolPhase phase, AreaOfNeed need, int places, LocalDate opens, boolean planned, boolean whatIf,
               String source, boolean illustrative) {
            this.setting = setting;
            this.phase = phase;
            this.need = need;
            this.places = places;
            this.opens = opens;
            this.planned = planned;
            this.whatIf = whatIf;
            this.source = source;
            this.illustrative = illustrative;
        }

        /** {@code SPECIAL_SCHOOL} or {@code RESOURCE_BASE}. */
        public Setting setting() {
            return setting;
        }

        /** The phase the places are for, or {@code null} for any phase. */
        public SchoolPhase phase() {
            return phase;
        }

        /** The area of need the places are for, or {@code null} for any need. */
        public AreaOfNeed need() {
            return need;
        }

        /** How many places, for the population the file describes. */
        public int places() {
            return places;
        }

        /** The 1 September they open. */
        public LocalDate opens() {
            return opens;
        }

        /** True for places planned (not open when the file was written), which {@link Assumption#SUFFICIENCY_SLIPPAGE} may delay. */
        public boolean planned() {
            return planned;
        }

        /** True for places a run adds ("what if N places open in year Y"), not the file's. */
        public boolean whatIf() {
            return whatIf;
        }

        /** Where the figure comes from. */
        public String source() {
            return source;
        }

        /** Whether no source publishes it. */
        public boolean illustrative() {
            return illustrative;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Places p && setting == p.setting && phase == p.phase && need == p.need && places == p.places
                    && opens.equals(p.opens) && planned == p.planned && whatIf == p.whatIf && source.equals(p.source)
                    && illustrative == p.illustrative;
        }

        @Override
        public int hashCode() {
            return Objects.hash(setting, phase, need, places, opens, planned, whatIf, source, illustrative);
        }

        @Override
        public String toString() {
            return "Places[" + places + " " + setting + (phase == null ? "" : " " + phase) + (need == null ? "" : " " + need) + " from "
                    + opens + (planned ? ", planned" : "") + (whatIf ? ", what if" : "") + "]";
        }
    }

    /**
     * A shortfall the council has forecast, to lay the run's figure beside: for a setting (and
     * phase), in the school year starting in {@code academicYear}, with or without the planned
     * places. Immutable, compared by value.
     */
    public static final class Reference {
        private final Setting setting;
        private final SchoolPhase phase;
        private final int academicYear;
        private final int shortfall;
        private final boolean withPlannedPlaces;
        private final String statement;
        private final String source;

        Reference(Setting setting, SchoolPhase phase, int academicYear, int shortfall, boolean withPlannedPlaces, String statement,
                  String source) {
            this.setting = setting;
            this.phase = phase;
            this.academicYear = academicYear;
            this.shortfall = shortfall;
            this.withPlannedPlaces = withPlannedPlaces;
            this.statement = statement;
            this.source = source;
        }

        /** The setting. */
        public Setting setting() {
            return setting;
        }

        /** The phase, or {@code null} for every phase. */
        public SchoolPhase phase() {
            return phase;
        }

        /** The calendar year in which the school year starts (2029 for 2029/30). */
        public int academicYear() {
            return academicYear;
        }

        /** The places short, at least (1 when the source says only "not enough"). */
        public int shortfall() {
            return shortfall;
        }

        /** Whether the forecast counts the planned places (S1's, made after them) or not (S4's, set against them). */
        public boolean withPlannedPlaces() {
            return withPlannedPlaces;
        }

        /** What the source says, in words. */
        public String statement() {
            return statement;
        }

        /** The source. */
        public String source() {
            return source;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Reference r && setting == r.setting && phase == r.phase && academicYear == r.academicYear
                    && shortfall == r.shortfall && withPlannedPlaces == r.withPlannedPlaces && statement.equals(r.statement)
                    && source.equals(r.source);
        }

        @Override
        public int hashCode() {
            return Objects.hash(setting, phase, academicYear, shortfall, withPlannedPlaces, statement, source);
        }

        @Override
        public String toString() {
            return "Reference[" + statement + "]";
        }
    }

    private final String label;
    private final String title;
    private final Integer population;
    private final String populationSource;
    private final List<Places> places;
    private final Map<Setting, List<DatedAmount>> outOfAreaCost;
    private final TrajectoryAssumptions.Figure slippage;
    private final List<Reference> references;

    private Sufficiency(String label, String title, Integer population, String populationSource, List<Places> places,
                        Map<Setting, List<DatedAmount>> outOfAreaCost, TrajectoryAssumptions.Figure slippage, List<Reference> references) {
        this.label = label;
        this.title = title;
        this.population = population;
        this.populationSource = populationSource;
        this.places = List.copyOf(places);
        this.outOfAreaCost = outOfAreaCost;
        this.slippage = slippage;
        this.references = List.copyOf(references);
    }

    /** What to call the file in reports, such as its name. */
    public String label() {
        return label;
    }

    /** The file's title. */
    public String title() {
        return title;
    }

    /**
     * The plans the file's places are for (its {@code population}), or {@code null} when the
     * places are the cohort's own; a cohort of another size has the places scaled to it.
     */
    public Integer population() {
        return population;
    }

    /** Where the population figure comes from, or {@code null}. */
    public String populationSource() {
        return populationSource;
    }

    /** Every entry of places, the file's first, then those a run added. */
    public List<Places> places() {
        return places;
    }

    /** The price a year of a place out of area for a pupil who needed a place of {@code setting}, dated. */
    public List<DatedAmount> outOfAreaCost(Setting setting) {
        return outOfAreaCost.getOrDefault(setting, List.of());
    }

    /** The base of the slippage assumption: the percentage of planned places that open a year late. */
    public TrajectoryAssumptions.Figure slippage() {
        return slippage;
    }

    /** The council's forecast shortfalls. */
    public List<Reference> references() {
        return references;
    }

    /**
     * These places with {@code count} more of {@code setting} opening on 1 September of
     * {@code academicYear} ("what if N places open in year Y"), for {@code phase} and {@code need}
     * (either {@code null} for any), counted like the file's (for its population, and planned).
     *
     * @throws IllegalArgumentException for a setting that is not a special school or resource base, or a count outside 1 to 100,000
     */
    public Sufficiency withPlacesOpening(Setting setting, int count, int academicYear, SchoolPhase phase, AreaOfNeed need) {
        if (!SETTINGS.contains(setting)) {
            throw new IllegalArgumentException("places open in a special school or a resource base");
        }
        if (count < 1 || count > MAX_PLACES) {
            throw new IllegalArgumentException("the places that open are a whole number from 1 to " + String.format("%,d", MAX_PLACES));
        }
        List<Places> more = new ArrayList<>(places);
        more.add(new Places(setting, phase, need, count, LocalDate.of(academicYear, Month.SEPTEMBER, 1), true, true,
                "what if: an option of the run, " + count + " places opening in September " + academicYear, true));
        return new Sufficiency(label, title, population, populationSource, more, outOfAreaCost, slippage, references);
    }

    /**
     * Reads a sufficiency file:
     * <pre>
     * { "title": "...",
     *   "population": { "ehcpPupils": 9519, "source": "...", "illustrative": false },       (optional)
     *   "outOfAreaCost": { "SPECIAL_SCHOOL": [ { "from": "2025-04-01", "value": "63000.00", "source": "...", "illustrative": true } ],
     *                      "RESOURCE_BASE": [ ... ] },
     *   "places": [ { "setting": "SPECIAL_SCHOOL", "phase": "PRIMARY", "need": "COMMUNICATION_AND_INTERACTION",
     *                 "places": 188, "opens": "2024-09-01", "planned": true, "source": "...", "illustrative": false } ],
     *   "slippage": { "percent": "0", "source": "...", "illustrative": true },
     *   "references": [ { "setting": "SPECIAL_SCHOOL", "academicYear": "2029-30", "shortfall": 1133,
     *                     "withPlannedPlaces": false, "statement": "...", "source": "..." } ] }
     * </pre>
     * {@code phase} and {@code need} are optional (any phase, any need); {@code opens} is a
     * 1 September.
     *
     * @param label what to call the file in messages and reports, such as its name
     * @throws IllegalArgumentException listing every problem, each with the file, line and path
     */
    public static Sufficiency fromJson(String json, String label) {
        JsonFile f = JsonFile.read(json, label);
        JsonNode root = f.root();
        f.known(root, "", Set.of("title", "population", "outOfAreaCost", "places", "slippage", "references"));
        String title = f.text(root, "title", "", true, "what the file describes");
        Integer population = null;
        String populationSource = null;
        JsonNode pop = f.object(root, "population", "", false, "{ \"ehcpPupils\", \"source\", \"illustrative\" }");
        if (pop != null) {
            f.known(pop, "population", Set.of("ehcpPupils", "source", "illustrative"));
            population = f.whole(pop, "ehcpPupils", "population", 1, 10_000_000);
            populationSource = f.source(pop, "population");
            f.flag(pop, "illustrative", "population");
        }
        Map<Setting, List<DatedAmount>> cost = new LinkedHashMap<>();
        JsonNode costs = f.object(root, "outOfAreaCost", "", true, "the price a year of a place out of area, by setting: "
                + "{ \"SPECIAL_SCHOOL\": [ dated values ], \"RESOURCE_BASE\": [ dated values ] }");
        if (costs != null) {
            f.known(costs, "outOfAreaCost", Set.of("SPECIAL_SCHOOL", "RESOURCE_BASE"));
            for (Setting s : SETTINGS) {
                List<DatedAmount> values = DatedAmount.read(f, f.list(costs, s.name(), "outOfAreaCost", true,
                        "dated values { \"from\", \"value\", \"source\", \"illustrative\" }"), "outOfAreaCost." + s.name());
                cost.put(s, values);
            }
        }
        List<Places> entries = new ArrayList<>();
        List<JsonNode> placeNodes = f.list(root, "places", "", true, "the places by setting, phase and need, each with when it opens");
        for (int i = 0; i < placeNodes.size(); i++) {
            JsonNode n = placeNodes.get(i);
            String at = "places[" + i + "]";
            if (!n.isObject()) {
                f.problem(at, "must be an object");
                continue;
            }
            f.known(n, at, Set.of("setting", "phase", "need", "places", "opens", "planned", "source", "illustrative", "note"));
            Setting setting = f.constant(n, "setting", at, Setting.class, SETTINGS, true);
            SchoolPhase phase = f.constant(n, "phase", at, SchoolPhase.class, EnumSet.allOf(SchoolPhase.class), false);
            AreaOfNeed need = f.constant(n, "need", at, AreaOfNeed.class, EnumSet.allOf(AreaOfNeed.class), false);
            int count = f.whole(n, "places", at, 0, MAX_PLACES);
            LocalDate opens = f.date(n, "opens", at, true);
            if (opens != null && (opens.getMonth() != Month.SEPTEMBER || opens.getDayOfMonth() != 1)) {
                f.problem(at + ".opens", "must be a 1 September: places open with a school year");
                opens = null;
            }
            boolean planned = f.flag(n, "planned", at);
            String source = f.source(n, at);
            boolean illustrative = f.flag(n, "illustrative", at);
            if (setting != null && opens != null && source != null) {
                entries.add(new Places(setting, phase, need, count, opens, planned, false, source, illustrative));
            }
        }
        TrajectoryAssumptions.Figure slippage = new TrajectoryAssumptions.Figure(BigDecimal.ZERO,
                "assumed: planned places open in the school year the sufficiency file gives", true);
        JsonNode slip = f.object(root, "slippage", "", false, "{ \"percent\", \"source\", \"illustrative\" }");
        if (slip != null) {
            f.known(slip, "slippage", Set.of("percent", "source", "illustrative"));
            BigDecimal percent = f.percent(slip, "percent", "slippage", BigDecimal.valueOf(100));
            String source = f.source(slip, "slippage");
            boolean illustrative = f.flag(slip, "illustrative", "slippage");
            if (percent != null && source != null) {
                slippage = new TrajectoryAssumptions.Figure(percent, source, illustrative);
            }
        }
        List<Reference> references = new ArrayList<>();
        List<JsonNode> refNodes = f.list(root, "references", "", false, "the council's forecast shortfalls");
        for (int i = 0; i < refNodes.size(); i++) {
            JsonNode n = refNodes.get(i);
            String at = "references[" + i + "]";
            if (!n.isObject()) {
                f.problem(at, "must be an object");
                continue;
            }
            f.known(n, at, Set.of("setting", "phase", "academicYear", "shortfall", "withPlannedPlaces", "statement", "source"));
            Setting setting = f.constant(n, "setting", at, Setting.class, SETTINGS, true);
            SchoolPhase phase = f.constant(n, "phase", at, SchoolPhase.class, EnumSet.allOf(SchoolPhase.class), false);
            Integer year = f.schoolYear(n, "academicYear", at);
            int shortfall = f.whole(n, "shortfall", at, 1, MAX_PLACES);
            boolean withPlanned = f.flag(n, "withPlannedPlaces", at);
            String statement = f.text(n, "statement", at, true, "what the source says, in words");
            String source = f.source(n, at);
            if (setting != null && year != null && statement != null && source != null) {
                references.add(new Reference(setting, phase, year, shortfall, withPlanned, statement, source));
            }
        }
        f.check();
        return new Sufficiency(label, title, population, populationSource, entries, cost, slippage, references);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sufficiency s && label.equals(s.label) && title.equals(s.title) && Objects.equals(population, s.population)
                && Objects.equals(populationSource, s.populationSource) && places.equals(s.places) && outOfAreaCost.equals(s.outOfAreaCost)
                && slippage.equals(s.slippage) && references.equals(s.references);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, title, population, places, outOfAreaCost, slippage, references);
    }

    @Override
    public String toString() {
        return "Sufficiency[" + label + ": " + places.size() + " entries of places]";
    }
}
