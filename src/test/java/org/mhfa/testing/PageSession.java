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

    /** Bodies larger than this are sent after the server's {@code 100 Continue}, as curl does. */
    public static final int EXPECT_CONTINUE_ABOVE = 1024 * 1024;

    private static final String BASE = PlatformTestResource.baseUrl();

    private final HttpClient http;
    private final HttpClient firstAnswers;
    private String csrfToken;

    private PageSession(java.net.CookieHandler cookies) {
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.ALWAYS).build();
        this.firstAnswers = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A visitor who has not signed in: cookies are kept (the CSRF token's among them), there is no session. */
    public static PageSession anonymous() {
        return new PageSession(new PlainHttpCookies());
    }

    /** Signs in through the Keycloak form, as a person would. */
    public static PageSession signIn(TestUsers.TestUser user) {
        PageSession session = new PageSession(new PlainHttpCookies());
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

    /**
     * This session's CSRF token, as the form on the public verification page carries it (that page also sets the token's
     * cookie): any form of the session may post it.
     */
    public String csrfToken() {
        if (csrfToken == null) {
            HttpResponse<String> page = get("/verify");
            Element field = Jsoup.parse(page.body()).selectFirst("form input[name=csrf-token]");
            if (field == null) {
                throw new IllegalStateException("no CSRF token in the forms of /verify: " + page.body());
            }
            csrfToken = field.attr("value");
        }
        return csrfToken;
    }

    /** Sends one request with the session's cookies and returns the first answer: redirects are not followed. */
    public HttpResponse<String> firstAnswer(String method, String path, java.util.Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return firstAnswers.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs a page of the platform (redirects followed). */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET().build());
    }

    /**
     * Submits the form with this action on the page at {@code pagePath}: its hidden fields (the CSRF token) plus the
     * given fields, as a browser would. Redirects are followed.
     */
    public HttpResponse<String> submit(String pagePath, String formAction, java.util.Map<String, String> fields) {
        return submitTo(pagePath, formAction, formAction, fields);
    }

    /** Like {@link #submit}, for forms that send a field more than once (check boxes): the fields as name-value pairs. */
    public HttpResponse<String> submitPairs(String pagePath, String formAction, java.util.List<java.util.Map.Entry<String, String>> fields) {
        HttpResponse<String> page = get(pagePath);
        Element form = Jsoup.parse(page.body()).selectFirst("form[action=" + formAction + "]");
        if (form == null) {
            throw new IllegalStateException("no form posting to " + formAction + " on " + pagePath + ": " + page.body());
        }
        java.util.List<java.util.Map.Entry<String, String>> pairs = new java.util.ArrayList<>();
        form.select("input[type=hidden]").forEach(input -> pairs.add(java.util.Map.entry(input.attr("name"), input.attr("value"))));
        pairs.addAll(fields);
        String body = pairs.stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(BASE + formAction))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Like {@link #submit}, but posts the form's hidden fields to another address (to test forged requests). */
    public HttpResponse<String> submitTo(String pagePath, String formAction, String target, java.util.Map<String, String> fields) {
        return post(target, "application/x-www-form-urlencoded", encode(formValues(pagePath, formAction, fields)), java.util.Map.of());
    }

    /** Like {@link #submit}, with request headers of the test's choosing (such as another site's {@code Origin}). */
    public HttpResponse<String> submitWithHeaders(String pagePath, String formAction, java.util.Map<String, String> fields,
            java.util.Map<String, String> headers) {
        return post(formAction, "application/x-www-form-urlencoded", encode(formValues(pagePath, formAction, fields)), headers);
    }

    /** The hidden fields (the CSRF token) of the form with this action on the page, plus the given fields. */
    public java.util.Map<String, String> formValues(String pagePath, String formAction, java.util.Map<String, String> fields) {
        Element form = formPostingTo(pagePath, formAction);
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(input -> values.put(input.attr("name"), input.attr("value")));
        values.putAll(fields);
        return values;
    }

    /**
     * The first sign-in of someone invited with a temporary password: through the login form, then Keycloak's forms to
     * choose a password and give a name, landing where {@code startPath} leads. Returns the session and the landing page.
     */
    public static java.util.Map.Entry<PageSession, HttpResponse<String>> firstSignIn(String startPath, String username,
            String temporaryPassword, String newPassword, String firstName, String lastName) {
        PageSession session = new PageSession(new PlainHttpCookies());
        HttpResponse<String> page = session.get(startPath);
        java.util.Map<String, String> answers = java.util.Map.of("username", username, "password", temporaryPassword,
                "password-new", newPassword, "password-confirm", newPassword, "firstName", firstName, "lastName", lastName);
        for (int step = 0; step < 4 && !page.uri().toString().startsWith(BASE); step++) {
            Element form = Jsoup.parse(page.body(), page.uri().toString()).selectFirst("form[method=post]");
            if (form == null) {
                throw new IllegalStateException("no form at " + page.uri() + ": " + page.body());
            }
            java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
            form.select("input[name]").forEach(input -> values.put(input.attr("name"),
                    answers.getOrDefault(input.attr("name"), input.attr("value"))));
            page = session.send(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(values))).build());
        }
        if (!page.uri().toString().startsWith(BASE)) {
            throw new IllegalStateException("first sign-in did not come back to the platform but stopped at " + page.uri() + ": " + page.body());
        }
        return java.util.Map.entry(session, page);
    }

    /** URL-encodes form fields as a browser does. */
    public static String encode(java.util.Map<String, String> values) {
        return values.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
    }

    /** POSTs form fields to a path of the platform as they are (no CSRF token added); redirects followed. */
    public HttpResponse<String> postForm(String path, java.util.Map<String, String> fields) {
        return post(path, "application/x-www-form-urlencoded", encode(fields), java.util.Map.of());
    }

    /** POSTs a body exactly as given, with extra request headers; redirects followed. */
    public HttpResponse<String> post(String path, String contentType, String body, java.util.Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** The hidden fields (the CSRF token) of the form with this action on the page at {@code pagePath}, in page order. */
    public java.util.List<java.util.Map.Entry<String, String>> hiddenFields(String pagePath, String formAction) {
        return formPostingTo(pagePath, formAction).select("input[type=hidden]").stream()
                .map(input -> java.util.Map.entry(input.attr("name"), input.attr("value"))).toList();
    }

    /** The form on the page that posts to {@code formAction}: by its action, or by a submit button's {@code formaction}. */
    private Element formPostingTo(String pagePath, String formAction) {
        HttpResponse<String> page = get(pagePath);
        org.jsoup.nodes.Document document = Jsoup.parse(page.body());
        Element form = document.selectFirst("form[method=post][action=" + formAction + "]");
        Element button = document.selectFirst("button[formaction=" + formAction + "]");
        if (form == null && button != null) {
            form = button.closest("form[method=post]");
        }
        if (form == null) {
            throw new IllegalStateException("no form posting to " + formAction + " on " + pagePath + ": " + page.body());
        }
        return form;
    }

    /**
     * POSTs a body exactly as given over HTTP/1.1, whatever its type and however malformed, with extra headers (name, value,
     * …). Like curl, it asks before sending a body over {@link #EXPECT_CONTINUE_ABOVE} bytes ({@code Expect: 100-continue}),
     * so that a refusal of its size arrives before the server closes the connection on the rest.
     */
    public HttpResponse<String> postRaw(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).version(HttpClient.Version.HTTP_1_1)
                .timeout(java.time.Duration.ofSeconds(60)).expectContinue(body.length > EXPECT_CONTINUE_ABOVE)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> answer = sendOnce(request.build());
        java.util.Optional<String> location = answer.headers().firstValue("Location");
        // a browser follows 303 with a plain GET: no body and none of the POST's headers (the client would keep its Content-Type)
        if (answer.statusCode() != 303 || location.isEmpty()) {
            return answer;
        }
        URI next = URI.create(BASE + path).resolve(location.get());
        return get(next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()));
    }

    private HttpResponse<String> sendOnce(HttpRequest request) {
        try {
            return firstAnswers.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
