package org.mhfa.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.LogCapture;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

@QuarkusTest
class ExpiryRemindersTest {

    @Inject
    ContentRepository content;

    @Inject
    ExpiryReminders reminders;

    @Inject
    MockMailbox mailbox;

    @Test
    void eachReminderGoesOutOnceEvenWhenTwoInstancesRunAtTheSameTime() throws Exception {
        TestUsers.TestUser holder = TestUsers.create("Remy", "Reminded");
        String code = Journeys.complete(holder.token(), content.course(Journeys.SAMPLE_COURSE).orElseThrow());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        PlatformTestResource.execute("update certificate set expires_on = date '" + today.plusDays(25) + "' where code = '" + code + "'");
        String address = holder.username() + "@example.org";
        mailbox.clear();

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> reminders.sendDue(today));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> reminders.sendDue(today));
        first.get();
        second.get();
        reminders.sendDue(today);

        List<Mail> mails = mailbox.getMailsSentTo(address);
        assertEquals(1, mails.size(), "one reminder (the 30-day one), once");
        assertTrue(mails.get(0).getSubject().contains("expires on " + today.plusDays(25)), mails.get(0).getSubject());
        assertTrue(mails.get(0).getText().contains("/courses/community-crisis-support-refresher"), mails.get(0).getText());

        reminders.sendDue(today.plusDays(20));
        assertEquals(2, mailbox.getMailsSentTo(address).size(), "the 7-day reminder follows in its turn");
        assertEquals(2, PlatformTestResource.count("select count(*) from certificate_reminder r join certificate c on c.id = r.certificate_id "
                + "where c.code = '" + code + "'"));
    }

    @Test
    void mailInLogOnlyModeWritesNoAddressOrNameToTheLog() {
        TestUsers.TestUser holder = TestUsers.create("Lorna", "Logless");
        String code = Journeys.complete(holder.token(), content.course(Journeys.SAMPLE_COURSE).orElseThrow());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        PlatformTestResource.execute("update certificate set expires_on = date '" + today.plusDays(25) + "' where code = '" + code + "'");
        mailbox.clear();
        try (LogCapture log = LogCapture.start()) {
            reminders.sendDue(today);
            assertEquals(1, mailbox.getMailsSentTo(holder.username() + "@example.org").size(), "the reminder went to the mock mailbox");
            assertTrue(log.lines().stream().noneMatch(line -> line.contains(holder.username()) || line.contains("Logless")),
                    String.join("\n", log.lines()));
        }
    }

    @Test
    void revokedCertificatesGetNoReminder() throws Exception {
        TestUsers.TestUser holder = TestUsers.create("Rob", "Revoked");
        String code = Journeys.complete(holder.token(), content.course(Journeys.SAMPLE_COURSE).orElseThrow());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        PlatformTestResource.execute("update certificate set expires_on = date '" + today.plusDays(5)
                + "', revoked_at = now() where code = '" + code + "'");
        mailbox.clear();
        reminders.sendDue(today);
        assertEquals(0, mailbox.getMailsSentTo(holder.username() + "@example.org").size());
    }
}
