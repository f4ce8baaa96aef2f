package org.mhfa.verification;

import java.time.Duration;

/**
 * What checking one uploaded PDF may cost (see {@link VerificationConfig.Upload}).
 *
 * @param maxStreamBytes the most one stream may unpack to
 * @param maxTotalBytes the most all streams read may unpack to together
 * @param maxObjects the most objects read
 * @param maxStreams the most streams read
 * @param maxTime the longest the check may take
 */
public record UploadLimits(long maxStreamBytes, long maxTotalBytes, int maxObjects, int maxStreams, Duration maxTime) {

    /** The limits as configured. */
    public static UploadLimits of(VerificationConfig.Upload config) {
        return new UploadLimits(config.maxStreamSize().asLongValue(), config.maxTotalSize().asLongValue(), config.maxObjects(),
                config.maxStreams(), config.maxTime());
    }
}
