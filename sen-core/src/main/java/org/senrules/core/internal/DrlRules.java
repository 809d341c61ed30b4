package org.senrules.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules written in a DRL text, found without compiling it: each rule's name, {@code @id},
 * line and a hash of its text. This is what lets the engine say which rules an edit added,
 * removed or changed, and notice a file cut off between two rules, which still compiles.
 */
final class DrlRules {
    private static final Pattern RULE = Pattern.compile("^[ \\t]*rule[ \\t]+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))", Pattern.MULTILINE);
    private static final Pattern END = Pattern.compile("^[ \\t]*end\\b", Pattern.MULTILINE);
    private static final Pattern ID = Pattern.compile("@id\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");

    /** One rule of a file. */
    record Written(String id, String name, int line, String hash) {
    }

    private DrlRules() {
    }

    static List<Written> parse(String text) {
        List<Written> out = new ArrayList<>();
        for (Block b : blocks(text)) {
            Matcher id = ID.matcher(b.text());
            String ruleId = id.find() && !id.group(1).isBlank() ? id.group(1).strip() : RuleMetadata.kebab(b.name());
            out.add(new Written(ruleId, b.name(), b.line(), sha256(normalise(b.text()))));
        }
        return out;
    }

    /** One rule's text, from {@code rule} to its {@code end}, and the line it starts on. */
    record Block(String name, int line, String text) {
    }

    /** Each rule's text, in file order. */
    static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        Matcher m = RULE.matcher(text);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            Matcher end = END.matcher(text);
            int stop = end.find(m.end()) ? end.end() : text.length();
            out.add(new Block(name, lineAt(text, m.start()), text.substring(m.start(), stop)));
        }
        return out;
    }

    static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Whitespace and line-end differences are not changes to a rule. */
    private static String normalise(String body) {
        return body.replaceAll("\\s+", " ").strip();
    }

    static String sha256(String text) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
