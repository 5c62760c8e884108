package io.github.emporion.cli;

import static io.github.emporion.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassifyCommandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://shop.example/?utm_source=newsletter&utm_medium=email&utm_campaign=spring | Email        | newsletter | email   | spring
            https://shop.example/?utm_source=google&utm_medium=cpc&utm_campaign=brand          | Paid Search  | google     | cpc     | brand
            https://shop.example/?utm_source=facebook&utm_medium=paid_social                   | Paid Social  | facebook   | paid_social | (not set)
            https://shop.example/?gclid=abc123                                                  | Paid Search  | google     | cpc     | (not set)
            """)
    void classify_url_printsGroupAndDerivedTags(
            String url, String group, String source, String medium, String campaign) {
        CliRunner.Run run = run("classify", "--url", url);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .isEqualTo("channel_group: " + group + "\nsource: " + source + "\nmedium: " + medium + "\ncampaign: "
                        + campaign + "\n");
    }

    @Test
    void classify_urlWithSearchEngineReferrer_organicSearch() {
        CliRunner.Run run = run("classify", "--url", "https://shop.example/", "--referrer", "https://www.google.com/");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("channel_group: Organic Search\nsource: google\nmedium: organic\n");
    }

    @Test
    void classify_noReferrer_direct() {
        CliRunner.Run run = run("classify", "--url", "https://shop.example/landing");
        assertThat(run.out()).startsWith("channel_group: Direct\nsource: (direct)\nmedium: (none)\n");
    }

    @Test
    void classify_sourceAndMedium_classifiesTheTriple() {
        CliRunner.Run run = run("classify", "--source", "awin", "--medium", "affiliate", "--campaign", "q4");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("channel_group: Affiliates\nsource: awin\nmedium: affiliate\ncampaign: q4\n");
    }

    @Test
    void classify_urlAndSource_usageError() {
        CliRunner.Run run = run("classify", "--url", "https://a.example/", "--source", "x", "--medium", "y");
        assertThat(run.exit()).isEqualTo(EmporionCli.EXIT_USAGE);
        assertThat(run.err()).contains("mutually exclusive");
    }

    @Test
    void classify_sourceWithoutMedium_usageError() {
        assertThat(run("classify", "--source", "x").exit()).isEqualTo(EmporionCli.EXIT_USAGE);
    }

    @Test
    void classify_badUrl_badDataWithOneLineMessage() {
        CliRunner.Run run = run("classify", "--url", "ht tp://%%");
        assertThat(run.exit()).isEqualTo(EmporionCli.EXIT_BAD_DATA);
        assertThat(run.err()).startsWith("emporion: ").contains("ht tp://%%").hasLineCount(1);
    }

    @Test
    void classify_help_showsExamples() {
        CliRunner.Run run = run("classify", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Examples:", "--url", "--referrer", "--source", "--medium", "--campaign");
    }
}
