package org.mhfa.platform;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.Scenario;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.TestUsers;
import org.mhfa.testing.TestUsers.TestUser;

/** The corpus fixtures of a trainee's forms: an open knowledge check, a scenario's choices, and the erasure of their data. */
final class TraineePages {

    private TraineePages() {
    }

    static void register(CorpusFixtures fixtures, Course course) {
        Quiz quiz = CorpusFixtures.quizWithoutDraw(course);
        fixtures.form("POST /courses/{courseId}/quizzes/{quizId}/attempts/{attemptId}", () -> {
            TestUser trainee = TestUsers.create("Corpus", "Learner");
            Journeys.enrol(trainee.token(), course);
            long attempt = Journeys.start(trainee.token(), course, quiz).id();
            String page = "/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts/" + attempt;
            return answers(PageSession.signIn(trainee), page, page);
        });
        Scenario scenario = Journeys.firstScenario(course);
        fixtures.form("POST /courses/{courseId}/scenarios/{scenarioId}/runs/{runId}/choices", () -> {
            TestUser trainee = TestUsers.create("Corpus", "Player");
            Journeys.enrol(trainee.token(), course);
            long run = Journeys.play(trainee.token(), course, scenario, List.of());
            String page = "/courses/" + course.id() + "/scenarios/" + scenario.id();
            return new CorpusFixture.Form(PageSession.signIn(trainee), page, page + "/runs/" + run + "/choices",
                    List.of(entry("choice", String.valueOf(scenario.start().choices().get(0).index()))), Set.of("choice"), Set.of("choice"),
                    Set.of());
        });
        fixtures.form("POST /me/privacy/erasure", () -> new CorpusFixture.Form(PageSession.signIn(TestUsers.create("Corpus", "Leaver")),
                "/me/privacy", "/me/privacy/erasure", List.of(entry("confirm", "yes")), Set.of("confirm"), Set.of(), Set.of()));
    }

    /**
     * The attempt's form filled as a trainee would: the first option of each single choice, the first box of each multiple
     * choice (boxes may repeat), and each list of selects (ordering, matching) given its options in turn.
     */
    static CorpusFixture.Form answers(PageSession session, String page, String action) {
        Element form = Jsoup.parse(session.get(page).body()).selectFirst("form[action=" + action + "]");
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Set<String> repeatable = new LinkedHashSet<>();
        Set<String> named = new LinkedHashSet<>();
        for (Element input : form.select("input[type=radio], input[type=checkbox]")) {
            if (named.add(input.attr("name"))) {
                fields.add(entry(input.attr("name"), input.val()));
            }
            if (input.attr("type").equals("checkbox")) {
                repeatable.add(input.attr("name"));
            }
        }
        Map<String, Integer> taken = new HashMap<>();
        for (Element select : form.select("select")) {
            String name = select.attr("name");
            int turn = taken.merge(name.substring(0, name.lastIndexOf('.')), 1, Integer::sum) - 1;
            List<String> options = select.select("option").stream().map(Element::val).filter(value -> !value.isBlank()).toList();
            fields.add(entry(name, options.get(turn % options.size())));
            named.add(name);
        }
        return new CorpusFixture.Form(session, page, action, fields, named, Set.of(), repeatable);
    }
}
