package org.mhfa.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.logging.Logger;
import org.mhfa.identity.ErasedLearnerException;
import org.mhfa.identity.Learner;
import org.mhfa.identity.TraineeAccounts;

/**
 * Erases a learner at their request, at once: every holder deletes or pseudonymises its rows, the erasure is recorded under
 * a pseudonym, and the person's Keycloak account is deleted, all or nothing.
 */
@ApplicationScoped
public class ErasureService {

    private static final Logger LOG = Logger.getLogger(ErasureService.class);
    private static final char[] SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PersonalData personalData;
    private final KeptCertificates keptCertificates;
    private final TraineeAccounts accounts;

    ErasureService(PersonalData personalData, KeptCertificates keptCertificates, TraineeAccounts accounts) {
        this.personalData = personalData;
        this.keptCertificates = keptCertificates;
        this.accounts = accounts;
    }

    /** What was erased and what was kept, for the person's own receipt. */
    public record ErasureReceipt(String pseudonym, Instant erasedAt, List<KeptCertificate> certificatesKept, String account) {
    }

    /** A certificate that stays verifiable, without a name. */
    public record KeptCertificate(String code, String courseTitle, java.time.LocalDate expiresOn) {
    }

    /** The certificates that would stay verifiable after an erasure. */
    @Transactional
    public List<KeptCertificate> certificatesKept(Learner learner) {
        return keptCertificates.certificatesKept(learner);
    }

    /**
     * Erases the learner's personal data and deletes their account. If the account cannot be deleted, nothing is erased
     * (the transaction rolls back) and an {@link AccountRemovalException} says to try again.
     */
    @Transactional
    public ErasureReceipt erase(Learner who) {
        Learner learner = Learner.findById(who.id, LockModeType.PESSIMISTIC_WRITE);
        if (learner == null || learner.isErased()) {
            throw new ErasedLearnerException();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String subject = learner.subject;
        List<KeptCertificate> kept = certificatesKept(learner);
        Erasure erasure = new Erasure(learner, learner.displayName, learner.email, pseudonym(), now);
        for (PersonalDataHolder holder : personalData.holders()) {
            holder.erase(erasure);
        }
        ErasureRecord record = new ErasureRecord();
        record.pseudonym = erasure.pseudonym();
        record.erasedAt = now;
        record.certificatesKept = kept.size();
        record.persistAndFlush();
        String account = deleteAccount(subject);
        LOG.infof("Erased the personal data of %s; %d certificates stay verifiable", erasure.pseudonym(), kept.size());
        return new ErasureReceipt(erasure.pseudonym(), now, kept, account);
    }

    private String deleteAccount(String subject) {
        try {
            return accounts.delete(subject) ? "deleted" : "already gone";
        } catch (RuntimeException e) {
            throw new AccountRemovalException(e);
        }
    }

    private static String pseudonym() {
        StringBuilder pseudonym = new StringBuilder("Erased learner ");
        for (int i = 0; i < 10; i++) {
            pseudonym.append(SYMBOLS[RANDOM.nextInt(SYMBOLS.length)]);
        }
        return pseudonym.toString();
    }
}
