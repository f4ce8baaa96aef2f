package org.mhfa.cohort;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;
import org.mhfa.platform.PlatformConfig;

/**
 * Sends the invitation e-mail of each trainee invited into a cohort, after the enrolment is committed: the cohort's
 * dates and place, how to sign in (with the temporary password of a new account), and either the link to the
 * invitations page where they accept or, for a new account that joins at its first sign-in, the link to the course.
 */
@ApplicationScoped
public class InvitationMailer {

    private static final Logger LOG = Logger.getLogger(InvitationMailer.class);

    private final Mailer mailer;
    private final PlatformConfig platform;
    private final CohortTimes times;

    InvitationMailer(Mailer mailer, PlatformConfig platform, CohortTimes times) {
        this.mailer = mailer;
        this.platform = platform;
        this.times = times;
    }

    void onEnrolmentCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) InvitationDue invitation) {
        try {
            mailer.send(Mail.withText(invitation.email(), subject(invitation), text(invitation)));
        } catch (RuntimeException e) {
            LOG.errorf(e, "A cohort invitation to %s could not be sent", invitation.courseTitle());
        }
    }

    static String subject(InvitationDue invitation) {
        return (invitation.acceptOnPage() ? "You are invited to " : "You are enrolled in ") + invitation.courseTitle() + " ("
                + invitation.cohortName() + ")";
    }

    String text(InvitationDue invitation) {
        String base = platform.publicBaseUrl().replaceAll("/+$", "");
        StringBuilder text = new StringBuilder();
        text.append("Hello,\n\n")
                .append(invitation.instructorName()).append(invitation.acceptOnPage() ? " has invited you to" : " has enrolled you in")
                .append(" the course \"").append(invitation.courseTitle())
                .append("\" with the group \"").append(invitation.cohortName()).append("\".\n\n")
                .append("Dates: ").append(times.readableDate(invitation.startsOn())).append(" to ")
                .append(times.readableDate(invitation.endsOn())).append("\n");
        if (invitation.place() != null) {
            text.append("Place: ").append(invitation.place()).append("\n");
        }
        if (invitation.videoLink() != null) {
            text.append("Video link: ").append(invitation.videoLink()).append("\n");
        }
        text.append("\nThe course starts with self-paced lessons online; the instructor-led sessions follow.\n\n");
        String start = invitation.acceptOnPage() ? base + "/me/invitations" : base + "/signin?course=" + invitation.courseId();
        if (invitation.newAccount()) {
            text.append("An account has been made for you. To start:\n\n")
                    .append("1. Open ").append(start).append("\n")
                    .append("2. Sign in with\n")
                    .append("   user name: ").append(invitation.email()).append("\n")
                    .append("   temporary password: ").append(invitation.temporaryPassword()).append("\n")
                    .append("3. Choose your own password (the temporary one then stops working) and add your name.\n\n")
                    .append(invitation.acceptOnPage() ? "You then see the invitation: accept it to join the group.\n\n"
                            : "You then land on the course page. If you did not expect this e-mail, you can ignore it.\n\n");
        } else {
            text.append("To join the group, sign in with your usual account and accept the invitation: ").append(start).append("\n")
                    .append("You can also decline it there. If you did not expect this e-mail, you can ignore it.\n\n");
        }
        text.append("Course page: ").append(base).append("/courses/").append(invitation.courseId()).append("\n\n")
                .append(platform.organisationName()).append("\n");
        return text.toString();
    }
}
