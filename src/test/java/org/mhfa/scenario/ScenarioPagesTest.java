package org.mhfa.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Scenario;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.TestUsers;

/** The scenario player's pages: a step after a choice, leaving with its message, and a refresher's page for the signed-in. */
@QuarkusTest
class ScenarioPagesTest {

    @Inject
    ContentRepository content;

    @Test
    void aChoiceShowsTheStepItLedToAsTheFocusTargetAndLeavingSaysLookAfterYourself() {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        Scenario scenario = course.items().filter(Scenario.class::isInstance).map(Scenario.class::cast).findFirst().orElseThrow();
        TestUsers.TestUser trainee = TestUsers.create("Lea", "Leaving");
        Journeys.enrol(trainee.token(), course);
        PageSession pages = PageSession.signIn(trainee);
        String player = "/courses/" + course.id() + "/scenarios/" + scenario.id();
        pages.submit(player, player + "/runs", Map.of());
        Document step = Jsoup.parse(pages.get(player).body());
        String choices = step.selectFirst("form.choices").attr("action");

        Document next = Jsoup.parse(pages.submit(player, choices, Map.of("choice", "0")).body());
        assertNotNull(next.getElementById("step"), "the step after a choice is the redirect's target");
        assertEquals("-1", next.getElementById("step").attr("tabindex"), "and can take the focus");
        assertTrue(next.getElementById("step").text().startsWith("You chose"), next.getElementById("step").text());

        String leave = next.selectFirst("form[action$=/leave]").attr("action");
        HttpResponse<String> left = pages.submit(player, leave, Map.of());
        assertTrue(left.uri().toString().endsWith("?left=1"), left.uri().toString());
        assertTrue(left.body().contains("look after yourself first"), left.body());
    }

    @Test
    void aSignedInTraineeWhoCannotRenewIsSentToTheFullCourseNotToSignIn() {
        Course refresher = content.courses().stream().filter(Course::isRefresher).findFirst().orElseThrow();
        PageSession pages = PageSession.signIn(TestUsers.create("Nora", "Nocert"));
        String page = pages.get("/courses/" + refresher.id()).body();
        assertFalse(page.contains("Sign in to enrol"), page);
        assertTrue(Jsoup.parse(page).select("a.button[href=/courses/" + refresher.renews() + "]").size() == 1, page);
    }
}
