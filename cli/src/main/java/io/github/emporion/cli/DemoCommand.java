package io.github.emporion.cli;

import io.github.emporion.cli.report.Report;
import io.github.emporion.cli.report.ReportFiles;
import io.github.emporion.cli.report.TextReportWriter;
import io.github.emporion.money.MoneyFormat;
import io.github.emporion.sample.SampleShop;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emporion demo}: runs the bundled sample shop through the library and prints a report. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Generates the bundled sample shop (one year of a small online shop and its marketing), runs it"
                    + " through the library and prints a report: funnel, key figures with confidence intervals,"
                    + " KPIs by channel group, spend and revenue by channel, campaigns, budget versus actual,"
                    + " customer journeys.",
            "Also writes report.html (self-contained, charts), report.json and one CSV per table to --out."
        },
        footer = {"", "Example:", "  java -jar emporion.jar demo --seed 7 --lang el --out /tmp/report"})
final class DemoCommand implements Callable<Integer> {

    /** The languages of the report. */
    enum Lang {
        en,
        ar,
        el
    }

    private static final int MAX_PRINTED_ROWS = 25;

    @Spec
    @SuppressWarnings("NullAway.Init")
    private CommandSpec spec;

    @Option(names = "--seed", description = "Seed of the sample shop generator (default: ${DEFAULT-VALUE}).")
    private long seed = 42;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Folder for report.html, report.json and the CSV tables (default: ${DEFAULT-VALUE}).")
    private Path out = Path.of("emporion-report");

    @Option(
            names = "--lang",
            description = "Language of labels and numbers: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Lang lang = Lang.en;

    @Override
    public Integer call() {
        Locale locale = MoneyFormat.nativeDigits(Locale.forLanguageTag(lang.name()));
        SampleShop shop = SampleShop.generate(seed);
        Report report = DemoReport.build(shop, locale);
        PrintWriter stdout = spec.commandLine().getOut();
        String moreRows = ResourceBundle.getBundle("io.github.emporion.cli.DemoText", locale)
                .getString("more_rows");
        stdout.print(TextReportWriter.write(report, MAX_PRINTED_ROWS, moreRows));
        List<Path> files = ReportFiles.write(report, out);
        stdout.println();
        stdout.println(
                "Wrote " + files.size() + " files to " + out.toAbsolutePath().normalize() + ": "
                        + files.get(0).getFileName() + ", " + files.get(1).getFileName() + " and CSV tables.");
        stdout.flush();
        return 0;
    }
}
