package io.github.emporion.cli;

import io.github.emporion.jackson.api.JsonReply;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The shape shared by the commands that wrap a JSON API of the jackson module: read one JSON
 * document from a file or standard input, hand it to the API unchanged, write the API's reply to
 * standard output. A reply that is a structured error (every problem with its JSON Pointer) is
 * still written to standard output, its one-line summary goes to standard error and the exit
 * status is 1.
 */
abstract class JsonApiCommand implements Callable<Integer> {

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE|-",
            description = "The JSON request; '-' or nothing reads standard input.")
    String input = "-";

    /**
     * Calls the API.
     *
     * @param json the request
     * @return the API's reply
     */
    abstract JsonReply call(InputStream json);

    @Override
    public Integer call() {
        JsonReply reply;
        if ("-".equals(input)) {
            reply = call(System.in);
        } else {
            Path file = Path.of(input);
            try (InputStream in = Files.newInputStream(file)) {
                reply = call(in);
            } catch (NoSuchFileException e) {
                throw new BadDataException(input + ": no such file");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + input, e);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(reply.body());
        out.flush();
        if (!reply.ok()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("emporion: " + ("-".equals(input) ? "standard input" : input) + ": the request was refused ("
                    + reply.errorCode() + "); the problems, each with its JSON Pointer, are on standard output");
            err.flush();
            return EmporionCli.EXIT_BAD_DATA;
        }
        return 0;
    }
}
