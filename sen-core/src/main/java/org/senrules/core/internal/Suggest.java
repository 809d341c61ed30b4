package org.senrules.core.internal;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean" for names a user typed: the closest known name by edit distance, when it is
 * close enough to be the likely intent.
 */
public final class Suggest {
    private Suggest() {
    }

    /** The closest of {@code known} to {@code typed}, or null when none is close. */
    public static String closest(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String t = typed.toLowerCase(Locale.ROOT);
        for (String k : known) {
            String lower = k.toLowerCase(Locale.ROOT);
            int d = distance(t, lower);
            if (Math.min(t.length(), lower.length()) >= 4 && (lower.contains(t) || t.contains(lower))) {
                // "MAINSTREAM" for "MAINSTREAM_SCHOOL": a part of the name is a likely intent too
                d = Math.min(d, 1);
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        // a third of the name, at least two edits: "ssp-top-up" finds "sspp-top-up", "README" finds nothing
        int allowed = Math.max(2, t.length() / 3);
        return best != null && bestDistance <= allowed ? best : null;
    }

    /** {@code "; did you mean X?"} or nothing. */
    public static String didYouMean(String typed, Collection<String> known) {
        String c = closest(typed, known);
        return c == null ? "" : "; did you mean " + c + "?";
    }

    /** {@code "; did you mean X?"}, or {@code "."} to end the sentence when nothing is close. */
    public static String didYouMeanOrStop(String typed, Collection<String> known) {
        String c = closest(typed, known);
        return c == null ? "." : "; did you mean " + c + "?";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
