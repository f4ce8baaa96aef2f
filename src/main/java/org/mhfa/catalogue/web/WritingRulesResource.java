package org.mhfa.catalogue.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.mhfa.catalogue.SafeWritingRules;
import org.mhfa.platform.PlatformConfig;
import org.mhfa.platform.Roles;

/** The safe-writing rules the validator checks, each with its reason, examples and fix, and the crisis lines content may name. */
@Path("/instructor/writing-rules")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class WritingRulesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rules(List<SafeWritingRules.Rule> rules, List<PlatformConfig.CrisisLine> crisisLines);
    }

    private final PlatformConfig platform;

    WritingRulesResource(PlatformConfig platform) {
        this.platform = platform;
    }

    @GET
    public TemplateInstance rules() {
        return Templates.rules(SafeWritingRules.all(), platform.crisisLines());
    }
}
