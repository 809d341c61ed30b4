package org.senrules.examples.cli;

/** Small helpers for the report's words. */
final class SimulationFilesWords {
    private SimulationFilesWords() {
    }

    /** {@code text} as a sentence: its first letter a capital, ending in a full stop. */
    static String sentence(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String s = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return s.endsWith(".") || s.endsWith(")") && s.endsWith(".)") ? s : s + ".";
    }
}
