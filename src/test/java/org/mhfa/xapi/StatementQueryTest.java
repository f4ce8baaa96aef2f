package org.mhfa.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.QuestionType;
import org.mhfa.catalogue.QuizOption;

class StatementQueryTest {

    @Test
    void theMoreLinkKeepsEveryFilterAndMovesTheKeyset() {
        UUID learner = UUID.randomUUID();
        StatementQuery query = StatementQuery.parse("2026-05-01T10:00:00+02:00", "community-crisis-support", learner.toString(), "50", null);
        assertEquals(Instant.parse("2026-05-01T08:00:00Z"), query.since());
        assertEquals("/api/xapi/statements?since=2026-05-01T08%3A00%3A00Z&course=community-crisis-support&learner=" + learner
                + "&limit=50&after=1234", query.next("/api/xapi/statements", 1234));
        assertEquals(query, StatementQuery.parse("2026-05-01T08:00:00Z", "community-crisis-support", learner.toString(), "50", "0"));
    }

    @Test
    void anUnencodedPlusOfAnOffsetIsUnderstood() {
        assertEquals(Instant.parse("2026-05-01T08:00:00Z"), StatementQuery.parse("2026-05-01T10:00:00 02:00", null, null, null, null).since());
    }

    @Test
    void withoutFiltersAPageHasOneHundredStatementsFromTheStart() {
        assertEquals(new StatementQuery(null, null, null, 100, 0), StatementQuery.parse(null, "", " ", null, null));
    }

    @Test
    void everyBadFilterIsNamed() {
        InvalidStatementQueryException e = assertThrows(InvalidStatementQueryException.class,
                () -> StatementQuery.parse("2026-13-01", "a b", "someone", "1000", "x"));
        assertEquals(java.util.Set.of("since", "course", "learner", "limit", "after"), e.errors().keySet());
    }

    @Test
    void responsesUseTheXapiFormatOfEachInteraction() {
        List<QuizOption> options = List.of(new QuizOption("a", "A", true, null, "1"), new QuizOption("b", "B", false, null, "2"));
        assertEquals("a[,]b", LearningRecorder.response(new Question("q", QuestionType.MULTIPLE, "?", null, options, null), List.of("a", "b")));
        assertEquals("a[.]b[,]b[.]a", LearningRecorder.response(new Question("q", QuestionType.MATCHING, "?", null, options, null), List.of("b", "a")));
    }

    @Test
    void durationsAreIso8601ToTheHundredthOfASecond() {
        assertEquals("PT1M3.45S", StatementFactory.isoDuration(java.time.Duration.ofMillis(63_456)));
        assertEquals("PT0S", StatementFactory.isoDuration(java.time.Duration.ZERO));
    }
}
