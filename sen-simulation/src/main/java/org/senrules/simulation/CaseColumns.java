package org.senrules.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.senrules.core.domain.AreaOfNeed;
import org.senrules.core.domain.Setting;

/**
 * What one policy's winners-and-losers tables need of each case, in cohort order, stored
 * compactly: the money in pence, and (where kept) the band, area of need and setting as small
 * codes. A band is one of a handful of texts, so it is kept once and each case holds its number;
 * an area of need and a setting are kept by their place in the enum. At England's scale
 * (1,700,000 cases × 8 policies) this is about 15 bytes a case a policy, not four references
 * to a new string each. Grows as cases are added, so a streamed cohort of unknown size needs no
 * second pass. Not thread-safe: the simulator adds to it from one thread, in cohort order.
 */
final class CaseColumns {
    /** The code of no area (the rule set declares no need) and of no setting. */
    static final int NONE = 0;
    private static final String[] AREAS = areas();
    private static final Setting[] SETTINGS = Setting.values();
    /** Codes an area of need may have: {@link #NONE}, each {@link AreaOfNeed}, then {@link Simulation#NO_AREA}. */
    static final int AREA_CODES = AREAS.length;
    /** Codes a setting may have: {@link #NONE}, then each {@link Setting}. */
    static final int SETTING_CODES = SETTINGS.length + 1;

    private final boolean detailed;
    private long[] pence;
    private int[] band;
    private byte[] area;
    private byte[] setting;
    private int size;
    private final Map<String, Integer> bandCodes = new HashMap<>();
    private final List<String> bands = new ArrayList<>();

    /**
     * @param detailed whether the band, area and setting are kept as well as the money: only
     *                 {@code current}'s (the tables are by current's band, area and setting) and a
     *                 compared parameter set's are read
     * @param capacity the cases expected, or 0 when not known
     */
    CaseColumns(boolean detailed, int capacity) {
        this.detailed = detailed;
        int c = Math.max(16, capacity);
        this.pence = new long[c];
        if (detailed) {
            this.band = new int[c];
            this.area = new byte[c];
            this.setting = new byte[c];
        }
    }

    private static String[] areas() {
        AreaOfNeed[] all = AreaOfNeed.values();
        String[] out = new String[all.length + 2];
        for (int i = 0; i < all.length; i++) {
            out[i + 1] = all[i].title();
        }
        out[all.length + 1] = Simulation.NO_AREA;
        return out;
    }

    /** Adds the next case: its money, band (never null), area title (or null) and setting (or null). */
    void add(long money, String bandText, String areaTitle, Setting settingOf) {
        if (size == pence.length) {
            int grown = size + (size >> 1) + 16;
            pence = Arrays.copyOf(pence, grown);
            if (detailed) {
                band = Arrays.copyOf(band, grown);
                area = Arrays.copyOf(area, grown);
                setting = Arrays.copyOf(setting, grown);
            }
        }
        pence[size] = money;
        if (detailed) {
            band[size] = bandCode(bandText);
            area[size] = areaCode(areaTitle);
            setting[size] = settingOf == null ? (byte) NONE : (byte) (settingOf.ordinal() + 1);
        }
        size++;
    }

    private int bandCode(String text) {
        Integer code = bandCodes.get(text);
        if (code == null) {
            code = bands.size();
            bands.add(text);
            bandCodes.put(text, code);
        }
        return code;
    }

    private static byte areaCode(String title) {
        if (title == null) {
            return (byte) NONE;
        }
        for (int i = 1; i < AREAS.length; i++) {
            if (AREAS[i].equals(title)) {
                return (byte) i;
            }
        }
        throw new IllegalArgumentException("no area of need is called " + title);
    }

    int size() {
        return size;
    }

    long pence(int i) {
        return pence[i];
    }

    /** The band of case {@code i}; {@code ""} when none. */
    String band(int i) {
        return bands.get(bandCode(i));
    }

    /** The number standing for case {@code i}'s band; {@link #bandOf(int)} gives its text. */
    int bandCode(int i) {
        requireDetail();
        return band[i];
    }

    /** The text of a band number. */
    String bandOf(int code) {
        return bands.get(code);
    }

    /** How many distinct bands there are. */
    int bandCount() {
        return bands.size();
    }

    /** The area-of-need title of case {@code i}, or null when the rule set declares no need. */
    String area(int i) {
        requireDetail();
        return AREAS[area[i]];
    }

    /** The setting title of case {@code i}, or null when the rule set declares no setting. */
    String setting(int i) {
        requireDetail();
        return setting[i] == NONE ? null : SETTINGS[setting[i] - 1].title();
    }

    /** The code of case {@code i}'s area of need, {@link #NONE} when none. */
    int areaCode(int i) {
        requireDetail();
        return area[i];
    }

    /** The code of case {@code i}'s setting, {@link #NONE} when none. */
    int settingCode(int i) {
        requireDetail();
        return setting[i];
    }

    private void requireDetail() {
        if (!detailed) {
            throw new IllegalStateException("only current's and a compared parameter set's bands, areas and settings are kept");
        }
    }
}
