package org.mhfa.catalogue;

import java.io.PrintStream;
import java.nio.file.Path;

/** The {@code validate <content dir>} subcommand: checks all content, or one course, and prints every error and warning. */
public final class ValidateCommand {

    private ValidateCommand() {
    }

    /**
     * Returns the process exit code: 0 when the content is valid (it may have warnings), 1 when any error was found, 2 on
     * bad usage.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: validate <content dir>");
            return 2;
        }
        ValidateTarget target = ValidateTarget.of(Path.of(args[0]));
        if (target.problem().isPresent()) {
            err.println(target.problem().get());
            return 2;
        }
        ContentLoad load = target.load(new ContentLoader());
        load.problems().forEach(err::println);
        int warnings = load.warnings().size();
        String warningCount = warnings == 0 ? "" : ", " + warnings + " warning(s)";
        if (!load.ok()) {
            err.printf("%d error(s) in %d course(s)%s%n", load.errors().size(), load.failedCourseIds().size(), warningCount);
            return 1;
        }
        if (warnings > 0) {
            err.printf("%d warning(s)%n", warnings);
        }
        int lessons = load.courses().stream().mapToInt(Course::lessonCount).sum();
        long quizzes = load.courses().stream().flatMap(Course::items).filter(item -> item.kind().equals("quizzes")).count();
        long scenarios = load.courses().stream().flatMap(Course::items).filter(item -> item.kind().equals("scenarios")).count();
        out.printf("content OK: %d course(s), %d lesson(s), %d knowledge check(s), %d scenario(s)%n",
                load.courses().size(), lessons, quizzes, scenarios);
        return 0;
    }
}
