package org.senrules.oag;

import java.util.ArrayList;
import java.util.List;

/** Builds catalogue JSON for tests: three phases, ten principles, and the items added. */
final class CatalogueJson {
    private boolean illustrative = true;
    private final List<String> items = new ArrayList<>();

    static CatalogueJson valid() {
        return new CatalogueJson();
    }

    CatalogueJson illustrative(boolean value) {
        this.illustrative = value;
        return this;
    }

    /** An item with one version from 2024-09-01. */
    CatalogueJson item(String id, String area, String... phases) {
        return raw("{ \"id\": \"" + id + "\", \"area\": \"" + area + "\", \"versions\": [ { \"from\": \"2024-09-01\", \"phases\": ["
                + String.join(", ", List.of(phases).stream().map(p -> "\"" + p + "\"").toList())
                + "], \"description\": \"An item\" } ] }");
    }

    CatalogueJson raw(String itemJson) {
        items.add(itemJson);
        return this;
    }

    String json() {
        StringBuilder principles = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            principles.append(i == 1 ? "" : ",\n    ").append("{ \"number\": ").append(i).append(", \"status\": \"AWAITING_COUNCIL_TEXT\" }");
        }
        return "{\n  \"title\": \"Test catalogue\",\n  \"illustrative\": " + illustrative + ",\n"
                + "  \"phases\": [ { \"phase\": \"EARLY_YEARS\", \"title\": \"EY\", \"status\": \"s\" },"
                + " { \"phase\": \"SCHOOL_AGE\", \"title\": \"SA\", \"status\": \"s\" },"
                + " { \"phase\": \"POST_16\", \"title\": \"P16\", \"status\": \"s\" } ],\n"
                + "  \"principles\": [\n    " + principles + " ],\n"
                + "  \"items\": [\n    " + String.join(",\n    ", items) + "\n  ]\n}\n";
    }
}
