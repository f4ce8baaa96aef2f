package org.mhfa.scale;

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
import org.mhfa.content.ContentLoad;
import org.mhfa.content.ContentLoader;
import org.mhfa.course.Course;
import org.mhfa.course.Lesson;
import org.mhfa.course.ModuleItem;
import org.postgresql.PGConnection;

/**
 * The {@code generate-scale-data} subcommand: fills a PostgreSQL database (already migrated by one start of the
 * platform) with synthetic trainees, enrolments, progress, attempts, scenario runs and certificates in set-based
 * batches, for the scale benchmarks in the README.
 */
public final class ScaleDataGenerator {

    private static final String USAGE = "usage: generate-scale-data --jdbc-url <jdbc:postgresql://…> [--user postgres] "
            + "[--password ''] [--content content] [--trainees 1000000] [--batch 20000]";

    private final Connection db;
    private final PrintStream out;
    private final Course main;
    private final Course refresher;

    private ScaleDataGenerator(Connection db, PrintStream out, Course main, Course refresher) {
        this.db = db;
        this.out = out;
        this.main = main;
        this.refresher = refresher;
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
        int batch = Integer.parseInt(options.getOrDefault("batch", "20000"));
        try (Connection db = DriverManager.getConnection(options.get("jdbc-url"),
                options.getOrDefault("user", "postgres"), options.getOrDefault("password", ""))) {
            if (!migrated(db)) {
                err.println("the database has no schema yet: start the platform against it once (Flyway migrates it)");
                return 1;
            }
            db.setAutoCommit(false);
            new ScaleDataGenerator(db, out, main, refresher).generate(trainees, batch);
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
        for (long from = 1; from <= trainees; from += batch) {
            long to = Math.min(trainees, from + batch - 1);
            long firstEnrolment = scalar("select coalesce(max(id), 0) from enrolment") + 1;
            traineesAndEnrolments(offset + from, offset + to);
            long lastEnrolment = scalar("select coalesce(max(id), 0) from enrolment");
            lessonProgress(firstEnrolment, lastEnrolment);
            attemptsAndRuns(firstEnrolment, lastEnrolment);
            certificates(firstEnrolment, lastEnrolment);
            db.commit();
            progress.show(to);
        }
        execute("select setval('certificate_status_index_seq', (select coalesce(max(status_index), 0) + 1 from certificate))");
        db.commit();
        try (Statement analyse = db.createStatement()) {
            db.setAutoCommit(true);
            analyse.execute("analyze");
        }
        out.printf("%ngenerated %,d trainees in %d s: %,d learners, %,d enrolments, %,d lesson completions, %,d attempts, "
                + "%,d scenario runs, %,d certificates in the database%n", trainees, (System.nanoTime() - started) / 1_000_000_000L,
                scalar("select count(*) from learner"), scalar("select count(*) from enrolment"),
                scalar("select count(*) from lesson_progress"), scalar("select count(*) from quiz_attempt"),
                scalar("select count(*) from scenario_run"), scalar("select count(*) from certificate"));
    }

    /** Every trainee takes the main course; one in five has also started the refresher; 85 % have completed. */
    private void traineesAndEnrolments(long from, long to) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                with trainee as (
                    insert into learner (subject, display_name, email, created_at, last_seen_at)
                    select 'synthetic-' || g, 'Trainee ' || g, 'trainee' || g || '@example.invalid',
                           now() - (g % 1000) * interval '1 day', now() - (g % 90) * interval '1 day'
                    from generate_series(?::bigint, ?::bigint) g
                    returning id, created_at)
                insert into enrolment (learner_id, course_id, enrolled_at, completed_at)
                select id, ?, created_at, case when id % 100 < 85 then created_at + interval '9 days' end from trainee
                union all
                select id, ?, created_at + interval '700 days', null from trainee where id % 5 = 0 and ? <> ?
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
                    """)) {
                String[] ids = lessons.stream().map(Lesson::id).toArray(String[]::new);
                insert.setArray(1, db.createArrayOf("text", ids));
                insert.setArray(2, db.createArrayOf("text", lessons.stream().map(Lesson::version).toArray(String[]::new)));
                insert.setLong(3, firstEnrolment);
                insert.setLong(4, lastEnrolment);
                insert.setString(5, course.id());
                insert.setArray(6, db.createArrayOf("text", ids));
                insert.executeUpdate();
            }
        }
    }

    /** One to two attempts per knowledge check and one run per scenario of each completed enrolment. */
    private void attemptsAndRuns(long firstEnrolment, long lastEnrolment) throws SQLException {
        for (Course course : List.of(main, refresher)) {
            List<ModuleItem> quizzes = course.items().filter(org.mhfa.quiz.Quiz.class::isInstance).toList();
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
            List<org.mhfa.scenario.Scenario> scenarios = course.items()
                    .filter(org.mhfa.scenario.Scenario.class::isInstance).map(org.mhfa.scenario.Scenario.class::cast).toList();
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into scenario_run (enrolment_id, scenario_id, content_version, current_node, score, path, status,
                                              outcome, passed, started_at, updated_at, finished_at)
                    select e.id, s.scenario_id, s.version, 'end', 60 + e.id % 40, '[]', 'COMPLETED', 'GOOD', true,
                           e.enrolled_at + interval '3 days', e.enrolled_at + interval '3 days 20 minutes',
                           e.enrolled_at + interval '3 days 20 minutes'
                    from enrolment e cross join unnest(?::text[], ?::text[]) as s(scenario_id, version)
                    where e.id between ? and ? and e.course_id = ? and e.completed_at is not null
                    """)) {
                insert.setArray(1, db.createArrayOf("text", scenarios.stream().map(org.mhfa.scenario.Scenario::id).toArray(String[]::new)));
                insert.setArray(2, db.createArrayOf("text", scenarios.stream().map(org.mhfa.scenario.Scenario::version).toArray(String[]::new)));
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
