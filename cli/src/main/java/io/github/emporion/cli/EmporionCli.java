package io.github.emporion.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code emporion} command: entry point of {@code java -jar cli/target/emporion.jar}. */
@Command(
        name = "emporion",
        mixinStandardHelpOptions = true,
        versionProvider = EmporionCli.Version.class,
        description = "E-commerce and e-marketing KPIs and channel attribution.",
        subcommands = {
            DemoCommand.class,
            AttributeCommand.class,
            KpiCommand.class,
            PriceCartCommand.class,
            ClassifyCommand.class,
            ClvCommand.class,
            CommandLine.HelpCommand.class
        })
public final class EmporionCli {

    /** Held strongly: java.util.logging forgets the level of a logger that is garbage-collected. */
    private static final Logger MONETA_LOG = Logger.getLogger("org.javamoney.moneta");

    private EmporionCli() {}

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        // Moneta logs its MathContext choice at INFO through java.util.logging on first use; a
        // command-line tool's stderr is for the user's messages only.
        MONETA_LOG.setLevel(Level.WARNING);
        System.exit(run(args));
    }

    /**
     * Runs the command line without exiting, for tests and embedding.
     *
     * @param args the command-line arguments
     * @return the exit status: 0 on success, 2 on bad usage, 1 on failure
     */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * Builds the configured command line: exit status 2 for usage errors, 1 for bad data (the
     * message alone, naming file and line or JSON Pointer, without a stack trace) and for failures.
     *
     * @return the command line, ready to {@code execute}
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new EmporionCli()).setUsageHelpWidth(USAGE_WIDTH);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadDataException || ex instanceof IllegalArgumentException) {
                commandLine.getErr().println("emporion: " + ex.getMessage());
                commandLine.getErr().flush();
                return EXIT_BAD_DATA;
            }
            throw ex;
        });
        return cl;
    }

    /** Width of the help texts: the examples in the footers fit on one line. */
    private static final int USAGE_WIDTH = 110;

    /** Exit status for bad input data. */
    public static final int EXIT_BAD_DATA = 1;

    /** Exit status for bad command-line usage. */
    public static final int EXIT_USAGE = 2;

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = EmporionCli.class.getPackage().getImplementationVersion();
            return new String[] {"emporion " + (v == null ? "development build" : v)};
        }
    }
}
