package org.mhfa.identity;

/**
 * A learner record made before its person ever signed in (for example by a cohort invitation) has just seen its
 * person's first request: fired inside the transaction that records it, so observers act exactly once with it.
 */
public record LearnerFirstSeen(Long learnerId) {
}
