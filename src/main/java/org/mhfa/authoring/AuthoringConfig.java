package org.mhfa.authoring;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of authoring in the browser: how large an uploaded image may be. */
@ConfigMapping(prefix = "mhfa.authoring")
public interface AuthoringConfig {

    /** The largest image an author may add to a course (uploaded or in an imported ZIP). */
    @WithDefault("1M")
    MemorySize maxImageSize();
}
