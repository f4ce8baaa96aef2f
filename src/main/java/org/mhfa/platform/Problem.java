package org.mhfa.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import java.util.Map;

/**
 * An RFC 9457 problem details body, with field errors as an extension member. The one rule for its {@code type}: the
 * base URI followed by the name of the cause, which is the domain exception's name in kebab case without "Exception"
 * ({@code CohortFullException} gives {@code …/problems/cohort-full}), or for the framework's own failures a fixed name
 * ({@code not-found}, {@code forbidden}, {@code invalid-request}, {@code server-error}, …).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, Map<String, String> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Where problem types live; a type is this followed by the cause's name. */
    public static final String TYPE_BASE = "https://mhfa.example/problems/";

    /** The type URI of a named cause. */
    public static String type(String cause) {
        return TYPE_BASE + cause;
    }

    /** The type URI of a domain exception: its simple name without "Exception", in kebab case. */
    public static String type(Class<? extends Throwable> cause) {
        String name = cause.getSimpleName().replaceFirst("Exception$", "");
        return type(name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
    }
}
