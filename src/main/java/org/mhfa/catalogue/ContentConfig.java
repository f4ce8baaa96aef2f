package org.mhfa.catalogue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the course content lives and whether changes are picked up while running. */
@ConfigMapping(prefix = "mhfa.content")
public interface ContentConfig {

    @WithDefault("content")
    String dir();

    /** Watch the folder and reload on change. */
    @WithDefault("true")
    boolean watch();

    /** How often to look for a newer published version of each course (another instance may have published it). */
    @WithDefault("2s")
    java.time.Duration refreshEvery();
}
