package io.github.emporion.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process and captures its exit status, stdout and stderr. */
final class CliRunner {

    record Run(int exit, String out, String err) {}

    private CliRunner() {}

    static Run run(String... args) {
        CommandLine cl = EmporionCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
