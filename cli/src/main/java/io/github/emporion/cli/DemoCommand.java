package io.github.emporion.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emporion demo}: runs the bundled sample shop through the library and prints a report. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Report on the bundled sample shop.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    @SuppressWarnings("NullAway.Init")
    private CommandSpec spec;

    @Option(names = "--seed", description = "Seed of the sample shop generator (default: ${DEFAULT-VALUE}).")
    private long seed = 42;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Emporion demo (seed " + seed + ")");
        out.flush();
        return 0;
    }
}
