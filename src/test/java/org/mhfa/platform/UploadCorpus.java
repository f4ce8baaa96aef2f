package org.mhfa.platform;

import static java.util.Map.entry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.mhfa.platform.CorpusFixture.Body;
import org.mhfa.verification.UploadedCertificates;

/** The multipart bad-input corpus, for the upload form: bodies that are not one file under the size limit. */
final class UploadCorpus {

    static final String BOUNDARY = "corpus-boundary-7MA4YWxkTrZu0gW";

    /** Whole bodies, made from the live fixture (its hidden fields travel as parts, as a browser sends them). */
    static final List<Entry<String, Function<CorpusFixture.Upload, Body>>> UPLOADS = List.of(
            entry("no file part", upload -> multipart(hidden(upload), List.of())),
            entry("an empty file", upload -> multipart(hidden(upload), List.of(file(upload.fileField(), "certificate.pdf", new byte[0])))),
            entry("not a PDF", upload -> multipart(hidden(upload), List.of(file(upload.fileField(), "certificate.pdf", utf8("not a PDF"))))),
            entry("the file part twice", upload -> multipart(hidden(upload), List.of(good(upload), good(upload)))),
            entry("a file over the 5 MB the form takes", upload -> multipart(hidden(upload), List.of(file(upload.fileField(),
                    "certificate.pdf", JsonCorpus.concat(upload.file(), new byte[UploadedCertificates.MAX_BYTES]))))),
            entry("no closing boundary", upload -> cut(multipart(hidden(upload), List.of(good(upload))))),
            entry("a boundary unlike the header's", upload -> new Body("multipart/form-data; boundary=another-boundary",
                    multipart(hidden(upload), List.of(good(upload))).bytes())),
            entry("not multipart at all", upload -> new Body(multipartType(), utf8("this is not multipart"))),
            entry("more than 1,000 parts", upload -> multipart(hidden(upload), manyParts(upload))),
            entry("a body over the size limit", upload -> multipart(hidden(upload), List.of(file(upload.fileField(), "certificate.pdf",
                    JsonCorpus.concat(upload.file(), new byte[(int) CorpusLimits.maxBodySize() + 1024]))))));

    private UploadCorpus() {
    }

    static List<CorpusCase> cases() {
        return UPLOADS.stream().map(upload -> new CorpusCase(upload.getKey(),
                fixture -> upload.getValue().apply((CorpusFixture.Upload) fixture))).toList();
    }

    /** One part: its Content-Disposition name (and file name), and its bytes. */
    record Part(String name, String fileName, byte[] bytes) {
    }

    static Part file(String name, String fileName, byte[] bytes) {
        return new Part(name, fileName, bytes);
    }

    /** The hidden fields as parts, then the given parts, then the closing boundary. */
    static Body multipart(List<Map.Entry<String, String>> hidden, List<Part> parts) {
        List<Part> all = new ArrayList<>();
        hidden.forEach(field -> all.add(new Part(field.getKey(), null, utf8(field.getValue()))));
        all.addAll(parts);
        List<byte[]> bytes = new ArrayList<>();
        for (Part part : all) {
            String disposition = "form-data; name=\"" + part.name() + "\"" + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"");
            bytes.add(utf8("--" + BOUNDARY + "\r\nContent-Disposition: " + disposition + "\r\n"
                    + (part.fileName() == null ? "" : "Content-Type: application/pdf\r\n") + "\r\n"));
            bytes.add(part.bytes());
            bytes.add(utf8("\r\n"));
        }
        bytes.add(utf8("--" + BOUNDARY + "--\r\n"));
        return new Body(multipartType(), JsonCorpus.concat(bytes.toArray(byte[][]::new)));
    }

    private static String multipartType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    private static List<Map.Entry<String, String>> hidden(CorpusFixture.Upload upload) {
        return upload.session().hiddenFields(upload.page(), upload.action());
    }

    private static Part good(CorpusFixture.Upload upload) {
        return file(upload.fileField(), upload.fileName(), upload.file());
    }

    private static List<Part> manyParts(CorpusFixture.Upload upload) {
        List<Part> parts = new ArrayList<>(IntStream.range(0, 1001).mapToObj(i -> new Part("field" + i, null, utf8("x"))).toList());
        parts.add(good(upload));
        return parts;
    }

    /** The body without its closing boundary. */
    private static Body cut(Body body) {
        byte[] bytes = body.bytes();
        int end = bytes.length - ("--" + BOUNDARY + "--\r\n").length();
        return new Body(body.contentType(), java.util.Arrays.copyOf(bytes, end));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
