package org.senrules.core.internal;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renames the local variables of rule consequences that the executable model's parser takes for
 * its own keywords. Drools compiles a consequence at run time as Java, where {@code unit} and
 * {@code when} are ordinary names; the executable model parses it with its DRL-extended Java
 * parser first, which reserves {@code unit}, {@code rule}, {@code when}, {@code not}, {@code or}
 * and {@code and} and fails ("Found Money, expected }"). Renaming a local variable everywhere
 * in its consequence changes nothing a decision shows, and the rule file itself is left as the
 * authors wrote it (the engine checks the model against the hash of that text).
 *
 * <p>It also writes {@code drools} as {@code ((RuleContext) drools)}: the executable model types
 * the variable as its own {@code org.drools.model.Drools}, which the engine's {@code explain} and
 * {@code criteria} globals do not take; the object behind it is Drools' {@code DroolsImpl}, which
 * is a {@code RuleContext}, so the cast always holds.
 *
 * <p>Only whole words inside {@code then ... end}, outside string and character literals and
 * comments, not after a dot (a member) and not before an opening parenthesis (a call) are renamed.
 *
 * <p>Used by the packs' build (sen-rules-build, on the class path) and by the engine when it
 * compiles rule files at run time ({@link RuleTextCompiler}), so that a rule file compiles the
 * same way on both paths. Public for the build only: the package is not exported.
 */
public final class ConsequenceWords {
    static final Set<String> RESERVED = Set.of("unit", "rule", "when", "not", "or", "and");
    static final String PREFIX = "senrulesLocal_";
    /** {@code drools} seen as the KIE API's rule context, as the runtime compiler types it. */
    static final String RULE_CONTEXT = "((org.kie.api.runtime.rule.RuleContext) drools)";
    private static final Pattern THEN = Pattern.compile("^[ \\t]*then[ \\t]*(//.*)?$");
    private static final Pattern END = Pattern.compile("^[ \\t]*end[ \\t]*(//.*)?$");

    private ConsequenceWords() {
    }

    /** The rule file with the consequences' reserved local names renamed; the rest of the text as it was. */
    public static String rewrite(String drl) {
        StringBuilder out = new StringBuilder(drl.length() + 64);
        boolean inConsequence = false;
        boolean inBlockComment = false;
        for (String line : drl.split("(?<=\n)", -1)) {
            String bare = line.endsWith("\n") ? line.substring(0, line.length() - 1).replace("\r", "") : line;
            if (!inConsequence) {
                out.append(line);
                inConsequence = THEN.matcher(bare).matches();
                continue;
            }
            if (!inBlockComment && END.matcher(bare).matches()) {
                out.append(line);
                inConsequence = false;
                continue;
            }
            inBlockComment = rewriteLine(line, inBlockComment, out);
        }
        return out.toString();
    }

    /** Appends the line with reserved words renamed; returns whether a block comment is still open. */
    private static boolean rewriteLine(String line, boolean inBlockComment, StringBuilder out) {
        int i = 0;
        int n = line.length();
        boolean comment = inBlockComment;
        while (i < n) {
            char c = line.charAt(i);
            if (comment) {
                int close = line.indexOf("*/", i);
                int stop = close < 0 ? n : close + 2;
                out.append(line, i, stop);
                i = stop;
                comment = close < 0;
            } else if (c == '/' && i + 1 < n && line.charAt(i + 1) == '/') {
                out.append(line, i, n);
                i = n;
            } else if (c == '/' && i + 1 < n && line.charAt(i + 1) == '*') {
                out.append("/*");
                i += 2;
                comment = true;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && line.charAt(j) != c) {
                    j += line.charAt(j) == '\\' ? 2 : 1;
                }
                int stop = Math.min(n, j + 1);
                out.append(line, i, stop);
                i = stop;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i + 1;
                while (j < n && Character.isJavaIdentifierPart(line.charAt(j))) {
                    j++;
                }
                String word = line.substring(i, j);
                if (word.equals("drools") && !afterDot(line, i)) {
                    out.append(RULE_CONTEXT);
                } else {
                    out.append(RESERVED.contains(word) && !afterDot(line, i) && !beforeParen(line, j) ? PREFIX + word : word);
                }
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return comment;
    }

    private static boolean afterDot(String line, int at) {
        int k = at - 1;
        while (k >= 0 && Character.isWhitespace(line.charAt(k))) {
            k--;
        }
        return k >= 0 && line.charAt(k) == '.';
    }

    private static boolean beforeParen(String line, int at) {
        Matcher m = Pattern.compile("\\G\\s*\\(").matcher(line);
        return m.find(at);
    }
}
