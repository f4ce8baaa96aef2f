package org.mhfa.platform;

import java.util.function.Function;

/**
 * One bad input: its name (what is wrong), the body it makes from the live fixture, and whether the endpoint answers it
 * entry by entry (a batch whose bad entry is answered {@code malformed} in its own result, as documented) rather than
 * refusing the request.
 */
record CorpusCase(String name, Function<CorpusFixture, CorpusFixture.Body> body, boolean perEntry) {

    CorpusCase(String name, Function<CorpusFixture, CorpusFixture.Body> body) {
        this(name, body, false);
    }
}
