package org.mhfa.catalogue.exchange;

import java.util.List;
import java.util.stream.Collectors;

/** The questions an importer could represent, and a finding for everything it could not. */
public record ImportResult(List<ImportedQuestion> questions, List<Finding> findings) {

    public ImportResult {
        questions = List.copyOf(questions);
        findings = List.copyOf(findings);
    }

    /** The questions' markdown one after another, separated by blank lines: the body of a {@code .quiz.md} file. */
    public String markdown() {
        return questions.stream().map(ImportedQuestion::markdown).collect(Collectors.joining("\n"));
    }

    /**
     * A complete {@code .quiz.md} file: front matter with this title and the defaults, then the questions (a check
     * needs at least one, so with none the validator refuses the file).
     */
    public String quizFile(String title) {
        String quoted = title.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("\\R", " ");
        return "---\ntitle: \"" + quoted + "\"\n---\n\n" + markdown();
    }
}
