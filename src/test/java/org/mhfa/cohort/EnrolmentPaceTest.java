package org.mhfa.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** An enrolment answers no sooner than the pace times the invitations it sent, however fast the work was. */
class EnrolmentPaceTest {

    private final AtomicLong now = new AtomicLong();
    private final List<Duration> slept = new ArrayList<>();
    private final EnrolmentPace pace = new EnrolmentPace(Duration.ofMillis(500), now::get, slept::add);

    private EnrolmentReport invited(int count, Duration work) {
        now.addAndGet(work.toNanos());
        List<EnrolmentReport.Invited> invited = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            invited.add(new EnrolmentReport.Invited("p" + i + "@example.org", EnrolmentReport.INVITATION_SENT));
        }
        return new EnrolmentReport(invited, List.of(), Map.of(), 10);
    }

    @Test
    void aQuickAnswerWaitsForTheRestOfThePaceOfEachInvitation() {
        EnrolmentReport report = pace.paced(() -> invited(2, Duration.ofMillis(30)));
        assertEquals(2, report.invited().size());
        assertEquals(List.of(Duration.ofMillis(970)), slept);
    }

    @Test
    void aSlowAnswerAndOneThatInvitedNobodyDoNotWait() {
        pace.paced(() -> invited(1, Duration.ofMillis(800)));
        pace.paced(() -> invited(0, Duration.ofMillis(5)));
        assertEquals(List.of(), slept);
    }
}
