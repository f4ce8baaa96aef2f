package org.mhfa.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** Site-wide facts for page templates: {@code {inject:site.crisisLines}}. */
@Named("site")
@ApplicationScoped
public class Site {

    private final PlatformConfig config;

    Site(PlatformConfig config) {
        this.config = config;
    }

    public List<PlatformConfig.CrisisLine> getCrisisLines() {
        return config.crisisLines();
    }

    public String getOrganisationName() {
        return config.organisationName();
    }
}
