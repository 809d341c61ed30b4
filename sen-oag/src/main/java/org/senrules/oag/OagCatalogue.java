package org.senrules.oag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Phase;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.Violations;

/**
 * The Ordinarily Available Guidance as data: the phases it covers, the ten Section One
 * principles and the Section Two items by area of need, each item versioned by effective date.
 * Immutable and thread-safe, so one instance serves every decision.
 *
 * <p>The catalogue is a JSON file the council maintains (format in the module's README). The
 * project ships an illustrative one ({@link #bundled()}); a council points an engine at its own
 * file with the pack setting {@value #SETTING} ({@code SenRules.builder().packSetting("oag-catalogue", file)}),
 * which the shipped rule sets and their case checks read through {@link #of(RulePackContext)}.
 *
 * <pre>{@code
 * OagCatalogue oag = OagCatalogue.load(Path.of("council-oag.json"));
 * boolean ordinary = oag.isOrdinarilyAvailable("autism.visual-timetable", Phase.SCHOOL_AGE, LocalDate.of(2026, 1, 15));
 * }</pre>
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class OagCatalogue {
    /** Where the bundled catalogue lives in this module: not a Java package, so readable from anywhere. */
    public static final String BUNDLED_RESOURCE = "META-INF/senrules/oag/oag-catalogue.json";
    /** The pack setting naming a council's own catalogue file, per engine. */
    public static final String SETTING = "oag-catalogue";

    private static volatile OagCatalogue bundled;

    private final String label;
    private final String title;
    private final boolean illustrative;
    private final List<OagPhaseGuidance> phases;
    private final List<OagPrinciple> principles;
    private final Map<String, List<OagItem>> items;

    OagCatalogue(String label, String title, boolean illustrative, List<OagPhaseGuidance> phases,
                 List<OagPrinciple> principles, Map<String, List<OagItem>> items) {
        this.label = label;
        this.title = title;
        this.illustrative = illustrative;
        this.phases = List.copyOf(phases);
        this.principles = List.copyOf(principles);
        Map<String, List<OagItem>> copy = new LinkedHashMap<>();
        items.forEach((id, versions) -> copy.put(id, List.copyOf(versions)));
        this.items = Collections.unmodifiableMap(copy);
    }

    /**
     * The illustrative catalogue shipped with the library. It is flagged illustrative: its items are
     * examples written to exercise the rules, not the council's guidance.
     */
    public static OagCatalogue bundled() {
        OagCatalogue c = bundled;
        if (c == null) {
            synchronized (OagCatalogue.class) {
                c = bundled;
                if (c == null) {
                    c = parse(readBundled(), BUNDLED_RESOURCE);
                    bundled = c;
                }
            }
        }
        return c;
    }

    /**
     * The catalogue of one engine: the file named by its {@value #SETTING} pack setting
     * ({@code SenRules.builder().packSetting("oag-catalogue", file)}), otherwise {@link #bundled()}.
     * Packs call it when they register, so each engine, and each reload, reads its own file, once
     * for all the packs that call it ({@link RulePackContext#shared}).
     *
     * @throws OagCatalogueException if the council's file is faulty
     * @throws UncheckedIOException  if it cannot be read
     * @since 1
     */
    public static OagCatalogue of(RulePackContext context) {
        // the OAG and funding packs both read it: one engine build reads and checks the file once
        return context.setting(SETTING).map(file -> context.shared(SETTING + " " + file, OagCatalogue.class, () -> load(Path.of(file))))
                .orElseGet(OagCatalogue::bundled);
    }

    /**
     * Reads a council's catalogue file.
     *
     * @throws OagCatalogueException listing every fault with its line and field
     * @throws UncheckedIOException  if the file cannot be read
     */
    public static OagCatalogue load(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OAG catalogue " + file, e);
        }
        return parse(text, file.getFileName().toString());
    }

    /**
     * Reads a catalogue from JSON text.
     *
     * @param json  the catalogue
     * @param label the file name to use in fault messages
     * @throws OagCatalogueException listing every fault with its line and field
     */
    public static OagCatalogue parse(String json, String label) {
        return CatalogueReader.read(Objects.requireNonNull(json, "json"), Objects.requireNonNull(label, "label"));
    }

    private static String readBundled() {
        try (InputStream in = OagCatalogue.class.getModule().isNamed()
                ? OagCatalogue.class.getModule().getResourceAsStream(BUNDLED_RESOURCE)
                : OagCatalogue.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled OAG catalogue " + BUNDLED_RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file the catalogue came from, for messages. */
    public String label() {
        return label;
    }

    /** The catalogue's title. */
    public String title() {
        return title;
    }

    /** True for an example catalogue that is not a council's guidance; decisions using it warn. */
    public boolean isIllustrative() {
        return illustrative;
    }

    /** The phase versions of the guidance the catalogue covers. */
    public List<OagPhaseGuidance> phases() {
        return phases;
    }

    /** The ten Section One principles, numbered 1 to 10. */
    public List<OagPrinciple> principles() {
        return principles;
    }

    /** Every item id, in file order. */
    public Set<String> itemIds() {
        return items.keySet();
    }

    /** True if the catalogue holds an item with this id (in any version). */
    public boolean contains(String itemId) {
        return itemId != null && items.containsKey(itemId);
    }

    /**
     * Every version of an item, oldest first.
     *
     * @throws UnknownOagItemException if the catalogue has no such item
     */
    public List<OagItem> versions(String itemId) {
        List<OagItem> v = itemId == null ? null : items.get(itemId);
        if (v == null) {
            throw new UnknownOagItemException(itemId, label);
        }
        return v;
    }

    /**
     * The version of an item in force on a date, or empty if none is (not yet introduced, or withdrawn).
     *
     * @throws UnknownOagItemException if the catalogue has no such item
     */
    public Optional<OagItem> item(String itemId, LocalDate on) {
        Objects.requireNonNull(on, "on");
        for (OagItem v : versions(itemId)) {
            if (v.inForceOn(on)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * The Section Two area of an item; the same in every version.
     *
     * @throws UnknownOagItemException if the catalogue has no such item
     */
    public OagArea area(String itemId) {
        return versions(itemId).get(0).area();
    }

    /**
     * True if some version of the item is in force on {@code on}.
     *
     * @throws UnknownOagItemException if the catalogue has no such item
     */
    public boolean isInForce(String itemId, LocalDate on) {
        return item(itemId, on).isPresent();
    }

    /** The catalogue's guidance for a phase, or empty if it covers no such phase. */
    public Optional<OagPhaseGuidance> guidance(Phase phase) {
        Objects.requireNonNull(phase, "phase");
        return phases.stream().filter(g -> g.phase() == phase).findFirst();
    }

    /**
     * True if the guidance for {@code phase} exists on {@code on}: the catalogue covers the phase
     * and that version's {@code from} date, if any, is not after {@code on}.
     */
    public boolean isGuidanceInForce(Phase phase, LocalDate on) {
        Objects.requireNonNull(on, "on");
        return guidance(phase).map(g -> g.inForceOn(on)).orElse(false);
    }

    /** True if the guidance for {@code phase} is a draft being tested. */
    public boolean isDraft(Phase phase) {
        return guidance(phase).map(OagPhaseGuidance::draft).orElse(false);
    }

    /**
     * Whether provision matching this item is ordinarily available, and so not additional, for a
     * pupil in {@code phase} on {@code on}: the guidance for the phase exists that day and the
     * item's version in force that day lists the phase. No item is ordinarily available in a phase
     * before that phase's guidance exists.
     *
     * @throws UnknownOagItemException if the catalogue has no such item
     */
    public boolean isOrdinarilyAvailable(String itemId, Phase phase, LocalDate on) {
        Objects.requireNonNull(phase, "phase");
        Optional<OagItem> version = item(itemId, on);
        return isGuidanceInForce(phase, on) && version.map(v -> v.covers(phase)).orElse(false);
    }

    /** The items ordinarily available in a phase on a date, in file order; for a Local Offer page. */
    public List<OagItem> ordinarilyAvailable(Phase phase, LocalDate on) {
        List<OagItem> out = new ArrayList<>();
        if (!isGuidanceInForce(phase, on)) {
            return out;
        }
        for (String id : items.keySet()) {
            item(id, on).filter(v -> v.covers(phase)).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Reports every provision line whose {@code oagItem} this catalogue does not hold, as
     * {@code <field>[i].oagItem}. Case records call it from {@code checkConsistency}, so that an
     * unknown id is refused as an invalid request before any rule runs.
     */
    public void checkProvision(List<ProvisionLine> lines, String field, Violations violations) {
        for (int i = 0; i < lines.size(); i++) {
            String id = lines.get(i).oagItem();
            if (id != null && !contains(id)) {
                violations.add(field + "[" + i + "].oagItem", "is not an item of the OAG catalogue in use ("
                        + label + "); use the id of a Section Two item, or leave oagItem out if the line matches none");
            }
        }
    }

    @Override
    public String toString() {
        return "OagCatalogue[" + label + ", " + items.size() + " items" + (illustrative ? ", illustrative" : "") + "]";
    }
}
