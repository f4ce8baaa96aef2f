package org.mhfa.platform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.PlatformTestResource;

/** A good request to one endpoint, live: its address, a caller allowed to call it and a good body, for the corpus to spoil. */
interface CorpusFixture {

    /** A body as sent: its content type and bytes. */
    record Body(String contentType, byte[] bytes) {
    }

    /** What came back: the status, content type and body, or why nothing did. */
    record Answer(int status, String contentType, String body, String error) {
    }

    /** Whether answers are problem documents (the API) rather than pages. */
    boolean api();

    /** The good request's body, which the control case sends. */
    Body good();

    Answer send(Body body);

    /**
     * A JSON body under /api with a bearer token. {@code required} adds to the schema's required fields (paths as the corpus
     * names them); {@code maps} names objects keyed by data (question ids), whose first entry only is varied; {@code entries}
     * names the strings of a batch that the endpoint answers one by one (a malformed code gets its own result).
     */
    record Json(String method, String path, Supplier<String> token, ObjectNode valid, Set<String> required, Set<String> maps,
            Set<String> entries) implements CorpusFixture {

        @Override
        public boolean api() {
            return true;
        }

        @Override
        public Body good() {
            return new Body("application/json", valid.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public Answer send(Body body) {
            return Api.send(method, path, token.get(), body);
        }
    }

    /** A text body (a CSV roster) under /api with a bearer token. */
    /** A ZIP body under /api with a bearer token (a course's markdown tree to import). */
    record Archive(String path, Supplier<String> token, byte[] valid) implements CorpusFixture {

        @Override
        public boolean api() {
            return true;
        }

        @Override
        public Body good() {
            return new Body("application/zip", valid);
        }

        @Override
        public Answer send(Body body) {
            return Api.send("POST", path, token.get(), body);
        }
    }

    /** An image body under /api with a bearer token (a picture for a course's assets folder), sent with PUT. */
    record Image(String path, Supplier<String> token, String contentType, byte[] valid) implements CorpusFixture {

        @Override
        public boolean api() {
            return true;
        }

        @Override
        public Body good() {
            return new Body(contentType, valid);
        }

        @Override
        public Answer send(Body body) {
            return Api.send("PUT", path, token.get(), body);
        }
    }

    record Text(String path, Supplier<String> token, String contentType, String valid) implements CorpusFixture {

        @Override
        public boolean api() {
            return true;
        }

        @Override
        public Body good() {
            return new Body(contentType, valid.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public Answer send(Body body) {
            return Api.send("POST", path, token.get(), body);
        }
    }

    /**
     * A page form: where it is shown, where it posts, a good filling (name and value, unencoded), the fields it cannot do
     * without, the fields that hold whole numbers, and the fields a browser may send more than once (check boxes).
     */
    record Form(PageSession session, String page, String action, List<Map.Entry<String, String>> valid, Set<String> required,
            Set<String> numbers, Set<String> repeatable) implements CorpusFixture {

        @Override
        public boolean api() {
            return false;
        }

        @Override
        public Body good() {
            return new Body("application/x-www-form-urlencoded",
                    FormCorpus.joined(FormCorpus.onTheWire(session.hiddenFields(page, action)), FormCorpus.onTheWire(valid)));
        }

        @Override
        public Answer send(Body body) {
            return Page.send(session, action, body);
        }
    }

    /** A multipart upload form (its hidden fields travel as parts) with a good file. */
    record Upload(PageSession session, String page, String action, String fileField, String fileName, byte[] file, String clientAddress)
            implements CorpusFixture {

        /** An upload whose file travels as {@code certificate.pdf} (forms that do not go by the file's name). */
        Upload(PageSession session, String page, String action, String fileField, byte[] file, String clientAddress) {
            this(session, page, action, fileField, "certificate.pdf", file, clientAddress);
        }

        @Override
        public boolean api() {
            return false;
        }

        @Override
        public Body good() {
            return UploadCorpus.multipart(session.hiddenFields(page, action), List.of(UploadCorpus.file(fileField, fileName, file)));
        }

        @Override
        public Answer send(Body body) {
            return Page.send(session, action, body, "X-Forwarded-For", clientAddress);
        }
    }

    /** Sends to the API over HTTP/1.1 with a bearer token, redirects not followed. */
    final class Api {

        private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        private Api() {
        }

        static Answer send(String method, String path, String token, Body body) {
            if (body.bytes().length > Oversized.LIMIT) {
                return Oversized.send(method, path, body, "Authorization: Bearer " + token + "\r\n");
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(PlatformTestResource.baseUrl() + path))
                    .timeout(java.time.Duration.ofSeconds(60)).expectContinue(body.bytes().length > PageSession.EXPECT_CONTINUE_ABOVE)
                    .header("Authorization", "Bearer " + token).header("Content-Type", body.contentType())
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), null);
            } catch (IOException e) {
                return new Answer(0, "", "", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Posts to a page through a signed-in (or anonymous) session, redirects followed as a browser does. */
    final class Page {

        private Page() {
        }

        static Answer send(PageSession session, String action, Body body, String... headers) {
            if (body.bytes().length > Oversized.LIMIT) {
                return Oversized.send("POST", action, body, "");
            }
            try {
                HttpResponse<String> response = session.postRaw(action, body.contentType(), body.bytes(), headers);
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), null);
            } catch (IllegalStateException e) {
                if (e.getCause() instanceof IOException io) {
                    return new Answer(0, "", "", io.toString());
                }
                throw e;
            }
        }
    }

    /**
     * Sends an oversized body as a raw HTTP/1.1 request: the headers announce its whole length, a first part follows, and
     * the answer is read as it comes (the server refuses on the announced length and closes the connection; an HTTP
     * client that keeps sending would see the connection reset, or wait for ever on Expect: 100-continue).
     */
    final class Oversized {

        /** {@code quarkus.http.limits.max-body-size}: bodies above it are refused on their announced length. */
        static final int LIMIT = 10240 * 1024;

        private Oversized() {
        }

        static Answer send(String method, String path, Body body, String extraHeaders) {
            URI base = URI.create(PlatformTestResource.baseUrl());
            try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(30_000);
                java.io.OutputStream out = socket.getOutputStream();
                out.write((method + " " + path + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\nContent-Type: " + body.contentType()
                        + "\r\nContent-Length: " + body.bytes().length + "\r\n" + extraHeaders + "\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.write(body.bytes(), 0, Math.min(1024, body.bytes().length));
                out.flush();
                String raw = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                int headersEnd = raw.indexOf("\r\n\r\n");
                String head = headersEnd < 0 ? raw : raw.substring(0, headersEnd);
                int status = Integer.parseInt(head.substring(9, 12));
                String contentType = head.lines().filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
                        .map(line -> line.substring(13).strip()).findFirst().orElse("");
                return new Answer(status, contentType, headersEnd < 0 ? "" : raw.substring(headersEnd + 4), null);
            } catch (IOException | RuntimeException e) {
                return new Answer(0, "", "", e.toString());
            }
        }
    }
}
