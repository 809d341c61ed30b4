package org.senrules.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.AreaOfNeed;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;

/**
 * The placement role, as a declaration's {@code "roles": { "placement": … }} gives it: which of a
 * rule set's case fields a simulator reads to place a pupil in a special-school or resource-base
 * place and to move pupils between tiers of support: the setting, the National Curriculum year
 * (which gives the school phase), the level of complexity and the broad area of need. The area of
 * need comes from a case field the declaration maps value by value to the Code of Practice's
 * areas (such as a need classification A-E), or, when that field is empty, from a primary need.
 *
 * <pre>{@code
 * "roles": { "placement": { "setting": "setting", "ncYear": "ncYear", "complexityLevel": "complexityLevel",
 *     "areaOfNeed": { "field": "classification", "areas": { "A": "COMMUNICATION_AND_INTERACTION", … },
 *                     "otherwise": "primaryNeed" } } }
 * }</pre>
 *
 * <p>Made by the engine from a declaration, which is refused when it loads if the role names a
 * field the case does not have, or one of the wrong type, or leaves a value unmapped. Immutable
 * and thread-safe.
 *
 * @since 1.2
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class PlacementRole {
    /** The role's name in a declaration's {@code "roles"}. */
    public static final String NAME = "placement";
    private static final List<String> KEYS = List.of("setting", "ncYear", "complexityLevel", "areaOfNeed");

    private final CaseFields.Field setting;
    private final CaseFields.Field ncYear;
    private final CaseFields.Field complexityLevel;
    private final CaseFields.Field classified;
    private final Map<String, AreaOfNeed> areas;
    private final CaseFields.Field primaryNeed;

    private PlacementRole(CaseFields.Field setting, CaseFields.Field ncYear, CaseFields.Field complexityLevel, CaseFields.Field classified,
                          Map<String, AreaOfNeed> areas, CaseFields.Field primaryNeed) {
        this.setting = setting;
        this.ncYear = ncYear;
        this.complexityLevel = complexityLevel;
        this.classified = classified;
        this.areas = areas;
        this.primaryNeed = primaryNeed;
    }

    /** The setting the pupil attends. */
    public Setting setting(CaseInput c) {
        return (Setting) setting.read(c);
    }

    /** The pupil's National Curriculum year. */
    public Integer ncYear(CaseInput c) {
        return (Integer) ncYear.read(c);
    }

    /** The pupil's level of complexity. */
    public Integer complexityLevel(CaseInput c) {
        return (Integer) complexityLevel.read(c);
    }

    /**
     * The pupil's broad area of need: the declared area of the classifying field's value, or when
     * it is empty the area of the primary need, or null when neither gives one.
     */
    public AreaOfNeed areaOfNeed(CaseInput c) {
        Object value = classified.read(c);
        if (value != null) {
            return areas.get(((Enum<?>) value).name());
        }
        Object need = primaryNeed == null ? null : primaryNeed.read(c);
        return need == null ? null : ((PrimaryNeed) need).areaOrNull();
    }

    /** The role a declaration's {@code "placement"} gives, or null with problems added. */
    static PlacementRole declared(JsonNode node, CaseFields<?> fields, BiConsumer<JsonNode, String> error) {
        Faults fault = new Faults("placement", error);
        if (!node.isObject()) {
            fault.accept(node, "is an object with " + KEYS);
            return null;
        }
        unknownKeys(node, KEYS, fault);
        CaseFields.Field setting = caseField(node, "setting", fields, fault, Setting.class);
        CaseFields.Field ncYear = caseField(node, "ncYear", fields, fault, Integer.class, int.class);
        CaseFields.Field level = caseField(node, "complexityLevel", fields, fault, Integer.class, int.class);
        JsonNode area = node.get("areaOfNeed");
        CaseFields.Field classified = null;
        CaseFields.Field primary = null;
        Map<String, AreaOfNeed> areas = new LinkedHashMap<>();
        if (area == null || !area.isObject()) {
            fault.accept(area == null ? node : area, "\"areaOfNeed\" is { \"field\": an enum field of the case, \"areas\": each of its "
                    + "values to one of " + names(AreaOfNeed.values()) + ", \"otherwise\": a PrimaryNeed field read when it is empty }");
        } else {
            unknownKeys(area, List.of("field", "areas", "otherwise"), fault);
            classified = caseField(area, "field", fields, fault);
            if (classified != null && !classified.type().isEnum()) {
                fault.accept(area, "\"areaOfNeed\".\"field\" names case field \"" + classified.name() + "\" of type "
                        + classified.type().getSimpleName() + ", not an enum whose values the \"areas\" map");
                classified = null;
            }
            if (area.has("otherwise")) {
                primary = caseField(area, "otherwise", fields, fault, PrimaryNeed.class);
            }
            JsonNode map = area.get("areas");
            if (map == null || !map.isObject()) {
                fault.accept(area, "\"areaOfNeed\".\"areas\" maps each value of the field to one of " + names(AreaOfNeed.values()));
            } else if (classified != null) {
                List<String> values = names(classified.type().getEnumConstants());
                for (Map.Entry<String, JsonNode> e : map.properties()) {
                    if (!values.contains(e.getKey())) {
                        fault.accept(e.getValue(), "\"areas\" maps \"" + e.getKey() + "\", which is not a value of "
                                + classified.type().getSimpleName() + "; its values are " + values);
                        continue;
                    }
                    try {
                        areas.put(e.getKey(), AreaOfNeed.valueOf(e.getValue().asText()));
                    } catch (IllegalArgumentException notAnArea) {
                        fault.accept(e.getValue(), "\"areas\" maps \"" + e.getKey() + "\" to \"" + e.getValue().asText()
                                + "\", which is not an area of need; the areas are " + names(AreaOfNeed.values()));
                    }
                }
                for (String v : values) {
                    if (!map.has(v)) {
                        fault.accept(map, "\"areas\" leaves value \"" + v + "\" of " + classified.type().getSimpleName()
                                + " without an area: map each of " + values);
                    }
                }
            }
        }
        return fault.count > 0 ? null : new PlacementRole(setting, ncYear, level, classified, Map.copyOf(areas), primary);
    }

    /** A role's problems, each prefixed with the role's name and counted: a role with any is not made. */
    static final class Faults implements BiConsumer<JsonNode, String> {
        private final String role;
        private final BiConsumer<JsonNode, String> error;
        int count;

        Faults(String role, BiConsumer<JsonNode, String> error) {
            this.role = role;
            this.error = error;
        }

        @Override
        public void accept(JsonNode at, String message) {
            count++;
            error.accept(at, role + ": " + message);
        }
    }

    static void unknownKeys(JsonNode node, Collection<String> keys, BiConsumer<JsonNode, String> fault) {
        node.fieldNames().forEachRemaining(k -> {
            if (!k.startsWith("$") && !keys.contains(k)) {
                fault.accept(node, "unknown key \"" + k + "\"" + org.senrules.core.internal.Suggest.didYouMean(k, keys) + "; the keys are "
                        + keys);
            }
        });
    }

    /** The case field {@code node.key} names, of one of {@code kinds} (any type when none is given), or null with a fault. */
    static CaseFields.Field caseField(JsonNode node, String key, CaseFields<?> fields, BiConsumer<JsonNode, String> fault, Class<?>... kinds) {
        JsonNode v = node.get(key);
        if (v == null || !v.isTextual()) {
            fault.accept(v == null ? node : v, "\"" + key + "\" names a case field" + (kinds.length == 0 ? "" : " of type "
                    + kinds[0].getSimpleName()) + ", as text; the case's fields are " + fields.names());
            return null;
        }
        for (CaseFields.Field f : fields.fields()) {
            if (f.name().equals(v.textValue())) {
                if (kinds.length > 0 && java.util.Arrays.stream(kinds).noneMatch(k -> k == f.type())) {
                    fault.accept(v, "\"" + key + "\" names case field \"" + f.name() + "\" of type " + f.type().getSimpleName()
                            + ", not " + kinds[0].getSimpleName());
                    return null;
                }
                return f;
            }
        }
        fault.accept(v, "\"" + key + "\" names case field \"" + v.textValue() + "\", which the case does not have"
                + org.senrules.core.internal.Suggest.didYouMean(v.textValue(), fields.names()) + "; its fields are " + fields.names());
        return null;
    }

    private static List<String> names(Object[] constants) {
        List<String> out = new ArrayList<>();
        for (Object c : constants) {
            out.add(((Enum<?>) c).name());
        }
        return out;
    }

    @Override
    public String toString() {
        return "PlacementRole[setting=" + setting.name() + ", ncYear=" + ncYear.name() + ", complexityLevel=" + complexityLevel.name()
                + ", areaOfNeed=" + classified.name() + (primaryNeed == null ? "" : " or " + primaryNeed.name()) + "]";
    }
}
