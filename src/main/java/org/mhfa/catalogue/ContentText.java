package org.mhfa.catalogue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;

/** Reads a content file as UTF-8 text with {@code \n} line ends, reporting where it cannot be read as such. */
final class ContentText {

    static final long MAX_FILE_BYTES = 1024 * 1024;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ContentText() {
    }

    /** The text of {@code path}, its bytes (and its path under {@code root}) added to {@code digest}; empty after an error. */
    static Optional<String> read(Path path, ContentFile file, MessageDigest digest, Path root) {
        if (!Files.isRegularFile(path)) {
            file.error(1, 1, "missing file: create " + file.displayPath() + " with front matter (at least a title)");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                file.error(1, 1, "the file is " + size + " bytes; content files may be at most " + MAX_FILE_BYTES
                        + " bytes (1 MB): split it");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            file.error(1, 1, "the file cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        digest.update(root.relativize(path).toString().getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        Optional<String> decoded = decode(bytes, file);
        if (decoded.isEmpty()) {
            return decoded;
        }
        String text = decoded.get();
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            file.error(lineOf(text, text.indexOf('\0')), 1, "the file contains a NUL character: save it as plain UTF-8 text");
            return Optional.empty();
        }
        return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** The bytes as UTF-8, or empty after reporting the line and column of the first byte that is not. */
    private static Optional<String> decode(byte[] bytes, ContentFile file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            return Optional.of(out.flip().toString());
        }
        String before = out.flip().toString();
        int lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
        int column = before.codePointCount(lineStart, before.length()) + 1;
        if (lineStart == 0 && !before.isEmpty() && before.charAt(0) == BYTE_ORDER_MARK) {
            column--;
        }
        int line = lineOf(before.replace("\r\n", "\n").replace('\r', '\n'), before.length());
        file.error(line, column, String.format("the file is not UTF-8 text: the byte 0x%02X here is not valid UTF-8; save "
                + "the file with UTF-8 encoding", bytes[in.position()] & 0xFF));
        return Optional.empty();
    }

    /** The 1-based line of the character at {@code index} (or of the end, when {@code index} is past it). */
    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < Math.min(index, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
