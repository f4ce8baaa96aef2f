package org.mhfa.platform;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses a form (URL-encoded or multipart) that sends a field twice, unless its method names the field in
 * {@link FormFieldsMayRepeat}: a second value would otherwise be dropped without a word, and which one counts is a guess.
 */
public class FormFieldsFilter {

    @ServerRequestFilter
    @WithFormRead
    public Optional<Response> refuseRepeatedFields(ResteasyReactiveContainerRequestContext request, ResourceInfo resource, UriInfo uri) {
        FormData form = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData();
        if (form == null) {
            return Optional.empty();
        }
        Method method = resource.getResourceMethod();
        FormFieldsMayRepeat repeatable = method == null ? null : method.getAnnotation(FormFieldsMayRepeat.class);
        for (String name : form) {
            if (form.get(name).size() > 1 && !mayRepeat(repeatable, name)) {
                return Optional.of(ErrorResponses.of(uri, "repeated-form-field", 400, "The form could not be read",
                        "The form sent the field '" + name + "' more than once. Go back to the form and send it again."));
            }
        }
        return Optional.empty();
    }

    private static boolean mayRepeat(FormFieldsMayRepeat repeatable, String name) {
        return repeatable != null && Arrays.stream(repeatable.value()).anyMatch(field -> field.equals(FormFieldsMayRepeat.ANY) || field.equals(name));
    }
}
