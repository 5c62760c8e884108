package io.github.emporion.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWritersTest {

    private static Report sample(Locale locale) {
        ReportChart chart = new ReportChart(
                "roas",
                "ROAS <by> channel",
                ReportChart.Kind.BAR,
                List.of("Email", "Paid Search"),
                List.of(
                        new ReportChart.Series(
                                "roas",
                                List.of(new BigDecimal("4.5"), new BigDecimal("-0.25")),
                                List.of("4.5", "-0.25")),
                        new ReportChart.Series(
                                "target", List.of(new BigDecimal("3"), new BigDecimal("3")), List.of("3", "3"))));
        ReportTable table = new ReportTable(
                "kpis",
                "KPIs",
                List.of("kpi", "value"),
                List.of(
                        List.of(Cell.text("ctr"), Cell.number("2.95%", new BigDecimal("0.029533678756"))),
                        List.of(Cell.text("a, \"quoted\" name"), Cell.text("undefined"))));
        return new Report(
                "Demo & test",
                locale,
                List.of(new ReportSection("s1", "Section", List.of("Some <text>."), List.of(chart), List.of(table))));
    }

    @Test
    void html_selfContainedAndCarriesTheJsonNumbers() throws Exception {
        Report report = sample(Locale.ENGLISH);
        String html = HtmlReportWriter.write(report);
        JsonNode json = new ObjectMapper().readTree(ReportFiles.json(report));
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(html)
                .doesNotContain("http://", "https://".substring(0, 8) + "cdn")
                .doesNotContain("src=");
        assertThat(doc.title()).isEqualTo("Demo & test");
        assertThat(doc.selectFirst("html").attr("dir")).isEqualTo("ltr");

        JsonNode series = json.at("/sections/0/charts/0/series");
        List<Element> bars = doc.select("#chart-roas rect");
        assertThat(bars).hasSize(4);
        int i = 0;
        for (int c = 0; c < 2; c++) {
            for (int s = 0; s < 2; s++) {
                Element bar = bars.get(i++);
                assertThat(new BigDecimal(bar.attr("data-value")))
                        .isEqualByComparingTo(series.get(s).get("values").get(c).decimalValue());
                assertThat(bar.attr("data-series"))
                        .isEqualTo(series.get(s).get("name").asText());
            }
        }
        Element cell = doc.select("#table-kpis td.num").first();
        assertThat(cell.attr("data-value"))
                .isEqualTo(json.at("/sections/0/tables/0/rows/0/1/value")
                        .decimalValue()
                        .toPlainString());
        assertThat(cell.text()).isEqualTo("2.95%");
        assertThat(doc.select("#s1 p").text()).isEqualTo("Some <text>.");
    }

    @Test
    void html_arabic_isRightToLeft() {
        Document doc = Jsoup.parse(HtmlReportWriter.write(sample(Locale.forLanguageTag("ar"))));
        assertThat(doc.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("ar");
    }

    @Test
    void csv_quotesAndWritesExactValues() {
        String csv = CsvReportWriter.write(
                sample(Locale.ENGLISH).sections().get(0).tables().get(0));
        assertThat(csv).isEqualTo("kpi,value\nctr,0.029533678756\n\"a, \"\"quoted\"\" name\",undefined\n");
    }

    @Test
    void files_writtenToFolder(@TempDir Path dir) throws Exception {
        List<Path> files = ReportFiles.write(sample(Locale.ENGLISH), dir.resolve("out"));
        assertThat(files)
                .extracting(p -> p.getFileName().toString())
                .containsExactly("report.html", "report.json", "kpis.csv");
        assertThat(Files.readString(dir.resolve("out/kpis.csv"))).startsWith("kpi,value");
    }

    @Test
    void table_wrongRowWidth_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReportTable("t", "T", List.of("a", "b"), List.of(List.of(Cell.text("x")))))
                .withMessageContaining("row 0")
                .withMessageContaining("2 columns");
    }
}
