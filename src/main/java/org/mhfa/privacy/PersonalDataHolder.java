package org.mhfa.privacy;

import java.util.Set;
import org.mhfa.identity.Learner;

/**
 * One feature's share of a learner's personal data. Each feature package that stores rows about a learner provides one
 * {@code @ApplicationScoped} bean implementing this: it contributes a named section to the learner's export and erases
 * or pseudonymises its own rows when the learner asks for erasure, inside the one erasure transaction.
 */
public interface PersonalDataHolder {

    /** Rows that hang off a learner's enrolments, certificates or account: erased first. */
    int DETAIL_ROWS = 100;

    /** The enrolments themselves: after every row that points at them. */
    int ENROLMENTS = 800;

    /** The learner row: last, since everything else points at it. */
    int LEARNER = 900;

    /** The section's name in the export, unique across holders (camelCase, e.g. {@code "quizAttempts"}). */
    String section();

    /** The database tables this holder answers for, in lower case (checked against the schema by the tests). */
    Set<String> tables();

    /** This learner's rows as JSON-ready values (records, lists, maps); never another person's data. */
    Object export(Learner learner);

    /** Deletes or pseudonymises this learner's rows; runs in the erasure transaction, before {@link Learner} is changed. */
    void erase(Erasure erasure);

    /** When this holder erases relative to the others: lower first. The export lists sections the other way round. */
    default int erasureOrder() {
        return DETAIL_ROWS;
    }
}
