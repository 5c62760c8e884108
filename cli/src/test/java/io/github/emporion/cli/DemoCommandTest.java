package io.github.emporion.cli;

import static io.github.emporion.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void demo_english_printsReportAndWritesFilesWithTheSameNumbers(@TempDir Path dir) throws Exception {
        CliRunner.Run run = run("demo", "--out", dir.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Funnel", "Key figures", "Campaigns", "Budget versus actual", "Customer journeys")
                .contains("Attribution: every model side by side", "first_touch", "markov", "shapley", "time_decay")
                .contains("Conversion rate", "Cart abandonment rate", "Return on ad spend");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .contains("report.html", "report.json", "funnel.csv", "campaigns.csv", "key_figures.csv");

        JsonNode json = JSON.readTree(dir.resolve("report.json").toFile());
        Document html = Jsoup.parse(dir.resolve("report.html").toFile());
        assertHtmlCarriesJsonNumbers(json, html);
        assertThat(html.select("script, link, img, iframe")).isEmpty();
        assertThat(html.select("figure[id^=chart-]").eachAttr("id"))
                .contains(
                        "chart-funnel",
                        "chart-spend_revenue",
                        "chart-roas",
                        "chart-budget",
                        "chart-attribution_models");

        // The printed text shows the same figures: the sessions count of the key figures table.
        JsonNode sessionsRow = json.at("/sections/1/tables/0/rows/1");
        assertThat(run.out()).contains(sessionsRow.get(1).get("text").asText());
    }

    @Test
    void demo_reportIsInternallyConsistent(@TempDir Path dir) throws Exception {
        assertThat(run("demo", "--out", dir.toString()).exit()).isZero();
        JsonNode json = JSON.readTree(dir.resolve("report.json").toFile());

        // funnel chart: first step = sessions in the key figures; counts never grow step to step
        JsonNode funnel = chart(json, "funnel").at("/series/0/values");
        BigDecimal sessions = table(json, "key_figures").at("/rows/1/1/value").decimalValue();
        assertThat(funnel.get(0).decimalValue()).isEqualByComparingTo(sessions);
        for (int i = 1; i < funnel.size(); i++) {
            assertThat(funnel.get(i).decimalValue())
                    .isLessThanOrEqualTo(funnel.get(i - 1).decimalValue());
        }
        // spend per channel sums to the total row, and to the sum over campaigns
        JsonNode channels = table(json, "spend_by_channel").get("rows");
        int spendColumn = 6;
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < channels.size() - 1; i++) {
            sum = sum.add(channels.get(i).get(spendColumn).get("value").decimalValue());
        }
        assertThat(channels.get(channels.size() - 1)
                        .get(spendColumn)
                        .get("value")
                        .decimalValue())
                .isEqualByComparingTo(sum);
        BigDecimal campaignSum = BigDecimal.ZERO;
        for (JsonNode row : table(json, "campaigns").get("rows")) {
            campaignSum = campaignSum.add(row.get(spendColumn + 1).get("value").decimalValue());
        }
        assertThat(campaignSum).isEqualByComparingTo(sum);

        // attribution: every model shares out exactly the conversions, one per order (every sample
        // purchase follows a click in the same visit, so none is unattributed)
        BigDecimal orders = table(json, "key_figures").at("/rows/2/1/value").decimalValue();
        JsonNode credited = table(json, "attribution_conversions");
        int models = credited.get("columns").size() - 1;
        assertThat(models).isEqualTo(8);
        for (int m = 1; m <= models; m++) {
            BigDecimal total = BigDecimal.ZERO;
            for (JsonNode row : credited.get("rows")) {
                total = total.add(row.get(m).get("value").decimalValue());
            }
            assertThat(total.doubleValue())
                    .as("model %s", credited.get("columns").get(m))
                    .isCloseTo(orders.doubleValue(), org.assertj.core.api.Assertions.within(1e-6));
        }
    }

    @Test
    void demo_arabic_rightToLeftWithArabicIndicDigits(@TempDir Path dir) throws Exception {
        CliRunner.Run run = run("demo", "--lang", "ar", "--out", dir.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        Document html = Jsoup.parse(dir.resolve("report.html").toFile());
        assertThat(html.selectFirst("html").attr("dir")).isEqualTo("rtl");
        Element cell = html.selectFirst("#table-key_figures td.num");
        assertThat(cell.text()).matches(".*[\\u0660-\\u0669].*").doesNotContainPattern("[0-9]");
        assertThat(html.select("th").eachText()).contains("المؤشر");
        JsonNode json = JSON.readTree(dir.resolve("report.json").toFile());
        assertHtmlCarriesJsonNumbers(json, html);
        assertThat(run.out()).contains("معدل التحويل");
    }

    @Test
    void demo_greek_namesKpisInGreek(@TempDir Path dir) {
        CliRunner.Run run = run("demo", "--lang", "el", "--out", dir.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Ποσοστό μετατροπής", "Χοάνη");
    }

    @Test
    void demo_unknownLanguage_usageError() {
        CliRunner.Run run = run("demo", "--lang", "fr");
        assertThat(run.exit()).isEqualTo(EmporionCli.EXIT_USAGE);
        assertThat(run.err()).contains("--lang");
    }

    @Test
    void demo_help_showsAnExample() {
        CliRunner.Run run = run("demo", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Example:", "--seed", "--out", "--lang");
    }

    /** Every chart bar and every numeric table cell of the HTML carries the JSON's exact value. */
    static void assertHtmlCarriesJsonNumbers(JsonNode json, Document html) {
        int bars = 0;
        int cells = 0;
        for (JsonNode section : json.get("sections")) {
            for (JsonNode chart : section.get("charts")) {
                Elements rects = html.select("#chart-" + chart.get("id").asText() + " rect");
                JsonNode series = chart.get("series");
                int categories = chart.get("categories").size();
                assertThat(rects).hasSize(categories * series.size());
                int i = 0;
                for (int c = 0; c < categories; c++) {
                    for (JsonNode s : series) {
                        Element rect = rects.get(i++);
                        assertThat(new BigDecimal(rect.attr("data-value")))
                                .as("%s %s", chart.get("id"), rect.attr("data-category"))
                                .isEqualByComparingTo(s.get("values").get(c).decimalValue());
                        assertThat(spaces(rect.selectFirst("title").text()))
                                .endsWith(spaces(s.get("labels").get(c).asText()));
                        bars++;
                    }
                }
            }
            for (JsonNode table : section.get("tables")) {
                Elements rows = html.select("#table-" + table.get("id").asText() + " tbody tr");
                assertThat(rows).hasSize(table.get("rows").size());
                for (int r = 0; r < rows.size(); r++) {
                    List<Element> tds = rows.get(r).select("td");
                    JsonNode row = table.get("rows").get(r);
                    for (int c = 0; c < tds.size(); c++) {
                        JsonNode cell = row.get(c);
                        assertThat(spaces(tds.get(c).text()))
                                .isEqualTo(spaces(cell.get("text").asText()));
                        if (!cell.get("value").isNull()) {
                            assertThat(new BigDecimal(tds.get(c).attr("data-value")))
                                    .isEqualByComparingTo(cell.get("value").decimalValue());
                            cells++;
                        } else {
                            assertThat(tds.get(c).hasAttr("data-value")).isFalse();
                        }
                    }
                }
            }
        }
        assertThat(bars).isGreaterThan(30);
        assertThat(cells).isGreaterThan(200);
    }

    /** Jsoup normalises white space (no-break spaces included); so does the comparison. */
    private static String spaces(String s) {
        return s.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
    }

    private static JsonNode chart(JsonNode json, String id) {
        for (JsonNode section : json.get("sections")) {
            for (JsonNode chart : section.get("charts")) {
                if (chart.get("id").asText().equals(id)) {
                    return chart;
                }
            }
        }
        throw new AssertionError("no chart " + id);
    }

    private static JsonNode table(JsonNode json, String id) {
        for (JsonNode section : json.get("sections")) {
            for (JsonNode table : section.get("tables")) {
                if (table.get("id").asText().equals(id)) {
                    return table;
                }
            }
        }
        throw new AssertionError("no table " + id);
    }
}
