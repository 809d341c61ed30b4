package org.senrules.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.senrules.core.Decision;
import org.senrules.core.DecisionJson;
import org.senrules.core.DecisionRecord;
import org.senrules.core.Replay;
import org.senrules.core.SenRules;

/**
 * Decision records over HTTP, for a council system that keeps what a tribunal may ask for:
 * {@code POST /v1/decision-records} decides a request (or a cohort) as {@code POST /v1/decisions}
 * does and answers with its decision record (the request, the decision, the fingerprints: what
 * {@code ./sen decide --record} writes); {@code POST /v1/replays} re-decides records with the
 * rules and values this service holds and says, for each, whether the decision is identical or
 * what differs. The service keeps no record itself: the caller files them.
 */
final class RecordsEndpoint {
    private final Engines engines;
    private final ServiceSettings settings;

    RecordsEndpoint(Engines engines, ServiceSettings settings) {
        this.engines = engines;
        this.settings = settings;
    }

    /** {@code POST /v1/decision-records}: one record, or {@code {"records": [...]}} for a cohort. */
    void record(Context ctx) throws Exception {
        Bodies.requireJson(ctx);
        SenRules engine = engines.engine();
        byte[] body = Bodies.readBytes(ctx, settings.maxBodyBytes());
        DecisionJson.Document document;
        try {
            document = engine.json().readDocument(new ByteArrayInputStream(body));
        } catch (org.senrules.core.InvalidRequestException e) {
            // not a JSON document at all is 400 with the engine's words (which repeat no input), as for decisions
            if (DecisionsEndpoint.notADocument(e)) {
                throw ApiError.invalid(400, e);
            }
            throw e;
        }
        List<Decision<?>> decisions = engine.decideAll(document.requests());
        String text = document.cohort() ? DecisionRecord.write(engine, document.requests(), decisions)
                : DecisionRecord.write(engine, document.requests().get(0), decisions.get(0));
        ctx.contentType(Bodies.JSON).result(text);
    }

    /** {@code POST /v1/replays}: a record or {@code {"records": [...]}} → {@code {"replays": [...], "identical", "records"}}. */
    void replay(Context ctx) throws Exception {
        Bodies.requireJson(ctx);
        SenRules engine = engines.engine();
        String body = Bodies.read(ctx, settings.maxBodyBytes());
        Json.parseBounded(engine, body); // 400, in the engine's words, for a body that is not JSON
        List<DecisionRecord> records = DecisionRecord.read(body);
        ObjectNode answer = Json.object();
        ArrayNode list = answer.putArray("replays");
        int identical = 0;
        for (DecisionRecord r : records) {
            Replay replay = r.replay(engine);
            identical += replay.identical() ? 1 : 0;
            ObjectNode o = list.addObject().put("caseId", replay.caseId()).put("ruleSet", replay.ruleSet())
                    .put("identical", replay.identical());
            ArrayNode diffs = o.putArray("differences");
            for (Replay.Difference d : replay.differences()) {
                diffs.addObject().put("path", d.path()).put("recorded", d.recorded()).put("now", d.now());
            }
        }
        answer.put("records", records.size()).put("identical", identical);
        ctx.contentType(Bodies.JSON).result(Json.pretty(answer));
    }
}
