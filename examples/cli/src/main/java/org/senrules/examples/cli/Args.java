package org.senrules.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one verb: positional arguments, options with values ({@code --out DIR} or
 * {@code --out=DIR}, repeatable) and switches ({@code --explain}). Unknown options are usage
 * errors, so a typo never passes silently.
 */
final class Args {
    private final List<String> positional = new ArrayList<>();
    private final Map<String, List<String>> options = new LinkedHashMap<>();

    private Args() {
    }

    static Args parse(String verb, List<String> argv, Set<String> valued, Set<String> switches) {
        Args a = new Args();
        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            if (arg.startsWith("--")) {
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                if (switches.contains(name) && value == null) {
                    a.options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= argv.size()) {
                            throw new UsageException(name + " needs a value");
                        }
                        value = argv.get(++i);
                    }
                    a.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else {
                    List<String> known = new ArrayList<>(valued);
                    known.addAll(switches);
                    known.sort(null);
                    // the option is not repeated (it may be anything): its position, and the nearest option, instead
                    String near = Words.nearest(name, known);
                    throw new UsageException("argument " + (i + 1) + " is not an option of '" + verb + "'"
                            + (near == null ? "" : " (did you mean " + near + "?)") + "; its options are "
                            + (known.isEmpty() ? "none" : String.join(" ", known)));
                }
            } else {
                a.positional.add(arg);
            }
        }
        return a;
    }

    List<String> positional() {
        return positional;
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    Optional<String> value(String name) {
        List<String> v = options.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (v.size() > 1) {
            throw new UsageException(name + " is given more than once");
        }
        return Optional.of(v.get(0));
    }

    List<String> values(String name) {
        return options.getOrDefault(name, List.of());
    }

    int intValue(String name, int defaultValue, int min, int max) {
        Optional<String> v = value(name);
        if (v.isEmpty()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.get().replace(",", "").replace("_", ""));
            if (n < min || n > max) {
                throw new UsageException(name + " must be from " + min + " to " + String.format("%,d", max) + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not \"" + v.get() + "\"");
        }
    }

    /**
     * A number of days written {@code 90d} (or {@code 13w} for weeks), from 0 to {@code max}; the
     * default when the option is not given.
     */
    int days(String name, int defaultValue, int max) {
        Optional<String> v = value(name);
        if (v.isEmpty()) {
            return defaultValue;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,5})([dw])").matcher(v.get());
        if (!m.matches()) {
            throw new UsageException(name + " takes a number of days or weeks such as 90d or 13w");
        }
        int days = Integer.parseInt(m.group(1)) * (m.group(2).equals("w") ? 7 : 1);
        if (days > max) {
            throw new UsageException(name + " is at most " + String.format("%,d", max) + " days");
        }
        return days;
    }

    /** A date option written yyyy-MM-dd, or the default when not given. */
    java.time.LocalDate date(String name, java.time.LocalDate defaultValue) {
        Optional<String> v = value(name);
        if (v.isEmpty()) {
            return defaultValue;
        }
        try {
            return java.time.LocalDate.parse(v.get());
        } catch (java.time.format.DateTimeParseException e) {
            throw new UsageException(name + " takes a date written yyyy-MM-dd");
        }
    }

    /** The one positional argument a verb takes, or a usage error naming it. */
    String single(String what) {
        if (positional.size() != 1) {
            throw new UsageException(positional.isEmpty() ? "missing " + what : "expected one " + what + ", got " + positional);
        }
        return positional.get(0);
    }

    void noPositional(String verb) {
        if (!positional.isEmpty()) {
            throw new UsageException("'" + verb + "' takes no file argument, got " + positional);
        }
    }
}
