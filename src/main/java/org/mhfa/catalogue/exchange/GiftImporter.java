package org.mhfa.catalogue.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Converts a Moodle GIFT file into knowledge-check questions, with a finding for everything it cannot convert. */
public final class GiftImporter {

    private static final String CATEGORY = "$CATEGORY:";

    private GiftImporter() {
    }

    /**
     * The questions of a GIFT file as knowledge-check markdown, and findings sorted by line and column.
     *
     * <p>Read: multiple choice ({@code =} right, {@code ~} wrong; several right, or {@code ~%50%} weights, make a
     * .multiple question), true/false ({@code T}, {@code TRUE}, {@code F}, {@code FALSE}, with {@code #wrong#right}
     * feedback), matching ({@code =left -> right}), the missing-word form of these, titles ({@code ::Title::}, which
     * give the question id), comments ({@code //}), escapes ({@code \~ \= \# \{ \} \: \\ \n}), answer feedback
     * ({@code #}) and general feedback ({@code ####}, the explanation). Text is read as plain text; {@code \n} starts
     * a new paragraph.
     *
     * <p>Reported and not imported: descriptions, essays, short answer, numerical questions, and text in the
     * {@code [html]}, {@code [moodle]} or {@code [markdown]} format. Reported and imported differently:
     * {@code $CATEGORY}, weights a knowledge check scores otherwise, distractors of matching questions and HTML tags
     * in plain text. GIFT has no ordering questions, so none are ever imported.
     */
    public static ImportResult read(String gift) {
        List<ImportedQuestion> questions = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        QuestionIds ids = new QuestionIds();
        int position = 0;
        for (List<GiftSource.Line> block : GiftSource.blocks(gift)) {
            GiftText text = GiftText.of(block).strip();
            if (text.isAt(0, CATEGORY)) {
                findings.add(text.finding("the category '" + text.sub(CATEGORY.length()).oneLine() + "' is not kept: "
                        + "a knowledge check has no categories, so its questions join the others"));
                if (block.size() > 1) {
                    GiftSource.Line next = block.get(1);
                    findings.add(new Finding(next.number(), next.column(), "this line is not imported: it is read as "
                            + "part of the $CATEGORY line above it; put a blank line after $CATEGORY"));
                }
                continue;
            }
            GiftQuestion.read(text, ids, ++position, findings).map(Draft::toImported).ifPresent(questions::add);
        }
        findings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
        return new ImportResult(questions, findings);
    }
}
