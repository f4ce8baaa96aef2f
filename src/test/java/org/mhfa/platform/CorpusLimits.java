package org.mhfa.platform;

import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.ConfigProvider;

/** The limits the corpus goes past, read from the running platform's configuration. */
final class CorpusLimits {

    /** Quarkus's own default when the setting is absent. */
    private static final long QUARKUS_DEFAULT = 10_240 * 1024L;

    private CorpusLimits() {
    }

    /** {@code quarkus.http.limits.max-body-size} in bytes. */
    static long maxBodySize() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(QUARKUS_DEFAULT);
    }
}
