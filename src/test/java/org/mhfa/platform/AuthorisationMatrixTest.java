package org.mhfa.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.testing.AccessFixture;
import org.mhfa.testing.AccessFixture.Body;
import org.mhfa.testing.AccessFixture.Caller;
import org.mhfa.testing.Journeys;

/**
 * The authorisation matrix: every operation the service offers (each path and method of its OpenAPI description, pages
 * included) has a row with the decision each kind of caller gets, and the test asks the running service as each of them.
 * A new endpoint cannot ship without its row; a row whose operation is gone fails too.
 *
 * <p>One letter per caller, in this order: anonymous; the trainee (who owns the fixture's learning: enrolment, attempts, a
 * scenario run, a certificate); another trainee; the cohort's instructor (leads the trainee's cohort); another instructor
 * (leads another cohort); an agency member (a person acting for agency A, with the partner role); an admin; agency client A
 * (client-credentials token of A); agency client B.
 * <b>A</b> allowed: any answer but 401, 403, 404 and, for a page, a redirect to sign-in. <b>D</b> denied: 401 or 403, or for a
 * page a redirect to the Keycloak login. <b>H</b> hidden: 404, the thing exists but is not this caller's and is answered as if
 * it did not. A server error is never a decision and always fails.
 */
@QuarkusTest
class AuthorisationMatrixTest {

    private static final List<Row> TABLE = List.of(
            // 1 anonymous  2 trainee  3 another trainee  4 the cohort's instructor  5 another instructor  6 agency member
            // 7 admin  8 agency client A  9 agency client B                                       1 2 3 4 5 6 7 8 9
            row("GET /",                                                                          "A A A A A A A A A"),
            row("GET /.well-known/jwks.json",                                                     "A A A A A A A A A"),
            row("GET /admin/agencies",                                                            "D D D D D D A D D"),
            row("POST /admin/agencies",                                                           "D D D D D D A D D"),
            row("GET /admin/agencies/{id}",                                                       "D D D D D D A D D"),
            row("POST /admin/agencies/{id}/members",                                              "D D D D D D A D D"),
            row("POST /admin/agencies/{id}/secret",                                               "D D D D D D A D D"),
            row("GET /api/admin/agencies",                                                        "D D D D D D A D D"),
            row("POST /api/admin/agencies",                                                       "D D D D D D A D D"),
            row("GET /api/admin/agencies/{id}",                                                   "D D D D D D A D D"),
            row("GET /api/admin/agencies/{id}/members",                                           "D D D D D D A D D"),
            row("POST /api/admin/agencies/{id}/members",                                          "D D D D D D A D D"),
            row("PUT /api/admin/agencies/{id}/scopes",                                            "D D D D D D A D D"),
            row("POST /api/admin/agencies/{id}/secret",                                           "D D D D D D A D D"),
            row("POST /api/admin/content/reload",                                                 "D D D D D D A D D"),
            row("GET /api/authoring/courses",                                                     "D D D A A D A D D"),
            row("POST /api/authoring/courses",                                                    "D D D D D D A D D"),
            row("GET /api/authoring/courses/{course}/authors",                                    "D D D D D D A D D"),
            row("POST /api/authoring/courses/{course}/authors",                                   "D D D D D D A D D"),
            row("DELETE /api/authoring/courses/{course}/authors/{learnerId}",                     "D D D D D D A D D"),
            row("GET /api/authoring/courses/{course}/draft",                                      "D D D A D D A D D"),
            row("DELETE /api/authoring/courses/{course}/draft",                                   "D D D A D D A D D"),
            row("POST /api/authoring/courses/{course}/draft/archive",                             "D D D A D D A D D"),
            row("POST /api/authoring/courses/{course}/draft/checks",                              "D D D A D D A D D"),
            row("POST /api/authoring/courses/{course}/draft/files",                               "D D D A D D A D D"),
            row("GET /api/authoring/courses/{course}/draft/files/{path}",                         "D D D A D D A D D"),
            row("PUT /api/authoring/courses/{course}/draft/files/{path}",                         "D D D A D D A D D"),
            row("DELETE /api/authoring/courses/{course}/draft/files/{path}",                      "D D D A D D A D D"),
            row("PUT /api/authoring/courses/{course}/draft/assets/{name}",                        "D D D A D D A D D"),
            row("DELETE /api/authoring/courses/{course}/draft/assets/{name}",                     "D D D A D D A D D"),
            row("GET /api/authoring/courses/{course}/draft/gift/{path}",                          "D D D A D D A D D"),
            row("POST /api/authoring/courses/{course}/draft/question-imports",                    "D D D A D D A D D"),
            row("POST /api/authoring/courses/{course}/draft/moves",                               "D D D A D D A D D"),
            row("POST /api/authoring/courses/{course}/draft/reorders",                            "D D D A D D A D D"),
            row("GET /api/authoring/courses/{course}/versions",                                   "D D D A D D A D D"),
            row("POST /api/authoring/courses/{course}/versions",                                  "D D D A D D A D D"),
            row("GET /api/authoring/courses/{course}/versions/{number}",                          "D D D A D D A D D"),
            row("GET /api/authoring/courses/{course}/versions/{number}/archive",                  "D D D A D D A D D"),
            row("GET /api/authoring/courses/{course}/versions/{number}/changes",                  "D D D A D D A D D"),
            row("POST /api/authoring/courses/{course}/versions/{number}/rollback",                "D D D A D D A D D"),
            row("GET /api/courses",                                                               "A A A A A A A A A"),
            row("GET /api/courses/{courseId}",                                                    "A A A A A A A A A"),
            row("GET /api/courses/{courseId}/quizzes/{quizId}",                                   "D A A A A A A D D"),
            row("POST /api/courses/{courseId}/quizzes/{quizId}/attempts",                         "D A A A A A A D D"),
            row("GET /api/courses/{courseId}/quizzes/{quizId}/attempts/{attemptId}",              "D A H H H H H D D"),
            row("POST /api/courses/{courseId}/quizzes/{quizId}/attempts/{attemptId}/answers",     "D A H H H H H D D"),
            row("GET /api/courses/{courseId}/scenarios/{scenarioId}",                             "D A A A A A A D D"),
            row("POST /api/courses/{courseId}/scenarios/{scenarioId}/runs",                       "D A A A A A A D D"),
            row("GET /api/courses/{courseId}/scenarios/{scenarioId}/runs/{runId}",                "D A H H H H H D D"),
            row("POST /api/courses/{courseId}/scenarios/{scenarioId}/runs/{runId}/back",          "D A H H H H H D D"),
            row("POST /api/courses/{courseId}/scenarios/{scenarioId}/runs/{runId}/choices",       "D A H H H H H D D"),
            row("POST /api/courses/{courseId}/scenarios/{scenarioId}/runs/{runId}/leave",         "D A H H H H H D D"),
            row("GET /api/instructor/certificates/{code}",                                        "D D D A H D A D D"),  // an instructor acts only on the certificates of their own cohorts' trainees
            row("POST /api/instructor/certificates/{code}/reissue",                               "D D D A H D A D D"),  // an instructor acts only on the certificates of their own cohorts' trainees
            row("POST /api/instructor/certificates/{code}/revocation",                            "D D D A H D A D D"),  // an instructor acts only on the certificates of their own cohorts' trainees
            row("GET /api/instructor/cohorts",                                                    "D D D A A D A D D"),
            row("POST /api/instructor/cohorts",                                                   "D D D A A D A D D"),
            row("GET /api/instructor/cohorts/{id}",                                               "D D D A H D A D D"),
            row("POST /api/instructor/cohorts/{id}/certificate-runs",                             "D D D A H D A D D"),
            row("GET /api/instructor/cohorts/{id}/certificate-runs/{runId}",                      "D D D A H D A D D"),
            row("GET /api/instructor/cohorts/{id}/certificate-runs/{runId}/certificates.zip",     "D D D A H D A D D"),
            row("GET /api/instructor/cohorts/{id}/dashboard",                                     "D D D A H D A D D"),
            row("POST /api/instructor/cohorts/{id}/members",                                      "D D D A H D A D D"),
            row("DELETE /api/instructor/cohorts/{id}/members/{memberId}",                         "D D D A H D A D D"),
            row("POST /api/instructor/cohorts/{id}/sessions",                                     "D D D A H D A D D"),
            row("GET /api/instructor/cohorts/{id}/sessions/{sessionId}",                          "D D D A H D A D D"),
            row("PUT /api/instructor/cohorts/{id}/sessions/{sessionId}/attendance",               "D D D A H D A D D"),
            row("GET /api/instructor/content",                                                    "D D D A A D A D D"),
            row("GET /api/me/certificates",                                                       "D A A A A A A D D"),
            row("GET /api/me/certificates/{code}",                                                "D A H H H H H D D"),
            row("GET /api/me/certificates/{code}/credential",                                     "D A H H H H H D D"),
            row("GET /api/me/certificates/{code}/pdf",                                            "D A H H H H H D D"),
            row("GET /api/me/data",                                                               "D A A A A A A D D"),
            row("GET /api/me/invitations",                                                        "D A A A A A A D D"),
            row("POST /api/me/invitations/{id}/accept",                                           "D A H H H H H D D"),
            row("POST /api/me/invitations/{id}/decline",                                          "D A H H H H H D D"),
            row("GET /api/me/enrolments",                                                         "D A A A A A A D D"),
            row("GET /api/me/enrolments/{courseId}",                                              "D A A A A A A D D"),
            row("POST /api/me/enrolments/{courseId}",                                             "D A A A A A A D D"),
            row("PUT /api/me/enrolments/{courseId}/lessons/{lessonId}",                           "D A A A A A A D D"),
            row("POST /api/me/erasure",                                                           "D A A A A A A D D"),
            row("POST /api/partner/verifications",                                                "D D D D D D D A A"),
            row("GET /api/partner/verifications/history",                                         "D D D D D D D A A"),
            row("GET /api/partner/webhooks",                                                      "D D D D D D D A A"),
            row("POST /api/partner/webhooks",                                                     "D D D D D D D A A"),
            row("DELETE /api/partner/webhooks/{id}",                                              "D D D D D D D A H"),
            row("GET /api/partner/webhooks/{id}",                                                 "D D D D D D D A H"),
            row("GET /api/partner/webhooks/{id}/deliveries",                                      "D D D D D D D A H"),
            row("GET /api/verifications/{code}",                                                  "A A A A A A A A A"),
            row("GET /api/xapi/statements",                                                       "D D D A A D A D D"),
            row("GET /certificates/{code}.pdf",                                                   "D A H H H H H D D"),
            row("GET /certificates/{code}/credential",                                            "D A H H H H H D D"),
            row("GET /courses/{courseId}",                                                        "A A A A A A A A A"),
            row("GET /courses/{courseId}/assets/{file}",                                          "H H H A H H A H H"),
            row("POST /courses/{courseId}/enrolment",                                             "D A A A A A A D D"),
            row("GET /courses/{courseId}/lessons/{lessonId}",                                     "D A A A A A A D D"),
            row("POST /courses/{courseId}/lessons/{lessonId}/read",                               "D A A A A A A D D"),
            row("GET /courses/{courseId}/quizzes/{quizId}",                                       "D A A A A A A D D"),
            row("POST /courses/{courseId}/quizzes/{quizId}/attempts",                             "D A A A A A A D D"),
            row("GET /courses/{courseId}/quizzes/{quizId}/attempts/{attemptId}",                  "D A H H H H H D D"),
            row("POST /courses/{courseId}/quizzes/{quizId}/attempts/{attemptId}",                 "D A H H H H H D D"),
            row("GET /courses/{courseId}/scenarios/{scenarioId}",                                 "D A A A A A A D D"),
            row("POST /courses/{courseId}/scenarios/{scenarioId}/runs",                           "D A A A A A A D D"),
            row("POST /courses/{courseId}/scenarios/{scenarioId}/runs/{runId}/back",              "D A H H H H H D D"),
            row("POST /courses/{courseId}/scenarios/{scenarioId}/runs/{runId}/choices",           "D A H H H H H D D"),
            row("POST /courses/{courseId}/scenarios/{scenarioId}/runs/{runId}/leave",             "D A H H H H H D D"),
            row("GET /credentials/contexts/{name}",                                               "A A A A A A A A A"),
            row("GET /credentials/status/1",                                                      "A A A A A A A A A"),
            row("GET /hello",                                                                     "A A A A A A A A A"),
            row("GET /instructor/cohorts",                                                        "D D D A A D A D D"),
            row("POST /instructor/cohorts",                                                       "D D D A A D A D D"),
            row("GET /instructor/cohorts/{id}",                                                   "D D D A H D A D D"),
            row("GET /instructor/cohorts/{id}/certificate-runs",                                  "D D D A H D A D D"),
            row("POST /instructor/cohorts/{id}/certificate-runs",                                 "D D D A H D A D D"),
            row("GET /instructor/cohorts/{id}/certificate-runs/{runId}",                          "D D D A H D A D D"),
            row("GET /instructor/cohorts/{id}/certificate-runs/{runId}/certificates.zip",         "D D D A H D A D D"),
            row("GET /instructor/cohorts/{id}/certificate-runs/{runId}/progress",                 "D D D A H D A D D"),
            row("GET /instructor/cohorts/{id}/dashboard",                                         "D D D A H D A D D"),
            row("GET /instructor/cohorts/{id}/dashboard.csv",                                     "D D D A H D A D D"),
            row("POST /instructor/cohorts/{id}/members",                                          "D D D A H D A D D"),
            row("POST /instructor/cohorts/{id}/members/{memberId}/removal",                       "D D D A H D A D D"),
            row("POST /instructor/cohorts/{id}/sessions",                                         "D D D A H D A D D"),
            row("GET /instructor/cohorts/{id}/sessions/{sessionId}",                              "D D D A H D A D D"),
            row("POST /instructor/cohorts/{id}/sessions/{sessionId}/attendance",                  "D D D A H D A D D"),
            row("GET /instructor/authoring",                                                      "D D D A A D A D D"),
            row("POST /instructor/authoring",                                                     "D D D D D D A D D"),
            row("GET /instructor/authoring/{course}",                                             "D D D A D D A D D"),
            row("POST /instructor/authoring/{course}/archive",                                    "D D D A D D A D D"),
            row("POST /instructor/authoring/{course}/authors",                                    "D D D D D D A D D"),
            row("POST /instructor/authoring/{course}/authors/{learnerId}/removal",                "D D D D D D A D D"),
            row("GET /instructor/authoring/{course}/check-playtest/{path}",                       "D D D A D D A D D"),
            row("POST /instructor/authoring/{course}/check-playtest/{path}",                      "D D D A D D A D D"),
            row("POST /instructor/authoring/{course}/checks",                                     "D D D A D D A D D"),
            row("POST /instructor/authoring/{course}/images",                                     "D D D A D D A D D"),
            row("POST /instructor/authoring/{course}/images/{name}/deletion",                     "D D D A D D A D D"),
            row("POST /instructor/authoring/{course}/draft/deletion",                             "D D D A D D A D D"),
            row("POST /instructor/authoring/{course}/files",                                      "D D D A D D A D D"),
            row("GET /instructor/authoring/{course}/files/{path}",                                "D D D A D D A D D"),
            row("POST /instructor/authoring/{course}/files/{path}",                               "D D D A D D A D D"),
            row("POST /instructor/authoring/{course}/files/{path}/deletion",                      "D D D A D D A D D"),
            row("GET /instructor/authoring/{course}/gift/{path}",                                 "D D D A D D A D D"),
            row("GET /instructor/authoring/{course}/playtest/{path}",                             "D D D A D D A D D"),
            row("POST /instructor/authoring/{course}/question-imports",                           "D D D A D D A D D"),
            row("POST /instructor/authoring/{course}/moves",                                      "D D D A D D A D D"),
            row("POST /instructor/authoring/{course}/reorders",                                   "D D D A D D A D D"),
            row("POST /instructor/authoring/{course}/versions",                                   "D D D A D D A D D"),
            row("GET /instructor/authoring/{course}/versions/{number}",                           "D D D A D D A D D"),
            row("GET /instructor/authoring/{course}/versions/{number}/archive",                   "D D D A D D A D D"),
            row("POST /instructor/authoring/{course}/versions/{number}/rollback",                 "D D D A D D A D D"),
            row("GET /instructor/content",                                                        "D D D A A D A D D"),
            row("GET /instructor/writing-rules",                                                  "D D D A A D A D D"),
            row("GET /instructor/courses/{courseId}",                                             "D D D A A D A D D"),
            row("GET /instructor/courses/{courseId}/quizzes/{quizId}",                            "D D D A A D A D D"),
            row("GET /instructor/courses/{courseId}/scenarios/{scenarioId}",                      "D D D A A D A D D"),
            row("GET /instructor/courses/{courseId}/scenarios/{scenarioId}/graph.svg",            "D D D A A D A D D"),
            row("GET /issuer",                                                                    "A A A A A A A A A"),
            row("GET /issuer/jwks",                                                               "A A A A A A A A A"),
            row("GET /me",                                                                        "D A A A A A A D D"),
            row("GET /me/invitations",                                                            "D A A A A A A D D"),
            row("POST /me/invitations/{id}/accept",                                               "D A H H H H H D D"),
            row("POST /me/invitations/{id}/decline",                                              "D A H H H H H D D"),
            row("GET /me/privacy",                                                                "D A A A A A A D D"),
            row("GET /me/privacy/data",                                                           "D A A A A A A D D"),
            row("GET /me/privacy/erased",                                                         "A A A A A A A A A"),
            row("POST /me/privacy/erasure",                                                       "D A A A A A A D D"),
            row("GET /partner/history",                                                           "D D D D D A D D D"),
            row("GET /signin",                                                                    "D A A A A A A D D"),
            row("GET /signout",                                                                   "A A A A A A A A A"),
            row("GET /verify",                                                                    "A A A A A A A A A"),
            row("POST /verify",                                                                   "A A A A A A A A A"),
            row("GET /verify/{code}",                                                             "A A A A A A A A A")
    );

    /**
     * Bodies for writes whose own validation would otherwise answer before anyone asks whose the thing is: each passes the
     * request's validation, reaches the access check, and is then refused by the service, so an allowed caller changes
     * nothing. Every other write sends an invalid body ({@code {}} for JSON, a form with only the CSRF token).
     */
    private static final Map<String, String> BODIES = Map.of(
            "POST /api/courses/{courseId}/quizzes/{quizId}/attempts/{attemptId}/answers", "{\"answers\": {}}",
            "POST /api/courses/{courseId}/scenarios/{scenarioId}/runs/{runId}/choices", "{\"choice\": 99}",
            "POST /api/instructor/cohorts/{id}/members", "{\"emails\": [\"not-an-address\"]}",
            "PUT /api/instructor/cohorts/{id}/sessions/{sessionId}/attendance", "{\"marks\": [{\"learnerId\": -1, \"status\": \"PRESENT\"}]}",
            "POST /api/instructor/cohorts/{id}/sessions", "{\"startsAt\": \"2030-01-07T18:00:00Z\", \"durationMinutes\": 60}",
            "POST /api/instructor/certificates/{code}/revocation", "{\"reason\": \"checked by the authorisation matrix\"}",
            "POST /api/instructor/certificates/{code}/reissue", "{\"holderName\": \"Matrix Check\"}");

    /**
     * Writes that an allowed caller cannot make harmless: each caller gets a fresh target (a new certificate of the trainee's,
     * a new subscription of A's). Writes that cannot be refused by their body either add something of the caller's own or
     * something no other row reads: an allowed caller enrols themselves, starts an attempt (the trainee gets their open one
     * back) or a scenario run, marks a lesson read, reloads the content, rotates the secret of a spare agency, starts a
     * certificate run or adds a session to the cohort (the valid session above). Reads run first, then the writes in table order.
     */
    private static final Set<String> FRESH_TARGETS = Set.of(
            "POST /api/instructor/certificates/{code}/revocation",
            "POST /api/instructor/certificates/{code}/reissue",
            "DELETE /api/partner/webhooks/{id}",
            "POST /api/me/invitations/{id}/accept",
            "POST /api/me/invitations/{id}/decline",
            "POST /me/invitations/{id}/accept",
            "POST /me/invitations/{id}/decline",
            "DELETE /api/instructor/cohorts/{id}/members/{memberId}",
            "POST /instructor/cohorts/{id}/members/{memberId}/removal",
            "DELETE /api/authoring/courses/{course}/draft/files/{path}",
            "DELETE /api/authoring/courses/{course}/draft/assets/{name}",
            "POST /instructor/authoring/{course}/images/{name}/deletion",
            "POST /instructor/authoring/{course}/files/{path}/deletion",
            "DELETE /api/authoring/courses/{course}/authors/{learnerId}",
            "POST /instructor/authoring/{course}/authors/{learnerId}/removal");

    private static final int ROW_WIDTH = 82;
    private static final String CALLERS = "anon trainee trainee2 instructor instructor2 member admin clientA clientB";
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/form-data";
    private static AccessFixture fixture;

    @Inject
    ContentRepository content;

    @Test
    void everyOperationHasARowAndEveryRowAnOperation() {
        Map<String, Operation> operations = operations();
        Map<String, Row> rows = rows();
        List<Operation> missing = operations.values().stream().filter(operation -> !rows.containsKey(operation.key())).toList();
        List<String> stale = rows.keySet().stream().filter(key -> !operations.containsKey(key)).toList();
        StringBuilder message = new StringBuilder();
        if (!missing.isEmpty()) {
            message.append(missing.size()).append(" operations have no row. Here they are with the answers they give today: check ")
                    .append("each letter against what should happen, then paste them into TABLE (callers: ").append(CALLERS).append(")\n");
            missing.forEach(operation -> message.append(todaysRow(operation)).append('\n'));
        }
        if (!stale.isEmpty()) {
            message.append(stale.size()).append(" rows name operations the service no longer offers; remove them:\n");
            stale.forEach(key -> message.append("  ").append(key).append('\n'));
        }
        assertTrue(message.isEmpty(), message.toString());
    }

    @Test
    void everyCallerGetsTheDecisionOfItsRow() {
        Map<String, Operation> operations = operations();
        List<String> wrong = new ArrayList<>();
        fixture();
        long started = System.nanoTime();
        for (Row row : inRunningOrder()) {
            Operation operation = operations.get(row.operation());
            if (operation == null) {
                continue;
            }
            Asked asked = ask(operation);
            if (!asked.letters().equals(row.decisions())) {
                wrong.add(line(row.operation(), row.decisions()) + "\n" + answeredToday(asked));
            }
        }
        System.out.printf("authorisation matrix: %d rows × 9 callers in %d s%n", TABLE.size(), (System.nanoTime() - started) / 1_000_000_000);
        assertTrue(wrong.isEmpty(), wrong.size() + " rows are answered otherwise than written (callers: " + CALLERS + "):\n"
                + String.join("\n", wrong));
    }

    // ------------------------------------------------------------------------------------------------ the machinery

    /** One row of the table: an operation ("METHOD /path/{parameter}") and a letter per caller. */
    record Row(String operation, String decisions) {

        Row {
            if (!decisions.matches("[ADH]( [ADH]){8}")) {
                throw new IllegalArgumentException("the row of " + operation + " needs nine letters A, D or H: " + decisions);
            }
        }
    }

    private static Row row(String operation, String decisions) {
        return new Row(operation, decisions);
    }

    /** An operation of the OpenAPI description: method, path template, and the media types its body may have. */
    record Operation(String method, String path, List<String> mediaTypes) {

        String key() {
            return method + " " + path;
        }
    }

    /** What the callers were answered: a letter each, and the statuses behind them. */
    record Asked(String letters, String statuses) {
    }

    private static Map<String, Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Row row : TABLE) {
            if (rows.put(row.operation(), row) != null) {
                throw new IllegalStateException("two rows for " + row.operation());
            }
        }
        return rows;
    }

    /** Reads first, so that they meet the fixture as built; then the writes, in table order. */
    private static List<Row> inRunningOrder() {
        return Stream.concat(TABLE.stream().filter(row -> row.operation().startsWith("GET ")),
                TABLE.stream().filter(row -> !row.operation().startsWith("GET "))).toList();
    }

    /** Every path and method of the running service's OpenAPI description. */
    private static Map<String, Operation> operations() {
        JsonNode paths = read(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString())
                .get("paths");
        Map<String, Operation> operations = new LinkedHashMap<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (Set.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                List<String> mediaTypes = new ArrayList<>();
                method.getValue().path("requestBody").path("content").fieldNames().forEachRemaining(mediaTypes::add);
                Operation operation = new Operation(method.getKey().toUpperCase(), path.getKey(), mediaTypes);
                operations.put(operation.key(), operation);
            }
        }));
        return operations.values().stream().sorted(Comparator.comparing(Operation::path).thenComparing(Operation::method))
                .collect(Collectors.toMap(Operation::key, operation -> operation, (a, b) -> a, LinkedHashMap::new));
    }

    /** Asks the service as each caller in turn. */
    private Asked ask(Operation operation) {
        boolean fresh = FRESH_TARGETS.contains(operation.key());
        String path = fresh ? null : fixture().path(operation.path(), false);
        Body body = bodyOf(operation);
        StringBuilder letters = new StringBuilder();
        StringBuilder statuses = new StringBuilder();
        for (Caller caller : Caller.values()) {
            AccessFixture.Answer answer = fixture().send(caller, operation.method(),
                    fresh ? fixture().path(operation.path(), true) : path, body);
            letters.append(letters.isEmpty() ? "" : " ").append(decision(answer, !operation.path().startsWith("/api/")));
            statuses.append(statuses.isEmpty() ? "" : " ").append(answer.status());
        }
        return new Asked(letters.toString(), statuses.toString());
    }

    /** A, D or H for an answer; E for a server error, which no row may hold. */
    private static char decision(AccessFixture.Answer answer, boolean page) {
        int status = answer.status();
        if (status >= 500) {
            return 'E';
        }
        if (status == 401 || status == 403) {
            return 'D';
        }
        if (status == 404) {
            return 'H';
        }
        boolean toSignIn = status >= 300 && status < 400 && answer.location() != null
                && answer.location().contains("/protocol/openid-connect/auth");
        return page && toSignIn ? 'D' : 'A';
    }

    /** The body a write sends: a chosen one (BODIES), else an invalid one in the first media type it takes. */
    private static Body bodyOf(Operation operation) {
        if (BODIES.containsKey(operation.key())) {
            return new Body(JSON, BODIES.get(operation.key()));
        }
        if (operation.method().equals("GET") || operation.method().equals("DELETE")) {
            return null;
        }
        List<String> types = operation.mediaTypes();
        if (types.contains(JSON)) {
            return new Body(JSON, "{}");
        }
        if (types.contains(FORM) || types.contains(MULTIPART)) {
            return new Body(types.contains(FORM) ? FORM : MULTIPART, "");
        }
        if (!types.isEmpty()) {
            return new Body(types.get(0), "");
        }
        return operation.path().startsWith("/api/") ? null : new Body(FORM, "");
    }

    private AccessFixture fixture() {
        if (fixture == null) {
            long started = System.nanoTime();
            fixture = AccessFixture.build(content.course(Journeys.SAMPLE_COURSE).orElseThrow());
            System.out.printf("authorisation matrix: fixture built in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        }
        return fixture;
    }

    /** The row of an operation as today's answers would write it, with the statuses; question marks if it cannot be asked. */
    private String todaysRow(Operation operation) {
        try {
            Asked asked = ask(operation);
            return line(operation.key(), asked.letters()) + "  // " + asked.statuses();
        } catch (IllegalStateException e) {
            return line(operation.key(), "? ? ? ? ? ? ? ? ?") + "  // " + e.getMessage();
        }
    }

    /** A row as the table writes it. */
    private static String line(String operation, String letters) {
        String quoted = "\"" + operation + "\",";
        return "            row(" + quoted + " ".repeat(Math.max(1, ROW_WIDTH - quoted.length())) + "\"" + letters + "\"),";
    }

    /** The answers under their row, with the statuses behind the letters. */
    private static String answeredToday(Asked asked) {
        String label = "            answered today:";
        return label + " ".repeat(Math.max(1, ROW_WIDTH + 16 - label.length())) + "\"" + asked.letters() + "\"   " + asked.statuses();
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(json, e);
        }
    }
}
