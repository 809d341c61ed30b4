package org.senrules.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.internal.json.LocatedJson;

/**
 * One rule set's declaration, {@code <id>.rule-set.json}, or a pack's shared values,
 * {@code <id>.shared.json}: every name of the rule set written once, with its type, range, wording
 * and dated values. The build generates the Java types from it (sen-rules-build's TypesGenerator);
 * the engine reads the same file for parameters, criteria, policies, phases and what the
 * simulator adds up. A rule author's copy in a rules folder replaces it.
 *
 * <p>Read strictly: an unknown key, a wrong type or a missing part is a problem with file and
 * line, never skipped. {@code $comment} keys document a file anywhere and are the only keys
 * ignored.
 *
 * @param json       the parsed file, with the line of every node
 * @param shared     whether this is a pack's shared values ({@code <id>.shared.json}) rather than a rule set
 * @param rules      the rule files, relative to the declaration's folder
 * @param sources    the pack's sources file, relative to the declaration's folder, or null
 * @param sharedSets the ids of the shared value sets this rule set reads
 * @param policies   the policies object, or null
 * @param roles      the roles the rule set plays for the simulator ({@code "roles"}), or null
 */
public record Declaration(String file, LocatedJson json, boolean shared, String id, String version, String title, Java java,
                          List<String> rules, List<String> phases, String sources, List<String> sharedSets, Map<String, TypeRef> imports,
                          TypeDecl caseType, TypeDecl outcomeType, Map<String, TypeDecl> records, Map<String, Parameter> parameters,
                          Map<String, Criterion> criteria, JsonNode policies, List<JsonNode> checks, JsonNode summary, JsonNode trajectory,
                          JsonNode roles) {
    /** The file name suffix of a rule set's declaration. */
    public static final String RULE_SET_SUFFIX = ".rule-set.json";
    /** The file name suffix of a pack's shared values. */
    public static final String SHARED_SUFFIX = ".shared.json";

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern JAVA_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9.]*)(?:\\|([^{}]*))?}");
    /** The vocabulary of sen-core that a declaration names without importing it. */
    static final Map<String, String> CORE_TYPES = Map.ofEntries(
            Map.entry("PlanStatus", "enum org.senrules.core.domain.PlanStatus"),
            Map.entry("Setting", "enum org.senrules.core.domain.Setting"),
            Map.entry("PrimaryNeed", "enum org.senrules.core.domain.PrimaryNeed"),
            Map.entry("Phase", "enum org.senrules.core.domain.Phase"),
            Map.entry("AreaOfNeed", "enum org.senrules.core.domain.AreaOfNeed"));
    static final List<String> SCALARS = List.of("text", "flag", "integer", "long", "date", "money", "financial-year");

    /** The Java names the build gives the generated types; {@code null} parts are not generated. */
    public record Java(String packageName, String handle, String caseName, String outcomeName, String valuesName) {
    }

    /** A type a field may have: a scalar word, a named enum or record, or a list of either. */
    public record TypeUse(String name, boolean list) {
        /** Whether the item type is one of {@link Declaration#SCALARS}. */
        public boolean scalar() {
            return SCALARS.contains(name);
        }

        @Override
        public String toString() {
            return list ? "list of " + name : name;
        }
    }

    /** An imported type: its kind ({@code enum}, {@code record} or {@code interface}) and its qualified name. */
    public record TypeRef(String kind, String qualifiedName) {
        public String simpleName() {
            return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        }
    }

    /**
     * A declared field of a case, an outcome or a record; {@code sorted} (an outcome's list) keeps
     * its items in their natural order, each at most once, whatever order the rules add them in;
     * {@code defaultFrom} (an optional text field of a case class) names the field whose text it
     * takes when absent, as a forecast's id is its financial year.
     */
    public record Field(String name, TypeUse type, String label, String description, boolean optional, boolean nullable,
                        Long min, Long max, Integer maxLength, boolean nonNegative, String pattern, String patternText,
                        boolean unique, String uniqueBy, Integer minItems, JsonNode initial, String adder, boolean sorted,
                        String defaultFrom, int line) {
    }

    /**
     * A declared case, outcome or record type: its fields in contract order. {@code javaRecord}: the
     * case is generated as a Java record (its components are its fields); {@code nested}: a record
     * generated inside the case type rather than beside it.
     */
    public record TypeDecl(String name, String description, String idField, List<String> implementsTypes,
                           Map<String, Field> fields, List<JsonNode> consistency, boolean javaRecord, boolean nested, int line) {
    }

    /** A declared parameter: its type and metadata; {@code values} is the node of its dated values. */
    public record Parameter(String name, String type, String description, String unit, boolean none, Integer min, Integer max,
                            java.time.Period reviewEvery, JsonNode keys, JsonNode keysWithin, JsonNode allowed, Integer rowLength,
                            boolean nonDecreasingRows, Integer rowValuesAtLeast, boolean nonDecreasingByNumericKey,
                            JsonNode values, int line) {
    }

    /** A declared criterion: what it stands for, and the reason given when it is not met. */
    public record Criterion(String id, String is, String otherwise, int line) {
        /** The names in braces in {@link #otherwise}, in order. */
        public List<String> placeholders() {
            return Declaration.placeholders(otherwise);
        }
    }

    /** The names in braces in a reason template: {@code "{cycles} of {needed|plural:cycle}"} gives cycles, needed. */
    static List<String> placeholders(String template) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Reads a declaration; problems go to {@code problems} and a declaration with errors is null. */
    public static Declaration read(String text, String file, List<RuleSetProblem> problems) {
        LocatedJson json;
        try {
            json = LocatedJson.parse(text);
        } catch (IOException e) {
            problems.add(RuleSetProblem.error(file, ParameterFile.lineOf(e), "not valid JSON: " + ParameterFile.message(e)));
            return null;
        }
        int before = ParameterFile.errors(problems);
        Reader r = new Reader(file, json, file.endsWith(SHARED_SUFFIX), problems);
        r.read();
        return ParameterFile.errors(problems) > before ? null : new Declaration(r.file, r.json, r.shared, r.id, r.version, r.title,
                r.java, List.copyOf(r.rules), List.copyOf(r.phases), r.sources, List.copyOf(r.sharedSets), Collections.unmodifiableMap(r.imports),
                r.caseType, r.outcomeType, Collections.unmodifiableMap(r.records), Collections.unmodifiableMap(r.parameters),
                Collections.unmodifiableMap(r.criteria), r.policies, List.copyOf(r.checks), r.summary, r.trajectory, r.roles);
    }

    /** The line of a node of this file. */
    public int lineOf(JsonNode node) {
        return json.lineOf(node);
    }

    /**
     * What a named type is: an enum or record of sen-core's vocabulary, an import, or a record
     * declared here; null when unknown.
     */
    public TypeRef resolve(String simpleName) {
        TypeRef ref = imports.get(simpleName);
        if (ref != null) {
            return ref;
        }
        TypeDecl record = records.get(simpleName);
        if (record != null) {
            String owner = java == null ? null : record.nested() ? java.packageName() + "." + java.caseName() : java.packageName();
            return new TypeRef("record", owner == null ? simpleName : owner + "." + simpleName);
        }
        String core = CORE_TYPES.get(simpleName);
        return core == null ? null : typeRef(core);
    }

    private static TypeRef typeRef(String text) {
        int space = text.indexOf(' ');
        return new TypeRef(text.substring(0, space), text.substring(space + 1));
    }

    /** Reads one file into a {@link Declaration}; every fault goes to the problems with its line. */
    private static final class Reader {
        private static final Set<String> RULE_SET_KEYS = Set.of("ruleSet", "version", "title", "java", "rules", "phases", "sources",
                "shared", "imports", "case", "outcome", "records", "parameters", "criteria", "policies", "checks", "summary", "trajectory",
                "roles");
        private static final Set<String> SHARED_KEYS = Set.of("shared", "title", "java", "sources", "imports", "parameters",
                "policies", "checks");
        private static final Set<String> JAVA_KEYS = Set.of("package", "handle", "case", "outcome", "values");
        private static final Set<String> TYPE_KEYS = Set.of("description", "caseId", "implements", "fields", "consistency", "record");
        private static final Set<String> RECORD_KEYS = Set.of("description", "implements", "fields", "nested");
        private static final Set<String> FIELD_KEYS = Set.of("type", "label", "description", "optional", "nullable", "range",
                "maxLength", "nonNegative", "pattern", "unique", "uniqueBy", "minItems", "initial", "adder", "sorted", "defaultFrom");
        private static final Set<String> PARAMETER_KEYS = Set.of("type", "description", "unit", "none", "range", "reviewEvery", "keys",
                "keysWithin", "allowed", "rowLength", "nonDecreasingRows", "rowValuesAtLeast", "nonDecreasingByNumericKey", "values");
        private static final List<String> PARAMETER_TYPES = List.of("money", "integer", "flag", "text", "list of text",
                "table of money", "table of integer", "table of list of integer", "table of text");
        /** Named patterns a text field may be held to; a pattern of its own is written as a regular expression. */
        static final Map<String, String[]> PATTERNS = Map.of(
                "name", new String[] {"[A-Za-z0-9][A-Za-z0-9 '&_-]*",
                        "a name: letters, digits, spaces, hyphens, underscores, apostrophes, ampersands"});

        final String file;
        final LocatedJson json;
        final boolean shared;
        final List<RuleSetProblem> problems;
        String id;
        String version;
        String title;
        Java java;
        List<String> rules = new ArrayList<>();
        List<String> phases = new ArrayList<>();
        String sources;
        List<String> sharedSets = new ArrayList<>();
        final Map<String, TypeRef> imports = new LinkedHashMap<>();
        TypeDecl caseType;
        TypeDecl outcomeType;
        final Map<String, TypeDecl> records = new LinkedHashMap<>();
        final Map<String, Parameter> parameters = new LinkedHashMap<>();
        final Map<String, Criterion> criteria = new LinkedHashMap<>();
        JsonNode policies;
        final List<JsonNode> checks = new ArrayList<>();
        JsonNode summary;
        JsonNode trajectory;
        JsonNode roles;

        Reader(String file, LocatedJson json, boolean shared, List<RuleSetProblem> problems) {
            this.file = file;
            this.json = json;
            this.shared = shared;
            this.problems = problems;
        }

        void error(JsonNode at, String message) {
            problems.add(RuleSetProblem.error(file, at == null ? 0 : json.lineOf(at), message));
        }

        void read() {
            JsonNode root = json.root();
            if (!root.isObject()) {
                error(root, shared ? "a shared-values file is an object: { \"shared\": id, \"title\", \"parameters\": {...} }"
                        : "a rule-set declaration is an object: { \"ruleSet\": id, \"version\", \"title\", \"case\", \"outcome\", ... }");
                return;
            }
            keys(root, shared ? SHARED_KEYS : RULE_SET_KEYS, shared ? "a shared-values file" : "a rule-set declaration");
            id = text(root, shared ? "shared" : "ruleSet", true);
            if (id != null && !KEBAB.matcher(id).matches()) {
                error(root.get(shared ? "shared" : "ruleSet"), "ids are kebab-case, such as sspp-top-up, not \"" + id + "\"");
            }
            title = text(root, "title", true);
            sources = text(root, "sources", false);
            readImports(root.get("imports"));
            readJava(root.get("java"));
            if (!shared) {
                version = text(root, "version", true);
                if (version != null && !version.matches("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?")) {
                    error(root.get("version"), "versions are semantic (1.2.3), not \"" + version + "\"");
                }
                rules = texts(root, "rules", false);
                if (rules.isEmpty() && id != null) {
                    rules = List.of(id + ".drl");
                }
                phases = texts(root, "phases", false);
                for (String p : phases) {
                    if (!KEBAB.matcher(p).matches()) {
                        error(root.get("phases"), "phase names are kebab-case, not \"" + p + "\"");
                    }
                }
                if (new LinkedHashSet<>(phases).size() != phases.size()) {
                    error(root.get("phases"), "a phase is named twice: " + phases);
                }
                sharedSets = texts(root, "shared", false);
                JsonNode recs = root.get("records");
                if (recs != null) {
                    if (!recs.isObject()) {
                        error(recs, "\"records\" is an object from record name to { \"description\", \"fields\" }");
                    } else {
                        for (Map.Entry<String, JsonNode> e : fields(recs)) {
                            records.put(e.getKey(), type(e.getKey(), e.getValue(), false, true));
                        }
                    }
                }
                caseType = type("case", required(root, "case"), true, false);
                outcomeType = type("outcome", required(root, "outcome"), false, false);
                readCriteria(root.get("criteria"));
                summary = root.get("summary");
                trajectory = root.get("trajectory");
                roles = root.get("roles");
                if (roles != null && !roles.isObject()) {
                    error(roles, "\"roles\" is an object from role (\"placement\", \"highNeedsForecast\") to the fields that play it "
                            + "(docs/writing-a-rule-set.md, Roles for the simulator)");
                }
                if (summary != null && !summary.isObject()) {
                    error(summary, "\"summary\" is an object (docs/writing-a-rule-set.md, What the simulator adds up)");
                }
                if (trajectory != null && !trajectory.isObject()) {
                    error(trajectory, "\"trajectory\" is an object (docs/writing-a-rule-set.md, Year by year)");
                }
            }
            readParameters(root.get("parameters"));
            policies = root.get("policies");
            if (policies != null && !policies.isObject()) {
                error(policies, "\"policies\" is an object from policy name to { \"title\", \"source\", \"parameters\" }");
            }
            JsonNode c = root.get("checks");
            if (c != null) {
                if (!c.isArray()) {
                    error(c, "\"checks\" is a list of table checks");
                } else {
                    c.forEach(checks::add);
                }
            }
        }

        /** Whether {@code node} is an object to read: an absent one is not, and one of another kind is an error saying what it is. */
        private boolean object(JsonNode node, String what) {
            if (node != null && !node.isObject()) {
                error(node, what);
            }
            return node != null && node.isObject();
        }

        private void readJava(JsonNode node) {
            if (!object(node, "\"java\" is { \"package\", \"handle\", \"case\", \"outcome\", \"values\" }: the names of the generated types")) {
                return; // absent: a rule set whose types are not generated (a pack's tests, say) names none
            }
            keys(node, shared ? Set.of("package", "values") : JAVA_KEYS, "\"java\"");
            String pkg = text(node, "package", true);
            if (pkg != null && !pkg.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*")) {
                error(node.get("package"), "\"package\" is a Java package name, not \"" + pkg + "\"");
            }
            java = new Java(pkg, shared ? null : javaName(node, "handle", true), shared ? null : javaName(node, "case", true),
                    shared ? null : javaName(node, "outcome", true), javaName(node, "values", shared));
        }

        private String javaName(JsonNode node, String key, boolean required) {
            String name = text(node, key, required);
            if (name != null && !JAVA_NAME.matcher(name).matches()) {
                error(node.get(key), "\"" + key + "\" is a Java type name, not \"" + name + "\"");
            }
            return name;
        }

        private void readImports(JsonNode node) {
            if (!object(node, "\"imports\" is an object from type name to \"enum a.b.Type\", \"record a.b.Type\" or \"interface a.b.Type\"")) {
                return;
            }
            for (Map.Entry<String, JsonNode> e : fields(node)) {
                String text = e.getValue().isTextual() ? e.getValue().textValue() : "";
                Matcher m = Pattern.compile("(enum|record|interface) ((?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_]*))").matcher(text);
                if (!m.matches() || !m.group(3).equals(e.getKey())) {
                    error(e.getValue(), "import " + e.getKey() + " is \"enum a.b." + e.getKey() + "\", \"record a.b." + e.getKey()
                            + "\" or \"interface a.b." + e.getKey() + "\"");
                } else {
                    imports.put(e.getKey(), new TypeRef(m.group(1), m.group(2)));
                }
            }
        }

        private TypeDecl type(String what, JsonNode node, boolean isCase, boolean isRecord) {
            if (!object(node, "\"" + what + "\" is { \"description\", \"fields\": { name: { \"type\", ... } } }")) {
                return null;
            }
            keys(node, isRecord ? RECORD_KEYS : isCase ? TYPE_KEYS : Set.of("description", "implements", "fields"), "\"" + what + "\"");
            String description = text(node, "description", true);
            String idField = isCase ? text(node, "caseId", false) : null;
            List<String> implementsTypes = texts(node, "implements", false);
            Map<String, Field> out = new LinkedHashMap<>();
            JsonNode fields = required(node, "fields");
            if (fields != null && (!fields.isObject() || fields.isEmpty())) {
                error(fields, "\"fields\" of " + what + " is an object from field name to { \"type\", \"description\", ... }");
            } else if (fields != null) {
                for (Map.Entry<String, JsonNode> e : fields(fields)) {
                    Field f = field(what, e.getKey(), e.getValue());
                    if (f != null) {
                        out.put(f.name(), f);
                    }
                }
            }
            if (isCase && out.size() > 0) {
                String caseId = idField == null ? "caseId" : idField;
                Field f = out.get(caseId);
                if (f == null || !f.type().name().equals("text") || f.type().list()) {
                    error(node, "the case has no text field \"" + caseId + "\" to be its pseudonymous case id"
                            + (idField == null ? "; name the field with \"caseId\": \"fieldName\"" : ""));
                }
            }
            List<JsonNode> consistency = new ArrayList<>();
            JsonNode c = node.get("consistency");
            if (c != null) {
                if (!c.isArray()) {
                    error(c, "\"consistency\" is a list of checks that span fields");
                } else {
                    c.forEach(consistency::add);
                }
            }
            return new TypeDecl(what, description, idField, implementsTypes, Collections.unmodifiableMap(out), List.copyOf(consistency),
                    isCase && flag(node, "record"), isRecord && flag(node, "nested"), json.lineOf(node));
        }

        private Field field(String owner, String name, JsonNode node) {
            if (!JAVA_NAME.matcher(name).matches() || !Character.isLowerCase(name.charAt(0))) {
                error(node, "field names are lowerCamelCase, not \"" + name + "\"");
                return null;
            }
            if (!node.isObject()) {
                error(node, owner + "." + name + " is { \"type\", \"description\", ... }");
                return null;
            }
            keys(node, FIELD_KEYS, owner + "." + name);
            String typeText = text(node, "type", true);
            String description = text(node, "description", true);
            if (typeText == null) {
                return null;
            }
            TypeUse type = typeUse(typeText, node.get("type"));
            if (type == null) {
                return null;
            }
            Long min = null;
            Long max = null;
            JsonNode range = node.get("range");
            if (range != null) {
                if (!range.isArray() || range.size() != 2 || !range.get(0).isIntegralNumber() || !range.get(1).isIntegralNumber()
                        || range.get(0).asLong() > range.get(1).asLong()) {
                    error(range, owner + "." + name + ": \"range\" is [smallest, largest], whole numbers");
                } else {
                    min = range.get(0).asLong();
                    max = range.get(1).asLong();
                }
            }
            Integer maxLength = integer(node, "maxLength", owner + "." + name);
            Integer minItems = integer(node, "minItems", owner + "." + name);
            JsonNode patternNode = node.get("pattern");
            String pattern = patternNode != null && patternNode.isObject() ? null : text(node, "pattern", false);
            String patternText = null;
            if (patternNode != null && patternNode.isObject()) {
                // { "regex": "...", "is": "a locality name: letters, ..." }: a pattern of its own, in words
                pattern = patternNode.path("regex").asText(null);
                patternText = patternNode.path("is").asText(null);
                if (pattern == null || patternText == null || patternNode.size() != 2) {
                    error(patternNode, owner + "." + name + ": \"pattern\" is a name of " + PATTERNS.keySet()
                            + ", a regular expression, or { \"regex\": ..., \"is\": what it allows, in words }");
                    pattern = null;
                } else {
                    try {
                        Pattern.compile(pattern);
                    } catch (java.util.regex.PatternSyntaxException e) {
                        error(patternNode, owner + "." + name + ": \"regex\" is not a regular expression");
                        pattern = null;
                    }
                }
            } else if (pattern != null) {
                String[] named = PATTERNS.get(pattern);
                if (named != null) {
                    patternText = named[1];
                    pattern = named[0];
                } else {
                    try {
                        Pattern.compile(pattern);
                        patternText = "text matching " + pattern;
                    } catch (java.util.regex.PatternSyntaxException e) {
                        error(node.get("pattern"), owner + "." + name + ": \"pattern\" is " + PATTERNS.keySet() + " or a regular expression");
                    }
                }
            }
            return new Field(name, type, text(node, "label", false), description, flag(node, "optional"), flag(node, "nullable"), min,
                    max, maxLength, flag(node, "nonNegative"), pattern, patternText, flag(node, "unique"), text(node, "uniqueBy", false),
                    minItems, node.get("initial"), text(node, "adder", false), flag(node, "sorted"), text(node, "defaultFrom", false), json.lineOf(node));
        }

        private TypeUse typeUse(String text, JsonNode at) {
            boolean list = text.startsWith("list of ");
            String item = list ? text.substring("list of ".length()) : text;
            if (!SCALARS.contains(item) && !JAVA_NAME.matcher(item).matches()) {
                error(at, "unknown type \"" + text + "\": a type is one of " + SCALARS
                        + ", an enum or record name (sen-core's vocabulary, an import or a declared record), or \"list of\" one of those");
                return null;
            }
            return new TypeUse(item, list);
        }

        private void readParameters(JsonNode node) {
            if (!object(node, "\"parameters\" is an object from parameter name to { \"type\", \"description\", \"values\": [...] }")) {
                return;
            }
            for (Map.Entry<String, JsonNode> e : fields(node)) {
                String name = e.getKey();
                JsonNode p = e.getValue();
                if (!JAVA_NAME.matcher(name).matches() || !Character.isLowerCase(name.charAt(0))) {
                    error(p, "parameter names are lowerCamelCase, not \"" + name + "\"");
                    continue;
                }
                if (!p.isObject()) {
                    error(p, "parameter " + name + " is { \"type\", \"description\", \"values\": [ { \"from\", \"value\", \"illustrative\" } ] }");
                    continue;
                }
                keys(p, PARAMETER_KEYS, "parameter " + name);
                String type = text(p, "type", true);
                if (type != null && !PARAMETER_TYPES.contains(type) && !type.matches("(list of )?[A-Z][A-Za-z0-9_]*")) {
                    error(p.get("type"), "parameter " + name + ": unknown type \"" + type + "\"; the types are " + PARAMETER_TYPES
                            + ", an enum name, or \"list of\" an enum name");
                    type = null;
                }
                Integer min = null;
                Integer max = null;
                JsonNode range = p.get("range");
                if (range != null) {
                    if (!range.isArray() || range.size() != 2 || !range.get(0).canConvertToInt() || !range.get(1).canConvertToInt()
                            || range.get(0).asInt() > range.get(1).asInt()) {
                        error(range, "parameter " + name + ": \"range\" is [smallest, largest], whole numbers");
                    } else {
                        min = range.get(0).asInt();
                        max = range.get(1).asInt();
                    }
                }
                JsonNode values = required(p, "values");
                String description = text(p, "description", true);
                if (type == null || description == null || values == null) {
                    continue;
                }
                String cadence = text(p, "reviewEvery", false);
                java.time.Period reviewEvery = cadence == null ? null : ParameterFile.cadence(cadence);
                if (cadence != null && reviewEvery == null) {
                    error(p, "parameter " + name + ": " + ParameterFile.CADENCE_WORDS);
                }
                parameters.put(name, new Parameter(name, type, description, text(p, "unit", false), flag(p, "none"), min, max,
                        reviewEvery, p.get("keys"), p.get("keysWithin"), p.get("allowed"), integer(p, "rowLength", name),
                        flag(p, "nonDecreasingRows"), integer(p, "rowValuesAtLeast", name), flag(p, "nonDecreasingByNumericKey"), values,
                        json.lineOf(p)));
            }
        }

        private void readCriteria(JsonNode node) {
            if (node == null) {
                return;
            }
            if (!node.isObject() || node.isEmpty()) {
                error(node, "\"criteria\" is an object from criterion id to { \"is\": what it stands for, \"otherwise\": the reason when it is not met }");
                return;
            }
            for (Map.Entry<String, JsonNode> e : fields(node)) {
                JsonNode c = e.getValue();
                if (!KEBAB.matcher(e.getKey()).matches()) {
                    error(c, "criterion ids are kebab-case, not \"" + e.getKey() + "\"");
                    continue;
                }
                if (!c.isObject()) {
                    error(c, "criterion " + e.getKey() + " is { \"is\": what it stands for, \"otherwise\": the reason when it is not met }");
                    continue;
                }
                keys(c, Set.of("is", "otherwise"), "criterion " + e.getKey());
                String is = text(c, "is", true);
                String otherwise = text(c, "otherwise", true);
                if (is != null && otherwise != null) {
                    criteria.put(e.getKey(), new Criterion(e.getKey(), is, otherwise, json.lineOf(c)));
                }
            }
        }

        /** The fields of an object, {@code $comment} and other {@code $} keys left out. */
        private List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
            List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getKey().startsWith("$")) {
                    out.add(e);
                }
            }
            return out;
        }

        private void keys(JsonNode node, Set<String> allowed, String what) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getKey().startsWith("$") && !allowed.contains(e.getKey())) {
                    error(e.getValue(), what + ": unknown key \"" + e.getKey() + "\"" + Suggest.didYouMean(e.getKey(), allowed)
                            + "; the keys are " + new java.util.TreeSet<>(allowed));
                }
            }
        }

        private JsonNode required(JsonNode node, String key) {
            JsonNode v = node.get(key);
            if (v == null) {
                error(node, "\"" + key + "\" is required here");
            }
            return v;
        }

        private String text(JsonNode node, String key, boolean required) {
            JsonNode v = node.get(key);
            if (v == null) {
                if (required) {
                    error(node, "\"" + key + "\" is required here");
                }
                return null;
            }
            if (!v.isTextual() || v.textValue().isBlank()) {
                error(v, "\"" + key + "\" is a non-empty text");
                return null;
            }
            return v.textValue();
        }

        private List<String> texts(JsonNode node, String key, boolean required) {
            JsonNode v = node.get(key);
            if (v == null) {
                if (required) {
                    error(node, "\"" + key + "\" is required here");
                }
                return List.of();
            }
            List<String> out = new ArrayList<>();
            if (!v.isArray()) {
                error(v, "\"" + key + "\" is a list of texts");
                return out;
            }
            for (JsonNode n : v) {
                if (!n.isTextual() || n.textValue().isBlank()) {
                    error(n, "\"" + key + "\" is a list of non-empty texts");
                } else {
                    out.add(n.textValue());
                }
            }
            return out;
        }

        private boolean flag(JsonNode node, String key) {
            JsonNode v = node.get(key);
            if (v != null && !v.isBoolean()) {
                error(v, "\"" + key + "\" is true or false");
                return false;
            }
            return v != null && v.booleanValue();
        }

        private Integer integer(JsonNode node, String key, String what) {
            JsonNode v = node.get(key);
            if (v == null) {
                return null;
            }
            if (!v.canConvertToInt() || !v.isIntegralNumber() || v.intValue() < 0) {
                error(v, what + ": \"" + key + "\" is a whole number, 0 or more");
                return null;
            }
            return v.intValue();
        }
    }
}
