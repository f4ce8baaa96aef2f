package org.mhfa.tooling;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.mhfa.authoring.CourseArchive;
import org.mhfa.authoring.DraftChecker;
import org.mhfa.catalogue.CourseFiles;
import org.mhfa.catalogue.Scenario;
import org.mhfa.catalogue.ScenarioGraphSvg;

/**
 * The {@code benchmark-authoring} subcommand: times what the editor and publishing do in the service besides the
 * database: checking a draft with one scenario of 50 nodes after each edit and drawing its graph (the preview), and
 * checking a course of 1,000 lessons (what publishing checks), cold and with the parse cache; it also writes the ZIP of
 * that course, for the publishing load script.
 */
public final class AuthoringBenchmark {

    private static final int NODES = 50;

    private AuthoringBenchmark() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: benchmark-authoring <dir for the 1,000-lesson course ZIP>");
            return 2;
        }
        DraftChecker checker = new DraftChecker(java.util.List.of());
        Map<String, byte[]> files = new TreeMap<>();
        files.put("course.md", utf8("---\ntitle: Preview bench\nsummary: One scenario of 50 nodes.\n---\nBench.\n"));
        files.put("01-module/module.md", utf8("---\ntitle: Module\n---\n"));
        long[] previews = new long[300];
        for (int i = 0; i < previews.length; i++) {
            files.put("01-module/01-big.scenario.md", utf8(scenario(i)));
            long start = System.nanoTime();
            DraftChecker.Checked checked = checker.check("preview-bench", CourseFiles.of(files));
            Scenario scenario = (Scenario) checked.course().orElseThrow().modules().get(0).items().get(0);
            ScenarioGraphSvg.render(scenario);
            previews[i] = System.nanoTime() - start;
            if (!checked.findings().isEmpty()) {
                err.println("the benchmark's scenario has findings: " + checked.findings());
                return 1;
            }
        }
        long[] warm = Arrays.copyOfRange(previews, 50, previews.length);
        Arrays.sort(warm);
        out.printf("preview of a %d-node scenario after an edit (check + graph): p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d edits after 50 warm-up)%n",
                NODES, ms(warm[warm.length / 2]), ms(warm[(int) (warm.length * 0.95)]), ms(warm[warm.length - 1]), warm.length);

        try {
            Path dir = Files.createTempDirectory("authoring-bench");
            ContentGenerator.generate(dir, 1, 1000, 0, 0);
            CourseFiles course = CourseFiles.read(dir.resolve("courses/generated-0"));
            long start = System.nanoTime();
            DraftChecker.Checked cold = checker.check("generated-0", course);
            long coldNanos = System.nanoTime() - start;
            start = System.nanoTime();
            checker.check("generated-0", course);
            long warmNanos = System.nanoTime() - start;
            out.printf("check of a 1,000-lesson course (what publishing checks): %.0f ms cold, %.0f ms with the parse cache; %d findings%n",
                    ms(coldNanos), ms(warmNanos), cold.findings().size());
            Path zip = Path.of(args[0]).resolve("thousand-lessons.zip");
            Files.createDirectories(zip.getParent());
            Files.write(zip, CourseArchive.write("thousand-lessons", course));
            out.printf("wrote %s (%d files, %d KB) for src/bench/authoring-publish.sh%n", zip, course.size(), Files.size(zip) / 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    /** A scenario of {@link #NODES} nodes (48 steps and two endings); {@code edit} changes one line, as an author's keystroke would. */
    static String scenario(int edit) {
        StringBuilder text = new StringBuilder("---\ntitle: A long evening\nsummary: Fifty nodes.\ncontent-warning: Describes distress.\n"
                + "scoring: dynamic\npass-score: 6\n---\n\n");
        int steps = NODES - 2;
        for (int node = 1; node <= steps; node++) {
            text.append("## Step ").append(node).append(" {#step-").append(node).append("}\n\nYou see someone who looks upset")
                    .append(node == steps / 2 ? " (edit " + edit + ")" : "").append(".\n\n");
            String next = node < steps ? "#step-" + (node + 1) : "#good-end";
            text.append("- [Sit beside them and ask gently](").append(next).append(") {score=1 step=approach}\n  > Calm and kind.\n")
                    .append("- [Walk away](#harmful-end) {score=-1 step=listen}\n  > They are left alone.\n\n");
        }
        text.append("## A good outcome {#good-end .end outcome=good}\n\nThey feel heard.\n\n");
        text.append("## A harmful outcome {#harmful-end .end outcome=harmful}\n\nThey are left alone.\n");
        return text.toString();
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
