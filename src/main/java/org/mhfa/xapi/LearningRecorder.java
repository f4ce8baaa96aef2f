package org.mhfa.xapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.identity.Learner;
import org.mhfa.progress.CourseCompleted;
import org.mhfa.enrolment.Enrolment;
import org.mhfa.enrolment.LessonCompleted;
import org.mhfa.enrolment.LessonViewed;
import org.mhfa.quiz.AttemptClosed;
import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.QuestionType;
import org.mhfa.quiz.QuizAttempt;
import org.mhfa.scenario.ScenarioChoiceMade;
import org.mhfa.scenario.ScenarioCompleted;
import org.mhfa.scenario.ScenarioRun;

/**
 * Turns learning events into xAPI statements. Its observers are synchronous and join the transaction that fired the
 * event, so a statement is stored (and queued for the learning record store) exactly when that transaction commits.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LearningRecorder {

    private final StatementFactory statements;
    private final ContentRepository content;
    private final XapiConfig config;

    LearningRecorder(StatementFactory statements, ContentRepository content, XapiConfig config) {
        this.statements = statements;
        this.content = content;
        this.config = config;
    }

    void lessonViewed(@Observes LessonViewed event) {
        Course course = event.course();
        ObjectNode lesson = statements.activity(itemPath(course.id(), "lessons", event.lesson().id()), event.lesson().version(),
                event.lesson().title(), StatementFactory.TYPE_LESSON);
        store(event.enrolment(), course.id(), statements.draft(pseudonym(event.enrolment()), Verb.EXPERIENCED, lesson, event.at())
                .registration(event.enrolment().id).parent(courseActivity(course)));
    }

    void lessonCompleted(@Observes LessonCompleted event) {
        Course course = event.course();
        ObjectNode lesson = statements.activity(itemPath(course.id(), "lessons", event.lesson().id()), event.lesson().version(),
                event.lesson().title(), StatementFactory.TYPE_LESSON);
        StatementFactory.Draft draft = statements.draft(pseudonym(event.enrolment()), Verb.COMPLETED, lesson, event.at())
                .registration(event.enrolment().id).parent(courseActivity(course));
        draft.result().put("completion", true);
        store(event.enrolment(), course.id(), draft);
    }

    void attemptClosed(@Observes AttemptClosed event) {
        QuizAttempt attempt = event.attempt();
        Course course = event.course();
        String quizPath = itemPath(course.id(), "quizzes", event.quiz().id());
        ObjectNode quiz = statements.activity(quizPath, attempt.contentVersion, event.quiz().title(), StatementFactory.TYPE_ASSESSMENT);
        if (event.grade() != null) {
            for (Question question : event.questions()) {
                List<String> answer = event.answers().get(question.id());
                double points = event.grade().points().getOrDefault(question.id(), 0.0);
                ObjectNode activity = statements.interaction(quizPath + "/questions/" + question.id(), attempt.contentVersion,
                        question.prompt(), interactionType(question.type()));
                StatementFactory.Draft draft = statements.draft(pseudonym(attempt.enrolment), Verb.ANSWERED, activity, attempt.submittedAt)
                        .registration(attempt.enrolment.id).parent(quiz.deepCopy()).grouping(courseActivity(course))
                        .score(points, 0, 1);
                draft.result().put("success", points >= 1.0);
                if (answer != null) {
                    draft.result().put("response", response(question, answer));
                }
                draft.extension(draft.context, "attempt", String.valueOf(attempt.id));
                store(attempt.enrolment, course.id(), draft);
            }
        }
        boolean passed = event.grade() != null && attempt.passed;
        StatementFactory.Draft outcome = statements.draft(pseudonym(attempt.enrolment), passed ? Verb.PASSED : Verb.FAILED, quiz,
                attempt.submittedAt)
                .registration(attempt.enrolment.id).parent(courseActivity(course))
                .score(event.grade() == null ? 0 : attempt.scorePercent, 0, 100)
                .duration(attempt.startedAt, attempt.submittedAt);
        outcome.result().put("success", passed);
        outcome.result().put("completion", event.grade() != null);
        if (event.grade() == null) {
            outcome.extension(outcome.result(), "expired", "true");
        }
        outcome.extension(outcome.context, "attempt", String.valueOf(attempt.id));
        store(attempt.enrolment, course.id(), outcome);
    }

    void choiceMade(@Observes ScenarioChoiceMade event) {
        ScenarioRun run = event.run();
        Course course = event.course();
        String scenarioPath = itemPath(course.id(), "scenarios", event.scenario().id());
        ObjectNode node = statements.interaction(scenarioPath + "/nodes/" + event.node().id(), run.contentVersion,
                event.node().title() == null ? event.node().id() : event.node().title(), "choice");
        StatementFactory.Draft draft = statements.draft(pseudonym(run.enrolment), Verb.RESPONDED, node, event.at())
                .registration(run.enrolment.id)
                .parent(statements.activity(scenarioPath, run.contentVersion, event.scenario().title(), StatementFactory.TYPE_SIMULATION))
                .grouping(courseActivity(course));
        draft.result().put("response", String.valueOf(event.choice().index()));
        draft.result().putObject("score").put("raw", event.choice().score());
        draft.extension(draft.result(), "algee-step", event.choice().step().key());
        draft.extension(draft.context, "run", String.valueOf(run.id));
        store(run.enrolment, course.id(), draft);
    }

    void scenarioCompleted(@Observes ScenarioCompleted event) {
        ScenarioRun run = event.run();
        Course course = event.course();
        ObjectNode scenario = statements.activity(itemPath(course.id(), "scenarios", event.scenario().id()), run.contentVersion,
                event.scenario().title(), StatementFactory.TYPE_SIMULATION);
        StatementFactory.Draft draft = statements.draft(pseudonym(run.enrolment), Verb.COMPLETED, scenario, run.finishedAt)
                .registration(run.enrolment.id).parent(courseActivity(course))
                .duration(run.startedAt, run.finishedAt);
        draft.result().putObject("score").put("raw", run.score);
        draft.result().put("success", Boolean.TRUE.equals(run.passed));
        draft.result().put("completion", true);
        draft.extension(draft.result(), "outcome", event.end().outcome().name().toLowerCase(java.util.Locale.ROOT));
        draft.extension(draft.context, "run", String.valueOf(run.id));
        store(run.enrolment, course.id(), draft);
    }

    void courseCompleted(@Observes CourseCompleted event) {
        Enrolment enrolment = event.enrolment();
        StatementFactory.Draft draft = statements.draft(pseudonym(enrolment), Verb.COMPLETED, courseActivity(event.course()),
                enrolment.completedAt)
                .registration(enrolment.id)
                .duration(enrolment.enrolledAt, enrolment.completedAt);
        draft.result().put("success", true);
        draft.result().put("completion", true);
        store(enrolment, event.course().id(), draft);
    }

    /** Records attendance at an instructor-led session; see {@link SessionAttended}. */
    public void sessionAttended(@Observes SessionAttended event) {
        ObjectNode session = statements.activity("/courses/" + event.courseId() + "/sessions/" + event.sessionId(), null,
                event.sessionTitle(), StatementFactory.TYPE_MEETING);
        StatementFactory.Draft draft = statements.draft(event.learner().pseudonym, Verb.ATTENDED, session, event.attendedAt())
                .registration(event.enrolmentId());
        content.course(event.courseId()).ifPresentOrElse(course -> draft.parent(courseActivity(course)),
                () -> draft.parent(statements.activity("/courses/" + event.courseId(), null, event.courseId(), StatementFactory.TYPE_COURSE)));
        draft.result().put("completion", !event.partial());
        draft.extension(draft.result(), "attendance", event.partial() ? "partial" : "present");
        store(event.learner().id, event.courseId(), draft);
    }

    private void store(Enrolment enrolment, String courseId, StatementFactory.Draft draft) {
        store(enrolment.learner.id, courseId, draft);
    }

    private void store(Long learnerId, String courseId, StatementFactory.Draft draft) {
        StoredStatement statement = new StoredStatement();
        statement.statementId = draft.id();
        statement.learnerId = learnerId;
        statement.courseId = courseId;
        statement.verb = draft.verb().iri();
        statement.stored = draft.stored();
        statement.statement = draft.toJson();
        statement.persist();
        if (config.lrs().enabled()) {
            OutboxEntry entry = new OutboxEntry();
            entry.statementSeq = statement.id;
            entry.attempts = 0;
            entry.nextAttemptAt = statement.stored;
            entry.persist();
        }
    }

    private ObjectNode courseActivity(Course course) {
        return statements.activity("/courses/" + course.id(), course.version(), course.title(), StatementFactory.TYPE_COURSE);
    }

    private static java.util.UUID pseudonym(Enrolment enrolment) {
        Learner learner = enrolment.learner;
        return learner.pseudonym;
    }

    private static String itemPath(String courseId, String kind, String itemId) {
        return "/courses/" + courseId + "/" + kind + "/" + itemId;
    }

    private static String interactionType(QuestionType type) {
        return switch (type) {
            case SINGLE, MULTIPLE, TRUE_FALSE -> "choice";
            case ORDERING -> "sequencing";
            case MATCHING -> "matching";
        };
    }

    /** The learner's answer in the xAPI response format: ids joined by [,], matching pairs as left[.]right. */
    static String response(Question question, List<String> answer) {
        if (question.type() == QuestionType.MATCHING) {
            StringBuilder pairs = new StringBuilder();
            for (int i = 0; i < answer.size(); i++) {
                if (i > 0) {
                    pairs.append("[,]");
                }
                pairs.append(question.options().get(i).id()).append("[.]").append(answer.get(i));
            }
            return pairs.toString();
        }
        return String.join("[,]", answer);
    }
}
