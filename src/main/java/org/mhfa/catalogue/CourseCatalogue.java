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

    public Quiz quiz(Course course, String quizId) {
        return course.quiz(quizId).orElseThrow(
                () -> new UnknownContentException("The course '" + course.title() + "' has no knowledge check '" + quizId + "'."));
    }
}
