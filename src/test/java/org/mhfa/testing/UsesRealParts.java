package org.mhfa.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link PlatformTestResource} for every {@code @QuarkusTest} of the run. */
@QuarkusTestResource(PlatformTestResource.class)
public final class UsesRealParts {

    private UsesRealParts() {
    }
}
