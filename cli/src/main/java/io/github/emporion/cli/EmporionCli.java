package io.github.emporion.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code emporion} command: entry point of {@code java -jar cli/target/emporion.jar}. */
@Command(
        name = "emporion",
        mixinStandardHelpOptions = true,
        versionProvider = EmporionCli.Version.class,
        description = "E-commerce and e-marketing KPIs and channel attribution.",
        subcommands = {DemoCommand.class, CommandLine.HelpCommand.class})
public final class EmporionCli {

    private EmporionCli() {}

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line without exiting, for tests and embedding.
     *
     * @param args the command-line arguments
     * @return the exit status: 0 on success, 2 on bad usage, 1 on failure
     */
    public static int run(String... args) {
        return new CommandLine(new EmporionCli()).execute(args);
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = EmporionCli.class.getPackage().getImplementationVersion();
            return new String[] {"emporion " + (v == null ? "development build" : v)};
        }
    }
}
