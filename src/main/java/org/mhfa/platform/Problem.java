package org.mhfa.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** An RFC 9457 problem details body, with field errors as an extension member. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, Map<String, String> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
