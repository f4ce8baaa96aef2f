package org.mhfa.xapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.mhfa.platform.PlatformConfig;

/**
 * Builds xAPI 1.0.3 statements. Activity ids are IRIs under the public base URL with the content version as a query
 * parameter ({@code <base>/courses/<course>/lessons/<lesson>?version=<hash>}); the actor is an account named by the
 * learner's pseudonym.
 */
@ApplicationScoped
public class StatementFactory {

    public static final String XAPI_VERSION = "1.0.3";
    public static final String PLATFORM = "MHFA Training";

    static final String TYPE_COURSE = "http://adlnet.gov/expapi/activities/course";
    static final String TYPE_LESSON = "http://adlnet.gov/expapi/activities/lesson";
    static final String TYPE_ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
    static final String TYPE_INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";
    static final String TYPE_SIMULATION = "http://adlnet.gov/expapi/activities/simulation";
    static final String TYPE_MEETING = "http://adlnet.gov/expapi/activities/meeting";

    private final ObjectMapper json;
    private final String base;
    private final String organisation;

    StatementFactory(ObjectMapper json, PlatformConfig platform) {
        this.json = json;
        this.base = platform.publicBaseUrl().replaceAll("/+$", "");
        this.organisation = platform.organisationName();
    }

    /** A statement under construction: set its parts, then {@link #toJson()}. */
    public final class Draft {

        final UUID id = UUID.randomUUID();
        final Verb verb;
        final ObjectNode root = json.createObjectNode();
        final ObjectNode context;
        final Instant stored = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        Draft(UUID pseudonym, Verb verb, ObjectNode object, Instant timestamp) {
            this.verb = verb;
            root.put("id", id.toString());
            ObjectNode actor = root.putObject("actor");
            actor.put("objectType", "Agent");
            ObjectNode account = actor.putObject("account");
            account.put("homePage", base);
            account.put("name", pseudonym.toString());
            ObjectNode verbNode = root.putObject("verb");
            verbNode.put("id", verb.iri());
            verbNode.putObject("display").put("en-US", verb.display());
            root.set("object", object);
            context = json.createObjectNode();
            context.put("platform", PLATFORM);
            context.put("language", "en");
            root.put("timestamp", timestamp.truncatedTo(ChronoUnit.MILLIS).toString());
            root.put("stored", stored.toString());
            root.put("version", XAPI_VERSION);
            ObjectNode authority = root.putObject("authority");
            authority.put("objectType", "Agent");
            authority.put("name", organisation);
            ObjectNode authorityAccount = authority.putObject("account");
            authorityAccount.put("homePage", base);
            authorityAccount.put("name", "mhfa-platform");
        }

        /** The result member, created on first use. */
        public ObjectNode result() {
            return root.has("result") ? (ObjectNode) root.get("result") : root.putObject("result");
        }

        public Draft registration(Long enrolmentId) {
            if (enrolmentId != null) {
                context.put("registration", registrationOf(enrolmentId).toString());
            }
            return this;
        }

        public Draft parent(ObjectNode activity) {
            contextActivities("parent").add(activity);
            return this;
        }

        public Draft grouping(ObjectNode activity) {
            contextActivities("grouping").add(activity);
            return this;
        }

        private ArrayNode contextActivities(String kind) {
            ObjectNode activities = context.has("contextActivities")
                    ? (ObjectNode) context.get("contextActivities") : context.putObject("contextActivities");
            return activities.has(kind) ? (ArrayNode) activities.get(kind) : activities.putArray(kind);
        }

        public Draft score(double raw, double min, double max) {
            ObjectNode score = result().putObject("score");
            score.put("scaled", round(max > min ? (raw - min) / (max - min) : 0));
            score.put("raw", round(raw));
            score.put("min", round(min));
            score.put("max", round(max));
            return this;
        }

        public Draft duration(Instant from, Instant to) {
            if (from != null && to != null && !to.isBefore(from)) {
                result().put("duration", isoDuration(Duration.between(from, to)));
            }
            return this;
        }

        public Draft extension(ObjectNode target, String name, String value) {
            ObjectNode extensions = target.has("extensions") ? (ObjectNode) target.get("extensions") : target.putObject("extensions");
            extensions.put(StatementFactory.this.extension(name), value);
            return this;
        }

        public UUID id() {
            return id;
        }

        public Verb verb() {
            return verb;
        }

        public Instant stored() {
            return stored;
        }

        /** The statement as JSON, members in the order of the specification. */
        public String toJson() {
            ObjectNode ordered = json.createObjectNode();
            for (String name : new String[] {"id", "actor", "verb", "object", "result"}) {
                if (root.has(name)) {
                    ordered.set(name, root.get(name));
                }
            }
            ordered.set("context", context);
            for (String name : new String[] {"timestamp", "stored", "version", "authority"}) {
                ordered.set(name, root.get(name));
            }
            try {
                return json.writeValueAsString(ordered);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public Draft draft(UUID pseudonym, Verb verb, ObjectNode object, Instant timestamp) {
        return new Draft(pseudonym, verb, object, timestamp);
    }

    /** An activity: id, name and type. */
    public ObjectNode activity(String path, String version, String name, String type) {
        ObjectNode activity = json.createObjectNode();
        activity.put("objectType", "Activity");
        activity.put("id", activityId(path, version));
        ObjectNode definition = activity.putObject("definition");
        definition.putObject("name").put("en-US", name == null || name.isBlank() ? path : abbreviate(name));
        definition.put("type", type);
        return activity;
    }

    /** An interaction activity (a question, a scenario step) of the given cmi interaction type. */
    public ObjectNode interaction(String path, String version, String name, String interactionType) {
        ObjectNode activity = activity(path, version, name, TYPE_INTERACTION);
        ((ObjectNode) activity.get("definition")).put("interactionType", interactionType);
        return activity;
    }

    /** {@code <base><path>?version=<version>}; no query when there is no version. */
    public String activityId(String path, String version) {
        return base + path + (version == null ? "" : "?version=" + version);
    }

    /** The IRI of one of the platform's extensions, e.g. {@code algee-step}. */
    public String extension(String name) {
        return base + "/xapi/extensions/" + name;
    }

    public String homePage() {
        return base;
    }

    /** The registration (an xAPI UUID) of an enrolment: stable, derived from its id. */
    public static UUID registrationOf(long enrolmentId) {
        return UUID.nameUUIDFromBytes(("mhfa-enrolment:" + enrolmentId).getBytes(StandardCharsets.UTF_8));
    }

    /** ISO 8601 duration with at most centisecond precision, as xAPI asks. */
    static String isoDuration(Duration duration) {
        Duration centis = Duration.ofMillis(duration.toMillis() / 10 * 10);
        return centis.toString();
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    private static String abbreviate(String text) {
        String plain = text.replaceAll("<[^>]+>", "").strip();
        return plain.length() > 200 ? plain.substring(0, 199) + "…" : plain;
    }
}
