package org.mhfa.catalogue;

import java.util.Locale;
import java.util.Set;

/** The front-matter settings of a scenario; {@code title} and {@code passScore} are null when missing or wrong. */
record ScenarioSettings(String title, String summary, String contentWarning, Scoring scoring, Integer passScore,
        boolean backNavigation, boolean required, String start, ScenarioPosition startPosition,
        ScenarioPosition passScorePosition, int closingLine) {

    private static final Set<String> SCORINGS = Set.of("dynamic", "static");
    private static final int PASS_SCORE_LIMIT = 100_000;

    static ScenarioSettings read(FrontMatter front, ContentFile file, String text) {
        String title = front.requiredString("title");
        String summary = front.optionalString("summary");
        String contentWarning = front.optionalString("content-warning");
        Scoring scoring = Scoring.valueOf(front.choice("scoring", SCORINGS, "dynamic").toUpperCase(Locale.ROOT));
        Integer passScore = requiredInteger(front, file, "pass-score");
        boolean backNavigation = front.bool("back-navigation", false);
        boolean required = front.bool("required", true);
        String start = front.optionalString("start");
        return new ScenarioSettings(title, summary, contentWarning, scoring, passScore, backNavigation, required, start,
                ScenarioPosition.ofValue(front, text, "start"), ScenarioPosition.ofValue(front, text, "pass-score"),
                front.closingLine());
    }

    /** The settings of a file whose front matter cannot be read: every value missing or its default. */
    static ScenarioSettings unread(int closingLine) {
        ScenarioPosition top = new ScenarioPosition(1, 1);
        return new ScenarioSettings(null, null, null, Scoring.DYNAMIC, null, false, true, null, top, top, closingLine);
    }

    private static Integer requiredInteger(FrontMatter front, ContentFile file, String key) {
        int errorsBefore = file.errorCount();
        Integer value = front.optionalInteger(key, -PASS_SCORE_LIMIT, PASS_SCORE_LIMIT);
        if (value == null && file.errorCount() == errorsBefore && !front.isMisspelt(key)) {
            file.error(1, 1, "the front matter needs '" + key + ":', the score a trainee needs to pass; "
                    + "add a line such as '" + key + ": 6'");
        }
        return value;
    }
}
