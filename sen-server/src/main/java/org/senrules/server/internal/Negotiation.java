package org.senrules.server.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reading an {@code Accept} header (RFC 9110, 12.5.1): media ranges with {@code q} weights. The
 * header is the client's text, so it is read within bounds (at most 32 ranges, each looked at
 * only for its type and {@code q}) and never repeated.
 */
final class Negotiation {
    private static final int MAX_RANGES = 32;

    private Negotiation() {
    }

    /** One media range of the header, its weight, and where it stood (earlier wins a tie). */
    private record Range(String type, String subtype, double q, int index) {
        /** 3 for an exact match, 2 for {@code type/*}, 1 for {@code *}{@code /*}, 0 for none. */
        int matches(String offered) {
            int slash = offered.indexOf('/');
            String t = offered.substring(0, slash);
            String s = offered.substring(slash + 1);
            if (type.equals("*") && subtype.equals("*")) {
                return 1;
            }
            if (!type.equals(t)) {
                return 0;
            }
            return subtype.equals("*") ? 2 : subtype.equals(s) ? 3 : 0;
        }
    }

    /**
     * Which of {@code offered} (in the server's order of preference) the client takes: the one
     * with the highest weight by its most specific matching range, ties going to the range the
     * client named first, then to the server's order; the first offered when there is no header;
     * {@code null} when the client accepts none of them.
     */
    static String best(String accept, List<String> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        List<Range> ranges = parse(accept);
        if (ranges.isEmpty()) {
            return offered.get(0); // nothing readable: as if no header was sent
        }
        String best = null;
        double bestQ = 0;
        int bestIndex = Integer.MAX_VALUE;
        for (String o : offered) {
            Range chosen = null;
            int specificity = 0;
            for (Range r : ranges) {
                int m = r.matches(o);
                if (m > specificity) {
                    specificity = m;
                    chosen = r;
                }
            }
            if (chosen == null || chosen.q() <= 0) {
                continue;
            }
            if (chosen.q() > bestQ || chosen.q() == bestQ && chosen.index() < bestIndex) {
                best = o;
                bestQ = chosen.q();
                bestIndex = chosen.index();
            }
        }
        return best;
    }

    private static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        String[] parts = accept.split(",", MAX_RANGES + 1);
        for (int i = 0; i < Math.min(parts.length, MAX_RANGES); i++) {
            String[] params = parts[i].split(";");
            String media = params[0].trim().toLowerCase(Locale.ROOT);
            int slash = media.indexOf('/');
            if (slash <= 0 || slash == media.length() - 1) {
                continue;
            }
            double q = 1;
            for (int p = 1; p < params.length; p++) {
                String param = params[p].trim().toLowerCase(Locale.ROOT);
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2).trim());
                    } catch (NumberFormatException e) {
                        q = 0; // an unreadable weight counts as "not acceptable"
                    }
                }
            }
            out.add(new Range(media.substring(0, slash), media.substring(slash + 1), Math.max(0, Math.min(1, q)), i));
        }
        return out;
    }
}
