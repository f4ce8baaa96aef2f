package org.mhfa.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.mhfa.catalogue.PublishedVersion;
import org.mhfa.identity.Learner;
import org.mhfa.privacy.Erasure;
import org.mhfa.privacy.PersonalDataHolder;

/**
 * The courses a person authors and the versions and draft changes that carry their name. On erasure their authorship
 * goes; versions and drafts stay (trainees' records name the versions) with the name replaced by the pseudonym.
 */
@ApplicationScoped
public class AuthoringPersonalData implements PersonalDataHolder {

    /** The authoring section of the export. */
    public record AuthoringData(List<Authorship> authorOf, List<Published> versionsPublished) {
    }

    /** A course the person was named an author of. */
    public record Authorship(String courseId, Instant grantedAt) {
    }

    /** A version published (or rolled back, or imported) under the person's name. */
    public record Published(String courseId, int number, PublishedVersion.Source source, String message, Instant createdAt) {
    }

    private final EntityManager entityManager;

    AuthoringPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String section() {
        return "authoring";
    }

    @Override
    public Set<String> tables() {
        return Set.of("authoring_course_author", "authoring_draft", "authoring_draft_file");
    }

    @Override
    public Object export(Learner learner) {
        List<Authorship> authorOf = CourseAuthor.<CourseAuthor>find("learner", learner).stream()
                .map(author -> new Authorship(author.courseId, author.grantedAt)).toList();
        List<Published> published = learner.displayName == null ? List.of() : PublishedVersion.<PublishedVersion>find(
                        "author = ?1 order by createdAt", learner.displayName).stream()
                .map(version -> new Published(version.courseId, version.number, version.source, version.message, version.createdAt))
                .toList();
        return new AuthoringData(authorOf, published);
    }

    @Override
    public void erase(Erasure erasure) {
        entityManager.createQuery("delete from CourseAuthor a where a.learner = :learner")
                .setParameter("learner", erasure.learner()).executeUpdate();
        if (erasure.formerName() == null || erasure.formerName().isBlank()) {
            return;
        }
        String name = erasure.formerName();
        String pseudonym = erasure.pseudonym();
        for (String update : List.of("update PublishedVersion v set v.author = :pseudonym where v.author = :name",
                "update CourseDraft d set d.createdBy = :pseudonym where d.createdBy = :name",
                "update CourseDraft d set d.updatedBy = :pseudonym where d.updatedBy = :name",
                "update DraftFile f set f.updatedBy = :pseudonym where f.updatedBy = :name",
                "update CourseAuthor a set a.grantedBy = :pseudonym where a.grantedBy = :name")) {
            entityManager.createQuery(update).setParameter("pseudonym", pseudonym).setParameter("name", name).executeUpdate();
        }
        for (PublishedVersion version : PublishedVersion.<PublishedVersion>find("lower(message) like ?1",
                "%" + name.toLowerCase(java.util.Locale.ROOT) + "%").list()) {
            version.message = erasure.scrub(version.message);
        }
    }
}
