package org.mhfa.verification;

import java.time.LocalDate;
import java.util.UUID;
import org.mhfa.certificate.CertificateCode;
import org.mhfa.testing.PlatformTestResource;

/** Puts certificates straight into the registry of the test database, in any state, without walking a course. */
final class Registry {

    static final String COURSE_ID = "community-crisis-support";
    static final String COURSE_TITLE = "Community Crisis Support";

    private Registry() {
    }

    /** A certificate of the sample course for a new learner; returns its canonical code. */
    static String certificate(String holderName, LocalDate issuedOn, LocalDate expiresOn) {
        String subject = "registry-" + UUID.randomUUID();
        String code = CertificateCode.generate();
        PlatformTestResource.execute("insert into learner (subject, display_name, created_at, last_seen_at, pseudonym) values ('" + subject + "', '"
                + holderName.replace("'", "''") + "', current_timestamp, current_timestamp, gen_random_uuid())");
        PlatformTestResource.execute("insert into enrolment (learner_id, course_id, enrolled_at, completed_at) select id, '" + COURSE_ID
                + "', current_timestamp, current_timestamp from learner where subject = '" + subject + "'");
        PlatformTestResource.execute("insert into certificate (code, learner_id, enrolment_id, course_id, course_title, course_version, "
                + "holder_name, issued_on, expires_on, issued_at) select '" + code + "', l.id, e.id, '" + COURSE_ID + "', '" + COURSE_TITLE
                + "', 'v-test-1', '" + holderName.replace("'", "''") + "', date '" + issuedOn + "', date '" + expiresOn
                + "', current_timestamp from learner l join enrolment e on e.learner_id = l.id where l.subject = '" + subject + "'");
        return code;
    }

    static String valid(String holderName) {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        return certificate(holderName, today.minusMonths(1), today.plusMonths(35));
    }

    static void revoke(String code, String reason) {
        PlatformTestResource.execute("update certificate set revoked_at = current_timestamp, revocation_reason = '" + reason.replace("'", "''")
                + "', revoked_by = 'Ian Instructor' where code = '" + code + "'");
    }

    static void supersede(String code, String by) {
        PlatformTestResource.execute("update certificate set superseded_by = '" + by + "' where code = '" + code + "'");
    }
}
