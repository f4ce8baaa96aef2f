package org.mhfa;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.mhfa.content.ValidateCommand;

/** The one executable: serves the platform, or runs a subcommand such as {@code validate <content dir>}. */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("validate")) {
            System.exit(ValidateCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.err.println("unknown command '" + args[0] + "'; commands: validate <content dir>");
            System.exit(2);
        }
        Quarkus.run(args);
    }
}
