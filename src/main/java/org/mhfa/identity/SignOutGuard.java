package org.mhfa.identity;

import io.quarkus.csrf.reactive.runtime.CsrfTokenUtils;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mhfa.platform.OriginCheck;
import org.mhfa.platform.RouteRefusals;

/**
 * Signing out is a POST with the page's CSRF token: the OIDC logout path ({@code quarkus.oidc.logout.path}) signs out
 * whatever the method, so this route, which runs before sign-in is looked at, sends a GET to the sign-out page (which
 * only asks) and lets a POST through only with the token that matches the CSRF cookie.
 */
@ApplicationScoped
public class SignOutGuard {

    static final String SIGN_OUT_PAGE = "/signout";
    private static final int MAX_FORM_BYTES = 4096;

    private final Optional<String> logoutPath;
    private final String cookieName;
    private final String fieldName;
    private final Optional<String> signatureKey;
    private final RouteRefusals refusals;

    SignOutGuard(@ConfigProperty(name = "quarkus.oidc.logout.path") Optional<String> logoutPath,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String cookieName,
            @ConfigProperty(name = "quarkus.rest-csrf.form-field-name") String fieldName,
            @ConfigProperty(name = "quarkus.rest-csrf.token-signature-key") Optional<String> signatureKey, RouteRefusals refusals) {
        this.logoutPath = logoutPath;
        this.cookieName = cookieName;
        this.fieldName = fieldName;
        this.signatureKey = signatureKey;
        this.refusals = refusals;
    }

    void install(@Observes Router router) {
        logoutPath.ifPresent(path -> router.route(path).order(OriginCheck.ORDER + 1).handler(this::guard));
    }

    private void guard(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            context.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, SIGN_OUT_PAGE).end();
        } else if (method != HttpMethod.POST) {
            refusals.refuse(context, 405, "http-405", "Method Not Allowed", "Sign out with the button in the menu.");
        } else if (announced(context) > MAX_FORM_BYTES) {
            refuse(context);
        } else {
            context.request().body().onComplete(body -> {
                if (body.succeeded() && tokenMatchesCookie(context, body.result())) {
                    context.next();
                } else {
                    refuse(context);
                }
            });
            context.request().resume();
        }
    }

    private boolean tokenMatchesCookie(RoutingContext context, Buffer body) {
        Cookie cookie = context.request().getCookie(cookieName);
        String token = formField(body.toString(StandardCharsets.UTF_8));
        if (cookie == null || token == null || token.isEmpty()) {
            return false;
        }
        String expected = signatureKey.map(key -> CsrfTokenUtils.signCsrfToken(token, key)).orElse(token);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), cookie.getValue().getBytes(StandardCharsets.UTF_8));
    }

    private String formField(String form) {
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && fieldName.equals(pair.substring(0, equals))) {
                try {
                    return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private void refuse(RoutingContext context) {
        refusals.refuse(context, 400, "invalid-sign-out", "Please sign out again",
                "The sign-out form has expired, so you are still signed in. Reload the page and press Sign out again.");
    }

    private static long announced(RoutingContext context) {
        try {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            return length == null ? Long.MAX_VALUE : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
