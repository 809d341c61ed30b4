package org.senrules.core;

import java.io.InputStream;
import java.util.List;
import org.senrules.core.internal.Catalog;
import org.senrules.core.internal.DecisionWriter;
import org.senrules.core.internal.RequestReader;

/**
 * The JSON contract of an engine: reads requests and cohorts, writes decisions and
 * {@code invalid-request} rejections. Obtain one with {@link SenRules#json()}.
 */
@ApiStatus(ApiStatus.Level.STABLE)
public final class DecisionJson {
    private final SenRules engine;

    DecisionJson(SenRules engine) {
        this.engine = engine;
    }

    /**
     * Reads a request ({@code "case"}) or a cohort ({@code "cases"}).
     *
     * @throws InvalidRequestException listing every violation, if anything is wrong; nothing is returned then
     */
    public List<Request> read(String json) {
        Catalog catalog = engine.catalog();
        return RequestReader.read(RequestReader.parse(json), catalog);
    }

    /**
     * As {@link #read(String)}, from UTF-8 bytes. A cohort that names its {@code ruleSet} before
     * its {@code cases} is read case by case, so a large cohort needs little more memory than its
     * cases.
     */
    public List<Request> read(InputStream json) {
        Catalog catalog = engine.catalog();
        return RequestReader.read(json, catalog);
    }

    /** One decision in the contract's shape. */
    public String write(Decision decision) {
        return DecisionWriter.write(decision, true);
    }

    /** Decisions as {@code {"decisions": [...]}}. */
    public String write(List<Decision> decisions) {
        return DecisionWriter.writeAll(decisions, true);
    }

    /** One decision on one line, for streaming. */
    public String writeCompact(Decision decision) {
        return DecisionWriter.write(decision, false);
    }

    /** The contract's {@code invalid-request} error. */
    public String write(InvalidRequestException rejection) {
        return DecisionWriter.rejection(rejection, true);
    }

    /**
     * Answers a JSON request or cohort with JSON: a decision, {@code {"decisions": [...]}} for a
     * cohort, or the {@code invalid-request} error. Never throws for bad input.
     */
    public Answer answer(String requestJson) {
        try {
            com.fasterxml.jackson.databind.JsonNode root = RequestReader.parse(requestJson);
            List<Decision> decisions = engine.decideAll(RequestReader.read(root, engine.catalog()));
            return new Answer(true, root.has("cases") ? write(decisions) : write(decisions.get(0)));
        } catch (InvalidRequestException e) {
            return new Answer(false, write(e));
        }
    }

    /**
     * The JSON answer to a request.
     *
     * @param decided true for decisions, false for an {@code invalid-request} error
     * @param json    the JSON text
     */
    public record Answer(boolean decided, String json) {
    }
}
