package org.mhfa.tooling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code generate-content} subcommand: writes a large, valid content tree (lessons, knowledge checks of every
 * question type, branching scenarios) for load benchmarks.
 */
public final class ContentGenerator {

    private static final String LESSON_BODY = """
            ## Why it matters

            A mental health crisis can happen to anyone. **Noticing early** and responding calmly makes a difference.

            | Sign | What you might notice |
            | --- | --- |
            | Withdrawal | Missing activities they used to enjoy |
            | Agitation | Restlessness, difficulty sitting still |

            - Approach and assess for risk
            - Listen non-judgementally
            - Give support and information

            If someone is in immediate danger, call your local emergency number.
            """;

    private ContentGenerator() {
    }

    /** Writes {@code courses} courses holding the given totals of lessons, knowledge checks and scenarios. */
    public static void generate(Path root, int courses, int lessons, int quizzes, int scenarios) {
        try {
            for (int c = 0; c < courses; c++) {
                Path course = Files.createDirectories(root.resolve("courses/generated-" + c));
                Files.writeString(course.resolve("course.md"), "---\ntitle: Generated course " + c
                        + "\nsummary: A generated course for load benchmarks.\nvalidity-months: 36\n---\nGenerated.\n");
                Path module = Files.createDirectories(course.resolve("01-module"));
                Files.writeString(module.resolve("module.md"), "---\ntitle: Module\n---\n");
                int order = 1;
                for (int i = share(lessons, courses, c); i > 0; i--) {
                    Files.writeString(module.resolve(String.format("%04d-lesson-%d.md", order++, i)),
                            "---\ntitle: Lesson " + i + "\nminutes: 5\n---\n" + LESSON_BODY);
                }
                for (int i = share(quizzes, courses, c); i > 0; i--) {
                    Files.writeString(module.resolve(String.format("%04d-check-%d.quiz.md", order++, i)), quiz(i));
                }
                for (int i = share(scenarios, courses, c); i > 0; i--) {
                    Files.writeString(module.resolve(String.format("%04d-scenario-%d.scenario.md", order++, i)), scenario(i));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the subcommand: {@code generate-content <dir> [courses lessons quizzes scenarios]}. */
    public static int run(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
        if (args.length != 1 && args.length != 5) {
            err.println("usage: generate-content <dir> [courses lessons quizzes scenarios]   (default 10 1000 200 100)");
            return 2;
        }
        int[] sizes = args.length == 5
                ? new int[] {Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4])}
                : new int[] {10, 1000, 200, 100};
        generate(Path.of(args[0]), sizes[0], sizes[1], sizes[2], sizes[3]);
        out.printf("wrote %d courses with %d lessons, %d knowledge checks and %d scenarios to %s%n",
                sizes[0], sizes[1], sizes[2], sizes[3], args[0]);
        return 0;
    }

    private static int share(int total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }

    private static String quiz(int n) {
        return "---\ntitle: Check " + n + "\npass-mark: 70\ndraw: 4\n---\n"
                + "## Which response helps most? {#single .single}\n\n- [ ] Tell them to calm down\n  > Rarely helps.\n"
                + "- [x] Listen without judging\n  > Yes.\n- [ ] Change the subject\n\n> Listening comes first.\n\n"
                + "## Which of these are warning signs? {#multiple .multiple}\n\n- [x] Withdrawal\n- [x] Agitation\n- [ ] Laughing at a joke\n\n"
                + "## Asking about suicide plants the idea. {#truth .true-false}\n\n- [ ] True\n- [x] False\n\n"
                + "## Put the steps in order {#order .ordering}\n\n1. Approach\n2. Listen\n3. Support\n4. Encourage professional help\n\n"
                + "## Match each step to an action {#match .matching}\n\n- Approach -> Introduce yourself calmly\n"
                + "- Listen -> Let them talk without interrupting\n- Support -> Offer information\n";
    }

    private static String scenario(int n) {
        StringBuilder text = new StringBuilder("---\ntitle: Scenario " + n + "\nsummary: A generated scenario.\n"
                + "content-warning: Describes distress.\nscoring: dynamic\npass-score: 6\nback-navigation: true\n---\n\n");
        for (int node = 1; node <= 8; node++) {
            text.append("## Step ").append(node).append(" {#step-").append(node).append("}\n\nYou see someone who looks upset.\n\n");
            String next = node < 8 ? "#step-" + (node + 1) : "#good-end";
            text.append("- [Sit beside them and ask gently](").append(next).append(") {score=1 step=approach}\n")
                    .append("  > Calm and kind.\n")
                    .append("- [Walk away](#harmful-end) {score=-1 step=listen}\n  > They are left alone.\n\n");
        }
        text.append("## A good outcome {#good-end .end outcome=good}\n\nThey feel heard.\n\n");
        text.append("## A harmful outcome {#harmful-end .end outcome=harmful}\n\nThey are left alone.\n");
        return text.toString();
    }
}
