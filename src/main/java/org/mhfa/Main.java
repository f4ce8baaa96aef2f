package org.mhfa;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Arrays;
import org.mhfa.certificate.CertificateSampleCommand;
import org.mhfa.catalogue.ValidateCommand;

/** The one executable: serves the platform, or runs a subcommand such as {@code validate <content dir>}. */
@QuarkusMain
public final class Main {

    Main() {
    }

    public static void main(String... args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            int exit = switch (args[0]) {
                case "validate" -> ValidateCommand.run(rest, System.out, System.err);
                case "certificate-sample" -> CertificateSampleCommand.run(rest, System.out, System.err);
                default -> {
                    System.err.println("unknown command '" + args[0] + "'; commands: validate <content dir>, "
                            + "certificate-sample --name … --course … --out … (the generators and benchmarks: src/bench/tools.sh)");
                    yield 2;
                }
            };
            System.exit(exit);
        }
        Quarkus.run(args);
    }
}
