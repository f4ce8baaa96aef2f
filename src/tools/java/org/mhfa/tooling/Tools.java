package org.mhfa.tooling;

import java.util.Arrays;

/** The developers' tools, kept out of the runtime jar: run them with {@code src/bench/tools.sh COMMAND …}. */
public final class Tools {

    private Tools() {
    }

    public static void main(String... args) {
        String command = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        int exit = switch (command) {
            case "generate-content" -> ContentGenerator.run(rest, System.out, System.err);
            case "benchmark-content" -> ContentBenchmark.run(rest, System.out, System.err);
            case "benchmark-authoring" -> AuthoringBenchmark.run(rest, System.out, System.err);
            case "generate-scale-data" -> ScaleDataGenerator.run(rest, System.out, System.err);
            default -> {
                System.err.println("commands: generate-content <dir>, benchmark-content <content dir>, benchmark-authoring <dir>, generate-scale-data --jdbc-url …");
                yield 2;
            }
        };
        System.exit(exit);
    }
}
