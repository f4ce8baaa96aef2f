package org.mhfa.quiz;

import java.util.List;
import java.util.Optional;
import org.mhfa.course.ModuleItem;

/** A knowledge check: questions with options, graded on the server against a pass mark. */
public record Quiz(String id, String title, int passMark, String introHtml, List<Question> questions, String version)
        implements ModuleItem {

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public String kind() {
        return "quizzes";
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
    }
}
