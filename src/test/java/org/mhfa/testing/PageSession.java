package org.mhfa.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** A signed-in page session without a browser: the OIDC code flow through the real Keycloak login form, cookies kept. */
public final class PageSession {

    private static final String BASE = PlatformTestResource.baseUrl();

    private final HttpClient http;

    private PageSession(HttpClient http) {
        this.http = http;
    }

    /** Signs in through the Keycloak form, as a person would. */
    public static PageSession signIn(TestUsers.TestUser user) {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new PlainHttpCookies())
                .followRedirects(HttpClient.Redirect.ALWAYS)
                .build();
        PageSession session = new PageSession(http);
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(URI.create(BASE + "/signin")).GET().build());
        Element form = Jsoup.parse(login.body()).getElementById("kc-form-login");
        if (form == null) {
            throw new IllegalStateException("no Keycloak login form at " + login.uri() + ": " + login.body());
        }
        String body = "username=" + URLEncoder.encode(user.username(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(user.password(), StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> landed = session.send(HttpRequest.newBuilder(URI.create(form.attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (!landed.uri().toString().startsWith(BASE + "/me")) {
            throw new IllegalStateException("sign-in did not land on /me but on " + landed.uri());
        }
        return session;
    }

    /**
     * Keycloak marks its cookies Secure; browsers treat http://localhost as secure, Java's cookie manager does not.
     * This handler keeps such cookies for the test's plain-http localhost servers.
     */
    private static final class PlainHttpCookies extends java.net.CookieHandler {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public java.util.Map<String, java.util.List<String>> get(URI uri, java.util.Map<String, java.util.List<String>> headers)
                throws IOException {
            return cookies.get(uri, headers);
        }

        @Override
        public void put(URI uri, java.util.Map<String, java.util.List<String>> headers) throws IOException {
            java.util.Map<String, java.util.List<String>> plain = new java.util.HashMap<>();
            headers.forEach((name, values) -> plain.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(value -> value.replaceAll("(?i);\\s*Secure", "")).toList() : values));
            cookies.put(uri, plain);
        }
    }

    /** GETs a page of the platform (redirects followed). */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET().build());
    }

    /** POSTs form fields to a path of the platform as they are (no CSRF token added); redirects followed. */
    public HttpResponse<String> postForm(String path, java.util.Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Opens a page and submits its form posting to {@code action}, with the form's hidden fields (the CSRF token) plus {@code fields}. */
    public HttpResponse<String> submit(String pagePath, String action, java.util.Map<String, String> fields) {
        Element form = Jsoup.parse(get(pagePath).body()).selectFirst("form[action=" + action + "]");
        if (form == null) {
            throw new IllegalStateException("no form posting to " + action + " on " + pagePath);
        }
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(input -> all.put(input.attr("name"), input.attr("value")));
        all.putAll(fields);
        return postForm(action, all);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
