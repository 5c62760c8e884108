package io.github.emporion.cli;

import static io.github.emporion.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expected credits of the tiny example (A > B: 2 conversions worth 20, 1 null; B: 1 worth 5, 2 null;
 * A: 0, 3 null) from shared/reference/attribution/tiny_exact_heuristics.csv and
 * tiny_exact_markov_o1_null.csv; position-based and simplified Shapley worked out by hand (two-touch
 * paths split evenly under both).
 */
class AttributeCommandTest {

    private static String tiny() {
        try {
            return Path.of(AttributeCommandTest.class
                            .getResource("/attribution/tiny_example.csv")
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void attribute_allModels_csvMatchesReference() {
        CliRunner.Run run = run("attribute", "--input", tiny());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().toList())
                .containsExactly(
                        "channel,model,conversions,value",
                        "A,first,2.0,20.0",
                        "B,first,1.0,5.0",
                        "A,last,0.0,0.0",
                        "B,last,3.0,25.0",
                        "A,last_non_direct,0.0,0.0",
                        "B,last_non_direct,3.0,25.0",
                        "A,linear,1.0,10.0",
                        "B,linear,2.0,15.0",
                        "A,position,1.0,10.0",
                        "B,position,2.0,15.0",
                        "A,markov,1.0,8.333333333333332",
                        "B,markov,2.0,16.666666666666664",
                        "A,shapley,1.0,10.0",
                        "B,shapley,2.0,15.0");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void attribute_removalEffects_secondTable() {
        CliRunner.Run run = run("attribute", "--input", tiny(), "--models", "markov", "--removal-effects");
        assertThat(run.out()).endsWith("\nchannel,removal_effect,value_removal_effect\nA,0.5,0.5\nB,1.0,1.0\n");
    }

    @Test
    void attribute_markovOfHigherOrder_stillNamedMarkov() {
        CliRunner.Run run = run("attribute", "--input", tiny(), "--models", "markov", "--order", "2");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().skip(1)).allMatch(l -> l.split(",")[1].equals("markov"));
    }

    @Test
    void attribute_threads_sameAsOneThread() {
        assertThat(run("attribute", "--input", tiny(), "--threads", "3").out())
                .isEqualTo(run("attribute", "--input", tiny()).out());
    }

    @Test
    void attribute_json_modelsAndRemovalEffects() throws Exception {
        CliRunner.Run run =
                run("attribute", "--input", tiny(), "--models", "last,markov", "--format", "json", "--removal-effects");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/models/0/model").asText()).isEqualTo("last");
        assertThat(json.at("/models/1/channels/1/conversions").asDouble()).isEqualTo(2.0);
        assertThat(json.at("/models/1/total_value").asDouble()).isEqualTo(25.0);
        assertThat(json.at("/removal_effects/A").asDouble()).isEqualTo(0.5);
    }

    @Test
    void attribute_perJourney_creditsPerTouchSumToTheRow(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("credits.csv");
        CliRunner.Run run =
                run("attribute", "--input", tiny(), "--models", "linear,markov", "--per-journey", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("path,model,position,channel,conversions,value");
        // linear on A > B (2 conversions worth 20): 1 and 10 each
        assertThat(lines).contains("A>B,linear,1,A,1.0,10.0", "A>B,linear,2,B,1.0,10.0");
        // Markov: A > B split by removal effects 0.5 : 1 -> 2/3 and 4/3 conversions
        assertThat(lines).anyMatch(l -> l.startsWith("A>B,markov,1,A,0.666666"));
        assertThat(lines).anyMatch(l -> l.startsWith("A>B,markov,2,B,1.333333"));
    }

    @Test
    void attribute_badLine_badDataNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(
                dir.resolve("paths.csv"), "path,total_conversions,total_conversion_value,total_null\nA > B,-3,0,1\n");
        CliRunner.Run run = run("attribute", "--input", file.toString());
        assertThat(run.exit()).isEqualTo(EmporionCli.EXIT_BAD_DATA);
        assertThat(run.err()).contains("paths.csv", "line 2").hasLineCount(1);
    }

    @Test
    void attribute_unknownModel_usageError() {
        CliRunner.Run run = run("attribute", "--input", tiny(), "--models", "last,magic");
        assertThat(run.exit()).isEqualTo(EmporionCli.EXIT_USAGE);
        assertThat(run.err()).contains("unknown model 'magic'");
    }

    @Test
    void attribute_help_showsExamples() {
        assertThat(run("attribute", "--help").out()).contains("Examples:", "--models", "--removal-effects");
    }
}
