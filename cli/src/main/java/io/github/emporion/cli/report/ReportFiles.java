package io.github.emporion.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report to a folder: {@code report.html} (self-contained), {@code report.json} (the same
 * model, exact numbers) and one CSV file per table.
 */
public final class ReportFiles {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private ReportFiles() {}

    /**
     * Renders the report as JSON.
     *
     * @param report the report
     * @return the JSON text: title, locale, sections with charts and tables; numbers exact
     */
    public static String json(Report report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes all files into {@code folder}, creating it if needed.
     *
     * @param report the report
     * @param folder the output folder
     * @return the files written, HTML first
     * @throws UncheckedIOException if a file cannot be written
     */
    public static List<Path> write(Report report, Path folder) {
        try {
            Files.createDirectories(folder);
            List<Path> written = new ArrayList<>();
            written.add(Files.writeString(
                    folder.resolve("report.html"), HtmlReportWriter.write(report), StandardCharsets.UTF_8));
            written.add(Files.writeString(folder.resolve("report.json"), json(report), StandardCharsets.UTF_8));
            for (ReportSection section : report.sections()) {
                for (ReportTable table : section.tables()) {
                    written.add(Files.writeString(
                            folder.resolve(table.id() + ".csv"), CsvReportWriter.write(table), StandardCharsets.UTF_8));
                }
            }
            return List.copyOf(written);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + folder, e);
        }
    }
}
