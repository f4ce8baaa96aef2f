package org.mhfa.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;

/** Looks up courses and their items in the content being served, failing with {@link UnknownContentException}. */
@ApplicationScoped
public class CourseCatalogue {

    private final ContentRepository content;

    CourseCatalogue(ContentRepository content) {
        this.content = content;
    }

    public Collection<Course> courses() {
        return content.courses();
    }

    public Course course(String courseId) {
        return content.course(courseId).orElseThrow(() -> new UnknownContentException("There is no course '" + courseId + "'."));
    }

    public Lesson lesson(Course course, String lessonId) {
        return course.lesson(lessonId).orElseThrow(
                () -> new UnknownContentException("The course '" + course.title() + "' has no lesson '" + lessonId + "'."));
    }

    public Scenario scenario(Course course, String scenarioId) {
        return course.scenario(scenarioId).orElseThrow(
                () -> new UnknownContentException("The course '" + course.title() + "' has no scenario '" + scenarioId + "'."));
    }

    /**
     * The scenario as a run that recorded {@code itemVersion} plays it: the one served when the versions match, else the
     * earlier published version it started on, else (that version is gone) the one served.
     */
    public Scenario scenarioAsPlayed(Course course, Scenario served, String itemVersion) {
        if (itemVersion == null || served.version().equals(itemVersion)) {
            return served;
        }
        return content.earlierItem(course.id(), served.id(), itemVersion).filter(Scenario.class::isInstance).map(Scenario.class::cast)
                .orElse(served);
    }

    /**
     * The knowledge check as an attempt that recorded {@code itemVersion} asked it: the one served when the versions match,
     * else the earlier published version (a change to the check or to a bank it draws from), else the one served.
     */
    public Quiz quizAsTaken(Course course, Quiz served, String itemVersion) {
        if (itemVersion == null || served.version().equals(itemVersion)) {
            return served;
        }
        return content.earlierItem(course.id(), served.id(), itemVersion).filter(Quiz.class::isInstance).map(Quiz.class::cast)
                .orElse(served);
    }

    public Quiz quiz(Course course, String quizId) {
        return course.quiz(quizId).orElseThrow(
                () -> new UnknownContentException("The course '" + course.title() + "' has no knowledge check '" + quizId + "'."));
    }
}
