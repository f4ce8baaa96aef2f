package org.mhfa.partner;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mhfa.certificate.CertificateCode;
import org.mhfa.testing.PlatformTestResource;

/** Puts certificates straight into the test database's registry, in any state, without walking a course. */
public final class RegistryFixture {

    static final String COURSE_TITLE = "Community Crisis Support";

    private RegistryFixture() {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** One certificate for a new learner; returns its canonical code. */
    static String certificate(String holderName, LocalDate issuedOn, LocalDate expiresOn) {
        return certificates(List.of(holderName), issuedOn, expiresOn).get(0);
    }

    public static String valid(String holderName) {
        return certificate(holderName, today().minusMonths(1), today().plusMonths(35));
    }

    /** Many certificates at once (one statement each for learner, enrolments and certificates), for one fixture learner. */
    static List<String> certificates(List<String> holderNames, LocalDate issuedOn, LocalDate expiresOn) {
        String subject = "partner-fixture-" + UUID.randomUUID();
        String batch = UUID.randomUUID().toString().substring(0, 8);
        PlatformTestResource.execute("insert into learner (subject, display_name, created_at, last_seen_at, pseudonym) values ('" + subject
                + "', 'Fixture', current_timestamp, current_timestamp, gen_random_uuid())");
        List<String> codes = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < holderNames.size(); i++) {
            String code = CertificateCode.generate();
            codes.add(code);
            values.append(i == 0 ? "" : ",").append("('").append(code).append("', 'c-").append(batch).append('-').append(i)
                    .append("', '").append(holderNames.get(i).replace("'", "''")).append("')");
        }
        PlatformTestResource.execute("insert into enrolment (learner_id, course_id, enrolled_at, completed_at) select l.id, v.course_id, "
                + "current_timestamp, current_timestamp from learner l, (values " + values + ") as v(code, course_id, holder) "
                + "where l.subject = '" + subject + "'");
        PlatformTestResource.execute("insert into certificate (code, learner_id, enrolment_id, course_id, course_title, course_version, "
                + "holder_name, issued_on, expires_on, issued_at) select v.code, l.id, e.id, v.course_id, '" + COURSE_TITLE
                + "', 'v-test-1', v.holder, date '" + issuedOn + "', date '" + expiresOn + "', current_timestamp "
                + "from (values " + values + ") as v(code, course_id, holder) join learner l on l.subject = '" + subject + "' "
                + "join enrolment e on e.learner_id = l.id and e.course_id = v.course_id");
        return codes;
    }

    /** Another certificate of the same holder, enrolment and course (as a re-issue has), valid, under a new code; returns it. */
    public static String copyOf(String code) {
        String copy = CertificateCode.generate();
        PlatformTestResource.execute("insert into certificate (code, learner_id, enrolment_id, course_id, course_title, course_version, "
                + "holder_name, issued_on, expires_on, issued_at) select '" + copy + "', learner_id, enrolment_id, course_id, course_title, "
                + "course_version, holder_name, issued_on, expires_on, current_timestamp from certificate where code = '" + code + "'");
        return copy;
    }

    static void revoke(String code) {
        PlatformTestResource.execute("update certificate set revoked_at = current_timestamp, revocation_reason = 'issued in error', "
                + "revoked_by = 'Ian Instructor' where code = '" + code + "'");
    }

    static void supersede(String code, String by) {
        PlatformTestResource.execute("update certificate set superseded_by = '" + by + "' where code = '" + code + "'");
    }
}
