package org.senrules.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.senrules.core.domain.AreaOfNeed;
import org.senrules.core.domain.Setting;

/**
 * Who gets a special-school or resource-base place, school year by school year, whatever the
 * policy: on the run's first day and on each 1 September the pupils who need a place are placed
 * within the places open then, those who held a place keep it, then those waiting out of area, then
 * the rest in cohort order; a pupil who joins during the year takes a place left, in the order they
 * join. A pupil who finds no place is placed out of area until the next 1 September, when they are
 * placed again. A pupil tries the places for their phase and need first, then their phase, then
 * their need, then any. docs/simulation.md ("Place sufficiency") gives the reasons.
 */
final class Placement {
    /** A pool of places: a setting, for a phase and a need ({@code null}: any). */
    record Pool(Setting setting, Sufficiency.SchoolPhase phase, AreaOfNeed need) {
    }

    /** Places of a pool open from a day: the file's, scaled to the cohort and moved by the slippage. */
    record Entry(Pool pool, int places, LocalDate opens, boolean planned) {
    }

    /** A stay out of area: from {@code from} to {@code to}, both included, for a pupil who needed a place of {@code setting}. */
    record Stay(LocalDate from, LocalDate to, Setting setting) {
    }

    /**
     * One school year's pupils of a setting and phase: on its first day, how many needed a place,
     * were placed and were placed out of area; then how many joined during the year needing one, and
     * how many of those were placed out of area.
     */
    record PupilRow(LocalDate day, Setting setting, Sufficiency.SchoolPhase phase, int needing, int placed, int outOfArea, int joinedNeeding,
                    int joinedOutOfArea) {
    }

    /** One school year's places of a pool: how many, how many opened that day, how many pupils were placed in them. */
    record PoolRow(LocalDate day, Pool pool, int places, int opened, int placed) {
    }

    final List<PupilRow> pupils = new ArrayList<>();
    final List<PoolRow> pools = new ArrayList<>();
    /** Each pupil's stays out of area, by the pupil's index. */
    final Map<Integer, List<Stay>> stays = new HashMap<>();

    private Placement() {
    }

    /**
     * The places of {@code s} for this run: each entry's places scaled by {@code scale} (half up),
     * and of the planned ones {@code slippagePercent} (half up) opening a year later.
     */
    static List<Entry> entries(Sufficiency s, BigDecimal scale, BigDecimal slippagePercent, boolean withPlanned) {
        List<Entry> out = new ArrayList<>();
        for (Sufficiency.Places p : s.places()) {
            if (p.planned() && !withPlanned) {
                continue;
            }
            int places = BigDecimal.valueOf(p.places()).multiply(scale).setScale(0, RoundingMode.HALF_UP).intValueExact();
            Pool pool = new Pool(p.setting(), p.phase(), p.need());
            int late = p.planned() ? BigDecimal.valueOf(places).multiply(slippagePercent).divide(BigDecimal.valueOf(100), 0,
                    RoundingMode.HALF_UP).intValueExact() : 0;
            if (places - late > 0) {
                out.add(new Entry(pool, places - late, p.opens(), p.planned()));
            }
            if (late > 0) {
                out.add(new Entry(pool, late, p.opens().plusYears(1), true));
            }
        }
        return out;
    }

    /** The pools a pupil of these facts may take a place in, most specific first. */
    private static List<Pool> candidates(PupilFacts f) {
        List<Pool> out = new ArrayList<>(4);
        if (f.need() != null) {
            out.add(new Pool(f.setting(), f.phase(), f.need()));
        }
        out.add(new Pool(f.setting(), f.phase(), null));
        if (f.need() != null) {
            out.add(new Pool(f.setting(), null, f.need()));
        }
        out.add(new Pool(f.setting(), null, null));
        return out;
    }

    /**
     * Places the population's pupils from {@code runStart} to {@code runEnd}.
     *
     * @param facts what each case says (its setting, phase and need)
     */
    static Placement place(Population pop, CaseFacts facts, List<Entry> entries, LocalDate runStart, LocalDate runEnd) {
        Placement out = new Placement();
        List<LocalDate> rounds = new ArrayList<>();
        rounds.add(runStart);
        LocalDate sept = LocalDate.of(runStart.getYear(), Month.SEPTEMBER, 1);
        if (!sept.isAfter(runStart)) {
            sept = sept.plusYears(1);
        }
        for (; !sept.isAfter(runEnd); sept = sept.plusYears(1)) {
            rounds.add(sept);
        }
        Map<Integer, Pool> held = new HashMap<>();
        Map<Integer, Boolean> waiting = new HashMap<>();
        for (int r = 0; r < rounds.size(); r++) {
            LocalDate day = rounds.get(r);
            LocalDate previous = r == 0 ? null : rounds.get(r - 1);
            LocalDate next = r + 1 < rounds.size() ? rounds.get(r + 1) : runEnd.plusDays(1);
            Map<Pool, int[]> room = new LinkedHashMap<>();
            Map<Pool, int[]> opened = new HashMap<>();
            for (Entry e : entries) {
                if (!e.opens().isAfter(day)) {
                    room.computeIfAbsent(e.pool(), k -> new int[1])[0] += e.places();
                    if (previous != null ? e.opens().isAfter(previous) : e.opens().equals(day)) {
                        opened.computeIfAbsent(e.pool(), k -> new int[1])[0] += e.places();
                    }
                }
            }
            Map<Pool, int[]> capacity = new HashMap<>();
            room.forEach((k, v) -> capacity.put(k, new int[] {v[0]}));
            Map<Pool, int[]> placedIn = new HashMap<>();
            Map<String, int[]> byPhase = new TreeMap<>();
            Map<String, int[]> joinedByPhase = new TreeMap<>();
            // the pupils who need a place on the day: holders first, then those waiting out of area, then the rest
            List<Population.Pupil> present = new ArrayList<>();
            for (Population.Pupil p : pop.pupils) {
                if (!p.start.isAfter(day) && (p.exit == null || p.exit.isAfter(day)) && !p.supportPlanOn(day)) {
                    PupilFacts f = facts.of(p.caseOn(day));
                    if (Sufficiency.SETTINGS.contains(f.setting())) {
                        present.add(p);
                    }
                }
            }
            Map<Integer, Pool> nowHeld = new HashMap<>();
            Map<Integer, Boolean> nowWaiting = new HashMap<>();
            List<Population.Pupil> rest = new ArrayList<>();
            for (Population.Pupil p : present) {
                Pool pool = held.get(p.index);
                PupilFacts f = facts.of(p.caseOn(day));
                if (pool != null && candidates(f).contains(pool) && room.containsKey(pool) && room.get(pool)[0] > 0) {
                    room.get(pool)[0]--;
                    nowHeld.put(p.index, pool);
                    placedIn.computeIfAbsent(pool, k -> new int[1])[0]++;
                    count(byPhase, f, true);
                } else {
                    rest.add(p);
                }
            }
            Map<Integer, Boolean> waitedLastYear = waiting;
            rest.sort(Comparator.comparing((Population.Pupil p) -> !waitedLastYear.getOrDefault(p.index, false))
                    .thenComparingInt(p -> p.index));
            for (Population.Pupil p : rest) {
                out.seat(p, facts.of(p.caseOn(day)), day, next, room, placedIn, nowHeld, nowWaiting, byPhase);
            }
            // those who join during the year, in the order they join
            for (Population.Pupil p : pop.pupils) {
                if (p.start.isAfter(day) && p.start.isBefore(next) && !p.supportPlanOn(p.start)) {
                    PupilFacts f = facts.of(p.caseOn(p.start));
                    if (Sufficiency.SETTINGS.contains(f.setting())) {
                        out.seat(p, f, p.start, next, room, placedIn, nowHeld, nowWaiting, joinedByPhase);
                    }
                }
            }
            held = nowHeld;
            waiting = nowWaiting;
            java.util.TreeSet<String> keysSeen = new java.util.TreeSet<>(byPhase.keySet());
            keysSeen.addAll(joinedByPhase.keySet());
            for (String key : keysSeen) {
                String[] k = key.split(" ");
                int[] v = byPhase.getOrDefault(key, new int[2]);
                int[] j = joinedByPhase.getOrDefault(key, new int[2]);
                out.pupils.add(new PupilRow(day, Setting.valueOf(k[0]), Sufficiency.SchoolPhase.valueOf(k[1]), v[0], v[1], v[0] - v[1], j[0],
                        j[0] - j[1]));
            }
            List<Pool> keys = new ArrayList<>(capacity.keySet());
            keys.sort(Comparator.comparing((Pool p) -> p.setting()).thenComparing(p -> p.phase() == null ? 9 : p.phase().ordinal())
                    .thenComparing(p -> p.need() == null ? 9 : p.need().ordinal()));
            for (Pool k : keys) {
                out.pools.add(new PoolRow(day, k, capacity.get(k)[0], opened.containsKey(k) ? opened.get(k)[0] : 0,
                        placedIn.containsKey(k) ? placedIn.get(k)[0] : 0));
            }
        }
        return out;
    }

    /** Places one pupil from {@code from} until the day before {@code next}: in the first pool with room, or out of area. */
    private void seat(Population.Pupil p, PupilFacts f, LocalDate from, LocalDate next, Map<Pool, int[]> room, Map<Pool, int[]> placedIn,
                      Map<Integer, Pool> nowHeld, Map<Integer, Boolean> nowWaiting, Map<String, int[]> byPhase) {
        for (Pool pool : candidates(f)) {
            int[] left = room.get(pool);
            if (left != null && left[0] > 0) {
                left[0]--;
                nowHeld.put(p.index, pool);
                placedIn.computeIfAbsent(pool, k -> new int[1])[0]++;
                count(byPhase, f, true);
                return;
            }
        }
        LocalDate to = next.minusDays(1);
        if (p.exit != null && p.exit.minusDays(1).isBefore(to)) {
            to = p.exit.minusDays(1);
        }
        stays.computeIfAbsent(p.index, k -> new ArrayList<>(2)).add(new Stay(from, to, f.setting()));
        nowWaiting.put(p.index, true);
        count(byPhase, f, false);
    }

    private static void count(Map<String, int[]> byPhase, PupilFacts f, boolean placed) {
        int[] v = byPhase.computeIfAbsent(f.setting().name() + " " + f.phase().name(), k -> new int[2]);
        v[0]++;
        v[1] += placed ? 1 : 0;
    }

    /** The setting a pupil needed a place of if they are out of area on {@code day}, or {@code null}. */
    Setting outOfAreaOn(int pupil, LocalDate day) {
        List<Stay> list = stays.get(pupil);
        if (list != null) {
            for (Stay s : list) {
                if (!day.isBefore(s.from()) && !day.isAfter(s.to())) {
                    return s.setting();
                }
            }
        }
        return null;
    }

    /** Pupils out of area on some day from {@code first} to {@code last}. */
    int outOfAreaBetween(LocalDate first, LocalDate last) {
        int n = 0;
        for (List<Stay> list : stays.values()) {
            for (Stay s : list) {
                if (!s.from().isAfter(last) && !s.to().isBefore(first)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** Pupils of {@code setting} (and {@code phase}, or any) out of area on the school year's first day. */
    int outOfAreaOn(LocalDate day, Setting setting, Sufficiency.SchoolPhase phase) {
        int n = 0;
        for (PupilRow r : pupils) {
            if (r.day().equals(day) && r.setting() == setting && (phase == null || r.phase() == phase)) {
                n += r.outOfArea();
            }
        }
        return n;
    }
}
