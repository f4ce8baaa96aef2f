package org.mhfa.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.QuizOption;

/** Fills a knowledge-check form page as a trainee who knows the answers would: options found by the text they show. */
public final class QuizForms {

    private QuizForms() {
    }

    /** The right answer to every question of {@code quiz} that {@code page} shows, as the form's name-value pairs. */
    public static List<Map.Entry<String, String>> rightAnswers(Quiz quiz, Document page) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Question question : quiz.questions()) {
            for (Element label : page.select("#question-" + question.id() + " .option label")) {
                QuizOption option = shownAs(question, label.text(), QuizOption::html);
                Element control = page.getElementById(label.attr("for"));
                switch (question.type()) {
                    case SINGLE, TRUE_FALSE, MULTIPLE -> {
                        if (option.correct()) {
                            fields.add(Map.entry(control.attr("name"), control.attr("value")));
                        }
                    }
                    case ORDERING -> fields.add(Map.entry(control.attr("name"), String.valueOf(question.options().indexOf(option) + 1)));
                    case MATCHING -> fields.add(Map.entry(control.attr("name"), control.select("option").stream()
                            .filter(choice -> !choice.attr("value").isEmpty())
                            .filter(choice -> shownAs(question, choice.text(), QuizOption::matchHtml) == option)
                            .findFirst().orElseThrow().attr("value")));
                }
            }
        }
        return fields;
    }

    /** The authored option whose html (or right side) reads as {@code text} on the page. */
    public static QuizOption shownAs(Question question, String text, Function<QuizOption, String> html) {
        return question.options().stream().filter(option -> Jsoup.parse(html.apply(option)).text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no option of " + question.id() + " reads " + text));
    }
}
