package org.mhfa.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.exchange.AikenImporter;
import org.mhfa.catalogue.exchange.ExportResult;
import org.mhfa.catalogue.exchange.GiftExporter;
import org.mhfa.catalogue.exchange.GiftImporter;
import org.mhfa.catalogue.exchange.ImportResult;
import org.mhfa.platform.PlainText;

/**
 * Questions from other tools: a Moodle GIFT or Aiken file becomes a new knowledge check or question bank in the draft, with every
 * construct it cannot represent reported by line; a knowledge check of the draft is given back as GIFT.
 */
@ApplicationScoped
public class QuestionImports {

    /** The formats a question file may come in. */
    public enum Format {
        GIFT, AIKEN
    }

    /** What an import makes: a new knowledge check in a module, or a new question bank in {@code banks/}. */
    public enum Target {
        CHECK, BANK
    }

    private static final java.util.regex.Pattern BANK_PATH = java.util.regex.Pattern.compile("banks/[a-z][a-z0-9-]{0,62}\\.bank\\.md");

    /** What an import made: the new file, how many questions it holds, and what could not be imported (by line of the source). */
    public record Imported(String path, int questions, List<String> findings) {
    }

    private final DraftService drafts;
    private final DraftChecker checker;

    QuestionImports(DraftService drafts, DraftChecker checker) {
        this.drafts = drafts;
        this.checker = checker;
    }

    /**
     * Reads {@code text} as {@code format} and adds it to the draft as {@code target} ({@code check}, the default, or
     * {@code bank}) at {@code path}, titled {@code title}.
     */
    public Imported importQuestions(String courseId, String target, String path, String format, String title, String text,
            Author author) {
        Map<String, String> errors = new LinkedHashMap<>();
        Target into = target(target, errors);
        if (into == Target.CHECK && (path == null || !path.endsWith(".quiz.md"))) {
            errors.put("path", "Name the new knowledge check's file, ending in .quiz.md, such as 02-signs/05-imported.quiz.md.");
        } else if (into == Target.BANK && (path == null || !BANK_PATH.matcher(path).matches())) {
            errors.put("path", "Name the new question bank's file banks/<bank-id>.bank.md, such as banks/warning-signs.bank.md.");
        }
        Format kind = format(format, errors);
        if (title == null || title.isBlank() || title.length() > 200 || title.contains("\n") || !PlainText.Validator.isPlain(title)) {
            errors.put("title", "Give the " + (into == Target.BANK ? "question bank" : "knowledge check")
                    + " a title of at most 200 characters on one line.");
        }
        if (text == null || text.isBlank()) {
            errors.put("text", "Paste the questions to import.");
        } else if (text.length() > DraftService.MAX_TEXT_CHARS || !PlainText.Validator.isPlain(text)) {
            errors.put("text", "The questions are at most " + DraftService.MAX_TEXT_CHARS + " characters of plain text.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidDraftEditException(errors);
        }
        ImportResult result = kind == Format.GIFT ? GiftImporter.read(text) : AikenImporter.read(text);
        List<String> findings = result.findings().stream().map(Object::toString).toList();
        if (result.questions().isEmpty()) {
            throw new InvalidDraftEditException(Map.of("text", "No question could be imported. " + String.join(" ", findings)));
        }
        drafts.create(courseId, path, result.quizFile(title.strip()), author);
        return new Imported(path, result.questions().size(), findings);
    }

    /** The knowledge check {@code path} of the draft as GIFT, with what GIFT cannot hold reported. */
    public ExportResult gift(String courseId, String path) {
        Course course = checker.check(courseId, drafts.files(courseId)).course()
                .orElseThrow(() -> new InvalidDraftEditException(Map.of("path", "The course cannot be read until course.md is fixed.")));
        Quiz quiz = DraftPreview.item(course, path).filter(Quiz.class::isInstance).map(Quiz.class::cast).orElseThrow(() ->
                new UnknownAuthoringItemException("The draft has no knowledge check without errors at '" + path + "'."));
        return GiftExporter.write(quiz);
    }

    private static Target target(String target, Map<String, String> errors) {
        String written = target == null || target.isBlank() ? "check" : target.strip();
        for (Target kind : Target.values()) {
            if (kind.name().equalsIgnoreCase(written)) {
                return kind;
            }
        }
        errors.put("target", "Choose check (a new knowledge check) or bank (a new question bank).");
        return Target.CHECK;
    }

    private static Format format(String format, Map<String, String> errors) {
        for (Format kind : Format.values()) {
            if (kind.name().equalsIgnoreCase(format == null ? "" : format.strip())) {
                return kind;
            }
        }
        errors.put("format", "Choose GIFT or AIKEN.");
        return Format.GIFT;
    }
}
