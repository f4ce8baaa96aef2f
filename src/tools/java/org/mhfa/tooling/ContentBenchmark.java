package org.mhfa.tooling;

import org.mhfa.catalogue.ContentConfig;
import org.mhfa.catalogue.ContentLoad;
import org.mhfa.catalogue.ContentLoader;
import org.mhfa.catalogue.ContentRepository;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.mhfa.catalogue.Course;

/**
 * The {@code benchmark-content} subcommand: times a full load (read, validate, render) of a content tree, and how long
 * the running repository takes to serve a change to one file (with its published versions kept in memory, not in a
 * database, so that the figure is the loader's).
 */
public final class ContentBenchmark {

    private ContentBenchmark() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: benchmark-content <content dir>   (make one with generate-content)");
            return 2;
        }
        Path root = Path.of(args[0]);
        long[] loads = new long[7];
        ContentLoad load = null;
        for (int i = 0; i < loads.length; i++) {
            long start = System.nanoTime();
            load = new ContentLoader().load(root);
            loads[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long items = load.courses().stream().flatMap(Course::items).count();
        out.printf("full load (read, validate, render; no cache): %d courses, %d items, %d errors; first in a cold JVM %d ms, "
                + "then min %d ms, median %d ms%n",
                load.courses().size(), items, load.errors().size(), loads[0], min(loads, 1), median(loads, 1));

        ContentRepository repository = new ContentRepository(new ContentConfig() {
            @Override
            public String dir() {
                return root.toString();
            }

            @Override
            public boolean watch() {
                return true;
            }

            @Override
            public java.time.Duration refreshEvery() {
                return java.time.Duration.ofSeconds(2);
            }
        }, new MemoryVersionStore(), java.util.List.of());
        Path lesson = firstLesson(root);
        long[] pickups = new long[10];
        try {
            String original = Files.readString(lesson);
            for (int i = 0; i < pickups.length; i++) {
                Instant before = repository.snapshot().loadedAt();
                String marker = "Edited " + i + " at " + System.nanoTime();
                long start = System.nanoTime();
                Files.writeString(lesson, original + "\n" + marker + "\n");
                while (repository.snapshot().loadedAt().equals(before) || !served(repository, marker)) {
                    if (System.nanoTime() - start > 10_000_000_000L) {
                        err.println("the change was not picked up within 10 s");
                        return 1;
                    }
                    Thread.onSpinWait();
                }
                pickups[i] = (System.nanoTime() - start) / 1_000_000;
                Thread.sleep(100);
            }
            Files.writeString(lesson, original);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            repository.onStop(null);
        }
        out.printf("change to one file served after: min %d ms, median %d ms, max %d ms (%d edits)%n",
                min(pickups, 0), median(pickups, 0), Arrays.stream(pickups).max().orElse(0), pickups.length);
        return 0;
    }

    private static boolean served(ContentRepository repository, String marker) {
        return repository.courses().stream().flatMap(Course::items)
                .anyMatch(item -> item instanceof org.mhfa.catalogue.Lesson lesson && lesson.html().contains(marker));
    }

    private static Path firstLesson(Path root) {
        try (Stream<Path> files = Files.walk(root.resolve("courses"))) {
            return files.filter(path -> path.toString().endsWith(".md") && !path.toString().endsWith(".quiz.md")
                    && !path.toString().endsWith(".scenario.md") && path.getFileName().toString().matches("\\d+-.*"))
                    .sorted(Comparator.naturalOrder()).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long min(long[] values, int from) {
        return Arrays.stream(values, from, values.length).min().orElse(0);
    }

    private static long median(long[] values, int from) {
        long[] sorted = Arrays.copyOfRange(values, from, values.length);
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
