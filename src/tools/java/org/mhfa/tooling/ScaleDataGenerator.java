package org.mhfa.tooling;

import java.io.PrintStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mhfa.certificate.CertificateCode;
import org.mhfa.catalogue.ContentLoad;
import org.mhfa.catalogue.ContentLoader;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Lesson;
import org.mhfa.catalogue.ModuleItem;
import org.postgresql.PGConnection;

/**
 * The {@code generate-scale-data} subcommand: fills a PostgreSQL database (already migrated by one start of the
 * platform) with synthetic trainees, enrolments, progress, attempts, scenario runs and certificates in set-based
 * batches, for the scale benchmarks in the README.
 */
public final class ScaleDataGenerator {

    private static final String USAGE = "usage: generate-scale-data --jdbc-url <jdbc:postgresql://…> [--user postgres] "
            + "[--password ''] [--content content] [--trainees 1000000] [--cohort-size 5] [--statements-per-enrolment 42] "
            + "[--benchmark-instructor <subject>] [--batch 20000]";

    private static final Map<String, String> STATEMENT_INDEXES = Map.of(
            "ix_xapi_statement_course", "create index ix_xapi_statement_course on xapi_statement (course_id, id)",
            "ix_xapi_statement_learner", "create index ix_xapi_statement_learner on xapi_statement (learner_id, id)",
            "ix_xapi_statement_stored", "create index ix_xapi_statement_stored on xapi_statement (stored)");

    private final Connection db;
    private final PrintStream out;
    private final Course main;
    private final Course refresher;

    private final int cohortSize;
    private final int statementsPerEnrolment;
    private final String baseUrl;

    private ScaleDataGenerator(Connection db, PrintStream out, Course main, Course refresher, int cohortSize,
            int statementsPerEnrolment, String baseUrl) {
        this.db = db;
        this.out = out;
        this.main = main;
        this.refresher = refresher;
        this.cohortSize = cohortSize;
        this.statementsPerEnrolment = statementsPerEnrolment;
        this.baseUrl = baseUrl;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = options(args);
        if (options == null || !options.containsKey("jdbc-url")) {
            err.println(USAGE);
            return 2;
        }
        ContentLoad content = new ContentLoader().load(Path.of(options.getOrDefault("content", "content")));
        Course main = content.courses().stream().filter(c -> !c.isRefresher()).findFirst().orElse(null);
        Course refresher = content.courses().stream().filter(Course::isRefresher).findFirst().orElse(main);
        if (main == null) {
            err.println("no course in the content folder; pass --content <dir>");
            return 2;
        }
        int trainees = Integer.parseInt(options.getOrDefault("trainees", "1000000"));
        int cohortSize = Integer.parseInt(options.getOrDefault("cohort-size", "5"));
        int batch = Integer.parseInt(options.getOrDefault("batch", "20000")) / cohortSize * cohortSize;
        try (Connection db = DriverManager.getConnection(options.get("jdbc-url"),
                options.getOrDefault("user", "postgres"), options.getOrDefault("password", ""))) {
            if (!migrated(db)) {
                err.println("the database has no schema yet: start the platform against it once (Flyway migrates it)");
                return 1;
            }
            db.setAutoCommit(false);
            ScaleDataGenerator generator = new ScaleDataGenerator(db, out, main, refresher,
                    cohortSize,
                    Integer.parseInt(options.getOrDefault("statements-per-enrolment", "42")),
                    options.getOrDefault("base-url", "http://localhost:8080"));
            generator.generate(trainees, batch);
            if (options.containsKey("benchmark-instructor")) {
                generator.benchmarkCohort(options.get("benchmark-instructor"));
            }
            return 0;
        } catch (SQLException e) {
            err.println("generation failed: " + e.getMessage());
            return 1;
        }
    }

    private void generate(int trainees, int batch) throws SQLException {
        long started = System.nanoTime();
        long offset = scalar("select count(*) from learner where subject like 'synthetic-%'");
        Progress progress = new Progress(out, "trainees", trainees);
        // learning records dominate: their indexes are built once at the end rather than row by row
        execute("alter table xapi_statement drop constraint if exists uq_xapi_statement_statement_id");
        for (String index : STATEMENT_INDEXES.keySet()) {
            execute("drop index if exists " + index);
        }
        db.commit();
        for (long from = 1; from <= trainees; from += batch) {
            long to = Math.min(trainees, from + batch - 1);
            long firstEnrolment = scalar("select coalesce(max(id), 0) from enrolment") + 1;
            traineesAndEnrolments(offset + from, offset + to);
            long lastEnrolment = scalar("select coalesce(max(id), 0) from enrolment");
            lessonProgress(firstEnrolment, lastEnrolment);
            attemptsAndRuns(firstEnrolment, lastEnrolment);
            certificates(firstEnrolment, lastEnrolment);
            cohorts(offset + from, offset + to);
            statements(firstEnrolment, lastEnrolment);
            db.commit();
            progress.show(to);
        }
        execute("select setval('certificate_status_index_seq', (select coalesce(max(status_index), 0) + 1 from certificate))");
        db.commit();
        out.printf("%nindexing learning records%n");
        execute("alter table xapi_statement add constraint uq_xapi_statement_statement_id unique (statement_id)");
        for (String definition : STATEMENT_INDEXES.values()) {
            execute(definition);
        }
        db.commit();
        try (Statement analyse = db.createStatement()) {
            db.setAutoCommit(true);
            analyse.execute("analyze");
        }
        out.printf("%ngenerated %,d trainees in %d s: %,d learners, %,d enrolments, %,d lesson completions, %,d attempts, "
                + "%,d scenario runs, %,d certificates, %,d cohorts, %,d cohort members, %,d xAPI statements in the database%n",
                trainees, (System.nanoTime() - started) / 1_000_000_000L,
                scalar("select count(*) from learner"), scalar("select count(*) from enrolment"),
                scalar("select count(*) from lesson_progress"), scalar("select count(*) from quiz_attempt"),
                scalar("select count(*) from scenario_run"), scalar("select count(*) from certificate"),
                scalar("select count(*) from cohort"), scalar("select count(*) from cohort_member"),
                scalar("select count(*) from xapi_statement"));
    }

    /**
     * Every trainee takes the main course and 85 % complete it; one in five has also taken the refresher, which 85 % of
     * them complete too: a million trainees hold about 1.02 million certificates.
     */
    private void traineesAndEnrolments(long from, long to) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                with trainee as (
                    insert into learner (subject, display_name, email, created_at, last_seen_at, pseudonym)
                    select 'synthetic-' || g, 'Trainee ' || g, 'trainee' || g || '@example.invalid',
                           now() - (g % 1000) * interval '1 day', now() - (g % 90) * interval '1 day', gen_random_uuid()
                    from generate_series(?::bigint, ?::bigint) g
                    returning id, created_at)
                insert into enrolment (learner_id, course_id, enrolled_at, completed_at, elearning_completed_at)
                select id, ?, created_at, case when id % 100 < 85 then created_at + interval '9 days' end,
                       case when id % 100 < 85 then created_at + interval '8 days' end from trainee
                union all
                select id, ?, refresher_at, case when id % 100 < 85 then refresher_at + interval '2 days' end,
                       case when id % 100 < 85 then refresher_at + interval '1 day' end
                from (select id, least(created_at + interval '700 days', now() - interval '3 days') as refresher_at from trainee
                      where id % 5 = 0) refreshing
                where ? <> ?
                """)) {
            insert.setLong(1, from);
            insert.setLong(2, to);
            insert.setString(3, main.id());
            insert.setString(4, refresher.id());
            insert.setString(5, main.id());
            insert.setString(6, refresher.id());
            insert.executeUpdate();
        }
    }

    /** Completed enrolments have every lesson; the others a prefix that depends on the enrolment. */
    private void lessonProgress(long firstEnrolment, long lastEnrolment) throws SQLException {
        for (Course course : List.of(main, refresher)) {
            List<Lesson> lessons = course.items().filter(Lesson.class::isInstance).map(Lesson.class::cast).toList();
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into lesson_progress (enrolment_id, lesson_id, content_version, completed_at)
                    select e.id, l.lesson_id, l.version, e.enrolled_at + l.ord * interval '1 hour'
                    from enrolment e
                    cross join unnest(?::text[], ?::text[]) with ordinality as l(lesson_id, version, ord)
                    where e.id between ? and ? and e.course_id = ?
                      and (e.completed_at is not null or l.ord <= e.id % (cardinality(?::text[]) + 1))
                    """); PreparedStatement views = db.prepareStatement("""
                    insert into lesson_view (enrolment_id, lesson_id, first_viewed_at)
                    select enrolment_id, lesson_id, completed_at - interval '4 minutes' from lesson_progress
                    where enrolment_id between ? and ? and lesson_id = any(?::text[])
                    """)) {
                String[] ids = lessons.stream().map(Lesson::id).toArray(String[]::new);
                insert.setArray(1, db.createArrayOf("text", ids));
                insert.setArray(2, db.createArrayOf("text", lessons.stream().map(Lesson::version).toArray(String[]::new)));
                insert.setLong(3, firstEnrolment);
                insert.setLong(4, lastEnrolment);
                insert.setString(5, course.id());
                insert.setArray(6, db.createArrayOf("text", ids));
                insert.executeUpdate();
                views.setLong(1, firstEnrolment);
                views.setLong(2, lastEnrolment);
                views.setArray(3, db.createArrayOf("text", ids));
                views.executeUpdate();
            }
        }
    }

    /** One to two attempts per knowledge check and one run per scenario of each completed enrolment. */
    private void attemptsAndRuns(long firstEnrolment, long lastEnrolment) throws SQLException {
        for (Course course : List.of(main, refresher)) {
            List<ModuleItem> quizzes = course.items().filter(org.mhfa.catalogue.Quiz.class::isInstance).toList();
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into quiz_attempt (enrolment_id, quiz_id, content_version, answers, correct_count, question_count,
                                              score_percent, passed, started_at, submitted_at, seed, question_ids, status)
                    select e.id, q.quiz_id, q.version, '{}', 3 + (e.id + n) % 3, 5, (3 + (e.id + n) % 3) * 20,
                           (3 + (e.id + n) % 3) >= 4, e.enrolled_at + interval '2 days' + n * interval '1 hour',
                           e.enrolled_at + interval '2 days' + n * interval '1 hour' + interval '6 minutes', e.id * 31 + n, '', 'SUBMITTED'
                    from enrolment e
                    cross join unnest(?::text[], ?::text[]) as q(quiz_id, version)
                    cross join generate_series(0, 1) n
                    where e.id between ? and ? and e.course_id = ? and e.completed_at is not null and (n = 0 or e.id % 3 = 0)
                    """)) {
                insert.setArray(1, db.createArrayOf("text", quizzes.stream().map(ModuleItem::id).toArray(String[]::new)));
                insert.setArray(2, db.createArrayOf("text", quizzes.stream().map(ModuleItem::version).toArray(String[]::new)));
                insert.setLong(3, firstEnrolment);
                insert.setLong(4, lastEnrolment);
                insert.setString(5, course.id());
                insert.executeUpdate();
            }
            List<org.mhfa.catalogue.Scenario> scenarios = course.items()
                    .filter(org.mhfa.catalogue.Scenario.class::isInstance).map(org.mhfa.catalogue.Scenario.class::cast).toList();
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into scenario_run (enrolment_id, scenario_id, content_version, current_node, score, path, status,
                                              outcome, passed, started_at, updated_at, finished_at)
                    select e.id, s.scenario_id, s.version, 'end', 60 + e.id % 40, '[]', 'COMPLETED', 'GOOD', true,
                           e.enrolled_at + interval '3 days', e.enrolled_at + interval '3 days 20 minutes',
                           e.enrolled_at + interval '3 days 20 minutes'
                    from enrolment e cross join unnest(?::text[], ?::text[]) as s(scenario_id, version)
                    where e.id between ? and ? and e.course_id = ? and e.completed_at is not null
                    """)) {
                insert.setArray(1, db.createArrayOf("text", scenarios.stream().map(org.mhfa.catalogue.Scenario::id).toArray(String[]::new)));
                insert.setArray(2, db.createArrayOf("text", scenarios.stream().map(org.mhfa.catalogue.Scenario::version).toArray(String[]::new)));
                insert.setLong(3, firstEnrolment);
                insert.setLong(4, lastEnrolment);
                insert.setString(5, course.id());
                insert.executeUpdate();
            }
        }
    }

    /** A certificate with a real code (secure random, check symbol) for every completed enrolment, copied in bulk. */
    private void certificates(long firstEnrolment, long lastEnrolment) throws SQLException {
        long statusIndex = scalar("select coalesce(max(status_index), -1) from certificate") + 1;
        StringBuilder rows = new StringBuilder();
        try (PreparedStatement completed = db.prepareStatement("""
                select e.id, e.learner_id, e.course_id, e.completed_at, l.display_name
                from enrolment e join learner l on l.id = e.learner_id
                where e.id between ? and ? and e.completed_at is not null order by e.id
                """)) {
            completed.setLong(1, firstEnrolment);
            completed.setLong(2, lastEnrolment);
            try (ResultSet row = completed.executeQuery()) {
                while (row.next()) {
                    Course course = row.getString(3).equals(main.id()) ? main : refresher;
                    LocalDate issued = row.getTimestamp(4).toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
                    long id = row.getLong(1);
                    String revokedAt = id % 500 == 0 ? issued.plusDays(30) + " 12:00:00+00" : "\\N";
                    rows.append(CertificateCode.generate()).append('\t').append(row.getLong(2)).append('\t').append(id)
                            .append('\t').append(course.id()).append('\t').append(course.title()).append('\t')
                            .append(course.version()).append('\t').append(row.getString(5)).append('\t').append(issued)
                            .append('\t').append(issued.plusMonths(course.validityMonths())).append('\t')
                            .append(issued).append(" 12:00:00+00\t").append(revokedAt).append('\t')
                            .append(revokedAt.equals("\\N") ? "\\N" : "Generated revocation").append('\t')
                            .append(statusIndex++).append('\n');
                }
            }
        }
        try {
            db.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy certificate (code, learner_id, enrolment_id, course_id, course_title, course_version, holder_name,
                                      issued_on, expires_on, issued_at, revoked_at, revocation_reason, status_index) from stdin
                    """, new StringReader(rows.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }

    /**
     * Cohorts of the main course, {@code cohortSize} trainees each in trainee order, led by synthetic instructors (one per
     * forty cohorts), with one session each that the members who completed attended. A batch holds whole cohorts, and
     * rows are matched by id ranges, which the indexes serve.
     */
    private void cohorts(long fromTrainee, long toTrainee) throws SQLException {
        long firstCohort = (fromTrainee - 1) / cohortSize + 1;
        long lastCohort = (toTrainee - 1) / cohortSize + 1;
        try (PreparedStatement instructors = db.prepareStatement("""
                insert into learner (subject, display_name, email, created_at, last_seen_at, pseudonym)
                select 'synthetic-instructor-' || g, 'Instructor ' || g, 'instructor' || g || '@example.invalid', now(), now(),
                       gen_random_uuid()
                from generate_series(?::bigint, ?::bigint) g
                on conflict (subject) do nothing
                """)) {
            instructors.setLong(1, firstCohort / 40 + 1);
            instructors.setLong(2, lastCohort / 40 + 1);
            instructors.executeUpdate();
        }
        long cohortBase = scalar("select coalesce(max(id), 0) from cohort");
        try (PreparedStatement cohorts = db.prepareStatement("""
                insert into cohort (course_id, name, starts_on, ends_on, place, capacity, owner_id, created_at)
                select ?, 'Cohort ' || g, current_date - (g % 700)::int, current_date - (g % 700)::int + 30, 'Community hall ' || g % 97,
                       greatest(?, 12), i.id, now()
                from generate_series(?::bigint, ?::bigint) g
                join learner i on i.subject = 'synthetic-instructor-' || (g / 40 + 1)
                order by g
                """)) {
            cohorts.setString(1, main.id());
            cohorts.setInt(2, cohortSize);
            cohorts.setLong(3, firstCohort);
            cohorts.setLong(4, lastCohort);
            cohorts.executeUpdate();
        }
        try (PreparedStatement members = db.prepareStatement("""
                insert into cohort_member (cohort_id, learner_id, invited_email, status, enrolled_at)
                select ? + (substr(l.subject, 11)::bigint - ?) / ? + 1, l.id, l.email, 'ACTIVE', l.created_at
                from learner l where l.subject = any(?::text[])
                """); PreparedStatement sessions = db.prepareStatement("""
                insert into training_session (cohort_id, starts_at, duration_minutes, place, created_at)
                select c.id, c.starts_on + interval '10 hours', 180, c.place, now() from cohort c where c.id > ?
                """); PreparedStatement attendance = db.prepareStatement("""
                insert into attendance (session_id, learner_id, status, recorded_at, recorded_by_id)
                select s.id, m.learner_id, case when e.completed_at is not null then 'PRESENT' else 'ABSENT' end, s.starts_at, c.owner_id
                from training_session s join cohort c on c.id = s.cohort_id join cohort_member m on m.cohort_id = c.id
                join enrolment e on e.learner_id = m.learner_id and e.course_id = c.course_id
                where s.cohort_id > ?
                """)) {
            String[] subjects = new String[(int) (toTrainee - fromTrainee + 1)];
            for (int i = 0; i < subjects.length; i++) {
                subjects[i] = "synthetic-" + (fromTrainee + i);
            }
            members.setLong(1, cohortBase);
            members.setLong(2, fromTrainee);
            members.setInt(3, cohortSize);
            members.setArray(4, db.createArrayOf("text", subjects));
            members.executeUpdate();
            sessions.setLong(1, cohortBase);
            sessions.executeUpdate();
            attendance.setLong(1, cohortBase);
            attendance.executeUpdate();
        }
    }

    /**
     * Learning records: {@code statementsPerEnrolment} xAPI statements per enrolment (lesson views and completions,
     * answers, scenario choices), shaped like the platform's own and pseudonymous like them.
     */
    private void statements(long firstEnrolment, long lastEnrolment) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into xapi_statement (statement_id, learner_id, course_id, verb, stored, statement)
                select x.sid, x.learner_id, x.course_id, x.verb, x.stored,
                       '{"id":"' || x.sid || '","actor":{"objectType":"Agent","account":{"homePage":"' || ? || '","name":"'
                       || x.pseudonym || '"}},"verb":{"id":"http://adlnet.gov/expapi/verbs/' || x.verb
                       || '","display":{"en-US":"' || x.verb || '"}},"object":{"objectType":"Activity","id":"' || ?
                       || '/courses/' || x.course_id || '/lessons/item-' || (x.n % 10) || '?version=generated"},'
                       || '"context":{"registration":"' || md5(x.enrolment_id::text)::uuid || '","platform":"MHFA Training"},'
                       || '"timestamp":"' || to_char(x.stored, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || '","version":"1.0.3"}'
                from (select gen_random_uuid() as sid, e.id as enrolment_id, e.learner_id, e.course_id, l.pseudonym, n,
                             e.enrolled_at + n * interval '7 minutes' as stored,
                             (array['experienced','completed','answered','responded','passed'])[1 + (n % 5)] as verb
                      from enrolment e join learner l on l.id = e.learner_id
                      cross join generate_series(1, ?) n
                      where e.id between ? and ?) x
                """)) {
            insert.setString(1, baseUrl);
            insert.setString(2, baseUrl);
            insert.setInt(3, statementsPerEnrolment);
            insert.setLong(4, firstEnrolment);
            insert.setLong(5, lastEnrolment);
            insert.executeUpdate();
        }
    }

    /** A 30-person cohort of the main course led by the given (real, signed-in once) instructor, for the dashboard benchmark. */
    private void benchmarkCohort(String instructorSubject) throws SQLException {
        db.setAutoCommit(false);
        execute("""
                insert into cohort (course_id, name, starts_on, ends_on, place, capacity, owner_id, created_at)
                select '%s', 'Benchmark cohort', current_date - 20, current_date + 10, 'Training room 1', 30, id, now()
                from learner where subject = '%s'
                """.formatted(main.id(), instructorSubject.replace("'", "''")));
        execute("""
                insert into cohort_member (cohort_id, learner_id, invited_email, status, enrolled_at)
                select (select max(id) from cohort where name = 'Benchmark cohort'), id, email, 'ACTIVE', now()
                from learner where subject like 'synthetic-%' and subject not like 'synthetic-instructor-%'
                order by id limit 30
                """);
        execute("""
                insert into training_session (cohort_id, starts_at, duration_minutes, place, created_at)
                select max(id), now() - interval '3 days', 180, 'Training room 1', now() from cohort where name = 'Benchmark cohort'
                """);
        execute("""
                insert into attendance (session_id, learner_id, status, recorded_at, recorded_by_id)
                select s.id, m.learner_id, case when m.learner_id % 4 = 0 then 'ABSENT' else 'PRESENT' end, now(), c.owner_id
                from training_session s join cohort c on c.id = s.cohort_id join cohort_member m on m.cohort_id = c.id
                where c.id = (select max(id) from cohort where name = 'Benchmark cohort')
                """);
        db.commit();
        out.printf("benchmark cohort %d: 30 trainees, led by %s%n", scalar("select max(id) from cohort where name = 'Benchmark cohort'"),
                instructorSubject);
    }

    private static boolean migrated(Connection db) throws SQLException {
        try (ResultSet tables = db.getMetaData().getTables(null, null, "certificate", null)) {
            return tables.next();
        }
    }

    private long scalar(String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> list = new ArrayList<>(List.of(args));
        for (int i = 0; i < list.size(); i += 2) {
            if (!list.get(i).startsWith("--") || i + 1 >= list.size()) {
                return null;
            }
            options.put(list.get(i).substring(2), list.get(i + 1));
        }
        return options;
    }
}
