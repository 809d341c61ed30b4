package org.senrules.oag;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Phase;
import org.senrules.core.internal.json.LocatedJson;

/**
 * Reads and validates a catalogue file. Every fault is collected, with its line and field, before
 * anything is returned: a council fixing its file sees them all at once.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
final class CatalogueReader {
    static final int PRINCIPLES = 10;
    private static final int MAX_TEXT = 300;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> ROOT = Set.of("$comment", "title", "illustrative", "phases", "principles", "items");
    private static final Set<String> PHASE = Set.of("phase", "title", "status", "from", "draft");
    private static final Set<String> PRINCIPLE = Set.of("number", "title", "status", "summary", "source");
    private static final Set<String> ITEM = Set.of("id", "area", "versions", "$comment");
    private static final Set<String> VERSION = Set.of("from", "until", "phases", "description");
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(10_000)
                    .maxDocumentLength(16L * 1024 * 1024).build())
            .build();

    private final String label;
    private LocatedJson located;
    private final List<String> faults = new ArrayList<>();

    private CatalogueReader(String label) {
        this.label = label;
    }

    static OagCatalogue read(String json, String label) {
        return new CatalogueReader(label).read(json);
    }

    private OagCatalogue read(String text) {
        // the engine's one rule for every kind of file (docs/security.md): a leading byte-order mark is skipped
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        JsonNode root;
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() == null) {
                throw new OagCatalogueException(label, List.of(label + ": the file is empty"));
            }
            located = LocatedJson.read(p);
            root = located.root();
            if (p.nextToken() != null) {
                throw new OagCatalogueException(label, List.of(label + " line " + p.currentLocation().getLineNr()
                        + ": unexpected content after the catalogue object"));
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new OagCatalogueException(label, List.of(label + " line " + line + ": not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new OagCatalogueException(label, List.of(label + ": cannot be read: " + e.getMessage()));
        }
        if (!root.isObject()) {
            throw new OagCatalogueException(label, List.of(label + " line 1: a catalogue is a JSON object with the fields " + ROOT));
        }
        unknownFields(root, "", ROOT);
        String title = text(root, "title", "", true);
        boolean illustrative = flag(root, "illustrative", "");
        List<OagPhaseGuidance> phases = phases(root);
        Set<Phase> declared = phases.stream().map(OagPhaseGuidance::phase).collect(Collectors.toCollection(() -> EnumSet.noneOf(Phase.class)));
        List<OagPrinciple> principles = principles(root);
        Map<String, List<OagItem>> items = items(root, declared);
        if (!faults.isEmpty()) {
            throw new OagCatalogueException(label, faults);
        }
        return new OagCatalogue(label, title, illustrative, phases, principles, items);
    }

    private List<OagPhaseGuidance> phases(JsonNode root) {
        List<OagPhaseGuidance> out = new ArrayList<>();
        JsonNode list = array(root, "phases", "");
        Set<Phase> seen = EnumSet.noneOf(Phase.class);
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String path = "phases[" + i + "]";
            if (!object(p, path, PHASE)) {
                continue;
            }
            Phase phase = phase(p.get("phase"), p, path + ".phase");
            String title = text(p, "title", path, true);
            String status = text(p, "status", path, true);
            LocalDate from = date(p, "from", path, false);
            boolean draft = optionalFlag(p, "draft", path);
            if (phase != null && !seen.add(phase)) {
                fault(p, path + ".phase", "phase " + phase + " is listed twice");
            } else if (phase != null && title != null && status != null) {
                out.add(new OagPhaseGuidance(phase, title, status, from, draft));
            }
        }
        if (list.size() == 0 && list.isArray()) {
            fault(list, "phases", "must list at least one phase");
        }
        return out;
    }

    private List<OagPrinciple> principles(JsonNode root) {
        List<OagPrinciple> out = new ArrayList<>();
        JsonNode list = array(root, "principles", "");
        if (list.isArray() && list.size() != PRINCIPLES) {
            fault(list, "principles", "Section One has " + PRINCIPLES + " principles: list " + PRINCIPLES
                    + " slots, marking those without the council's text as AWAITING_COUNCIL_TEXT (found " + list.size() + ")");
        }
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String path = "principles[" + i + "]";
            if (!object(p, path, PRINCIPLE)) {
                continue;
            }
            JsonNode n = p.get("number");
            Integer number = null;
            if (n == null || !n.isInt() || n.intValue() < 1 || n.intValue() > PRINCIPLES) {
                fault(p, path + ".number", "is required, a whole number from 1 to " + PRINCIPLES);
            } else if (!numbers.add(n.intValue())) {
                fault(p, path + ".number", "principle " + n.intValue() + " is listed twice");
            } else {
                number = n.intValue();
            }
            OagPrinciple.Status status = null;
            JsonNode s = p.get("status");
            if (s == null || !s.isTextual()) {
                fault(p, path + ".status", "is required, one of " + Arrays.toString(OagPrinciple.Status.values()));
            } else {
                try {
                    status = OagPrinciple.Status.valueOf(s.textValue());
                } catch (IllegalArgumentException e) {
                    fault(p, path + ".status", "unknown status \"" + s.textValue() + "\"; the statuses are "
                            + Arrays.toString(OagPrinciple.Status.values()));
                }
            }
            boolean published = status == OagPrinciple.Status.PUBLISHED;
            String title = text(p, "title", path, published);
            String summary = text(p, "summary", path, false);
            String source = text(p, "source", path, published);
            if (number != null && status != null) {
                out.add(new OagPrinciple(number, title, status, summary, source));
            }
        }
        out.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return out;
    }

    private Map<String, List<OagItem>> items(JsonNode root, Set<Phase> declared) {
        Map<String, List<OagItem>> out = new LinkedHashMap<>();
        JsonNode list = array(root, "items", "");
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String path = "items[" + i + "]";
            if (!object(item, path, ITEM)) {
                continue;
            }
            String id = text(item, "id", path, true);
            if (id != null && !ID.matcher(id).matches()) {
                fault(item, path + ".id", "\"" + id + "\" is not an item id: use lower-case letters and digits, "
                        + "separated by dots or hyphens, such as \"autism.visual-timetable\"");
                id = null;
            } else if (id != null && out.containsKey(id)) {
                fault(item, path + ".id", "duplicate item id \"" + id + "\": each item appears once, with all its versions in \"versions\"");
                id = null;
            }
            OagArea area = area(item.get("area"), item, path + ".area");
            List<OagItem> versions = versions(item, path, id, area, declared);
            if (id != null && area != null && versions != null) {
                out.put(id, versions);
            }
        }
        return out;
    }

    private List<OagItem> versions(JsonNode item, String path, String id, OagArea area, Set<Phase> declared) {
        JsonNode list = array(item, "versions", path);
        if (list.isArray() && list.size() == 0) {
            fault(list, path + ".versions", "must have at least one version");
        }
        List<OagItem> out = new ArrayList<>();
        boolean ok = list.size() > 0;
        OagItem previous = null;
        for (int j = 0; j < list.size(); j++) {
            JsonNode v = list.get(j);
            String vpath = path + ".versions[" + j + "]";
            if (!object(v, vpath, VERSION)) {
                ok = false;
                continue;
            }
            LocalDate from = date(v, "from", vpath, true);
            LocalDate until = date(v, "until", vpath, false);
            String description = text(v, "description", vpath, true);
            Set<Phase> phases = EnumSet.noneOf(Phase.class);
            JsonNode ps = array(v, "phases", vpath);
            if (ps.isArray() && ps.size() == 0) {
                fault(ps, vpath + ".phases", "must list at least one phase");
                ok = false;
            }
            for (int k = 0; k < ps.size(); k++) {
                Phase p = phase(ps.get(k), ps, vpath + ".phases[" + k + "]");
                if (p == null) {
                    ok = false;
                } else if (!declared.contains(p)) {
                    fault(ps, vpath + ".phases[" + k + "]", "phase " + p + " is not one of the catalogue's phases " + declared);
                    ok = false;
                } else if (!phases.add(p)) {
                    fault(ps, vpath + ".phases[" + k + "]", "phase " + p + " is listed twice");
                }
            }
            if (from == null || description == null) {
                ok = false;
                continue;
            }
            if (until != null && until.isBefore(from)) {
                fault(v, vpath + ".until", "ends before the version starts (" + from + ")");
                ok = false;
                continue;
            }
            if (previous != null && (previous.until() == null || !from.isAfter(previous.until()))) {
                fault(v, vpath + ".from", "overlaps the previous version: versions are in date order, each starting after "
                        + "the previous one's \"until\"");
                ok = false;
            }
            if (ok && id != null && area != null) {
                previous = new OagItem(id, area, from, until, phases, description);
                out.add(previous);
            }
        }
        return ok ? out : null;
    }

    private Phase phase(JsonNode node, JsonNode parent, String path) {
        if (node == null || !node.isTextual()) {
            fault(parent, path, "is required, one of " + Arrays.toString(Phase.values()));
            return null;
        }
        try {
            return Phase.valueOf(node.textValue());
        } catch (IllegalArgumentException e) {
            fault(parent, path, "unknown phase \"" + node.textValue() + "\"; the phases are " + Arrays.toString(Phase.values()));
            return null;
        }
    }

    private OagArea area(JsonNode node, JsonNode parent, String path) {
        if (node == null || !node.isTextual()) {
            fault(parent, path, "is required, one of " + Arrays.toString(OagArea.values()));
            return null;
        }
        try {
            return OagArea.valueOf(node.textValue());
        } catch (IllegalArgumentException e) {
            fault(parent, path, "unknown area \"" + node.textValue() + "\"; the Section Two areas are " + Arrays.toString(OagArea.values()));
            return null;
        }
    }

    private boolean object(JsonNode node, String path, Set<String> fields) {
        if (!node.isObject()) {
            fault(node, path, "must be an object with the fields " + fields);
            return false;
        }
        unknownFields(node, path, fields);
        return true;
    }

    private void unknownFields(JsonNode node, String path, Set<String> fields) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!fields.contains(name)) {
                fault(node, join(path, name), "unknown field; the fields are " + fields.stream().sorted().toList());
            }
        }
    }

    private JsonNode array(JsonNode parent, String name, String path) {
        JsonNode a = parent.get(name);
        if (a == null || !a.isArray()) {
            fault(parent, join(path, name), "is required, a list");
            return JsonNodeFactory.instance.arrayNode();
        }
        return a;
    }

    private String text(JsonNode parent, String name, String path, boolean required) {
        JsonNode t = parent.get(name);
        if (t == null || t.isNull()) {
            if (required) {
                fault(parent, join(path, name), "is required");
            }
            return null;
        }
        if (!t.isTextual() || t.textValue().isBlank()) {
            fault(parent, join(path, name), "must be non-empty text");
            return null;
        }
        String s = t.textValue();
        if (s.length() > MAX_TEXT || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            fault(parent, join(path, name), "must be one line of at most " + MAX_TEXT + " characters");
            return null;
        }
        return s;
    }

    private boolean flag(JsonNode parent, String name, String path) {
        JsonNode t = parent.get(name);
        if (t == null || !t.isBoolean()) {
            fault(parent, join(path, name), "is required, true or false (true for an example catalogue that is not the council's guidance)");
            return true;
        }
        return t.booleanValue();
    }

    private boolean optionalFlag(JsonNode parent, String name, String path) {
        JsonNode t = parent.get(name);
        if (t == null || t.isNull()) {
            return false;
        }
        if (!t.isBoolean()) {
            fault(parent, join(path, name), "must be true or false (true while that phase's guidance is a draft being tested)");
            return false;
        }
        return t.booleanValue();
    }

    private LocalDate date(JsonNode parent, String name, String path, boolean required) {
        JsonNode t = parent.get(name);
        if (t == null || t.isNull()) {
            if (required) {
                fault(parent, join(path, name), "is required, a date written yyyy-MM-dd");
            }
            return null;
        }
        if (!t.isTextual() || !ISO_DATE.matcher(t.textValue()).matches()) {
            fault(parent, join(path, name), "must be a date written yyyy-MM-dd");
            return null;
        }
        try {
            return LocalDate.parse(t.textValue());
        } catch (DateTimeParseException e) {
            fault(parent, join(path, name), "is not a real date: " + t.textValue());
            return null;
        }
    }

    private void fault(JsonNode near, String path, String message) {
        faults.add(label + " line " + located.lineOf(near) + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
