package org.mhfa.quiz;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.QuizOption;

/**
 * The opaque names under which one attempt shows and takes back a question's options, and the order it shows them in,
 * all derived with HMAC-SHA256 keyed by the attempt's secret seed. A name or a place says nothing about an option's
 * authored id or whether it is right; only the server, holding the seed, maps a name back to its option. One instance
 * serves one request (it is not thread-safe).
 */
public final class OptionTokens {

    /** The side of choice options, ordering items and the left sides of matching questions. */
    public static final String OPTION = "o";

    /** The side of the right sides of matching questions. */
    public static final String MATCH = "m";

    /** Characters in a token: 12 base32 characters carry 60 bits. */
    static final int LENGTH = 12;

    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private final Mac mac;

    public OptionTokens(long seed) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(ByteBuffer.allocate(Long.BYTES).putLong(seed).array(), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    public static OptionTokens of(QuizAttempt attempt) {
        return new OptionTokens(attempt.seed);
    }

    /** The name under which this attempt shows an option on one side ({@link #OPTION} or {@link #MATCH}). */
    public String token(String questionId, String side, String optionId) {
        long bits = prf("token", questionId, side, optionId);
        char[] token = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            token[i] = BASE32[(int) (bits >>> (59 - 5 * i)) & 31];
        }
        return new String(token);
    }

    /** The option a token names on one side of the question; empty for any other text, authored ids included. */
    public Optional<QuizOption> option(Question question, String side, String token) {
        if (token == null || token.length() != LENGTH) {
            return Optional.empty();
        }
        return question.options().stream().filter(option -> token(question.id(), side, option.id()).equals(token)).findFirst();
    }

    /** The question's options in the order this attempt shows them on one side: a uniform shuffle, fixed by the seed. */
    public List<QuizOption> shown(Question question, String side) {
        return question.options().stream()
                .sorted(Comparator.comparing(option -> prf("order", question.id(), side, option.id()), Long::compareUnsigned))
                .toList();
    }

    /** A pseudo-random rank of a question in the draw of questions from a pool. */
    long drawRank(String questionId) {
        return prf("draw", questionId);
    }

    private long prf(String purpose, String... parts) {
        update(purpose);
        for (String part : parts) {
            update(part);
        }
        return ByteBuffer.wrap(mac.doFinal()).getLong();
    }

    private void update(String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        mac.update(bytes);
    }
}
