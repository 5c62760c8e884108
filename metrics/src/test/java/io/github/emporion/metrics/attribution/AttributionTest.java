package io.github.emporion.metrics.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionTest {

    private static final List<AttributionModel> MODELS = List.of(
            RuleBasedModel.firstTouch(),
            RuleBasedModel.linear(),
            RuleBasedModel.positionBased(),
            MarkovModel.order(2),
            ShapleyModel.simplified());

    private static Path copy(Path dir, String resource, int times) throws IOException {
        Path file = dir.resolve("paths.csv");
        StringBuilder body = new StringBuilder();
        try (Reader in = Ref.resource(resource)) {
            body.append(new String(((java.io.BufferedReader) in).lines().reduce("", (a, b) -> a + b + "\n")));
        }
        String text = body.toString();
        int headerEnd = text.indexOf('\n', text.indexOf("path,"));
        StringBuilder out = new StringBuilder(text);
        for (int i = 1; i < times; i++) {
            out.append(text.substring(headerEnd + 1));
        }
        Files.writeString(file, out);
        return file;
    }

    @Test
    void run_parallelOverFile_equalsSequentialExactly(@TempDir Path dir) throws IOException {
        // 4 copies of generated_3k: 12,000 rows, more than one batch
        Path file = copy(dir, "generated_3k.csv", 4);
        List<AttributionResult> sequential = Attribution.run(MODELS, file, PathCsvFormat.channelAttribution());
        List<AttributionResult> parallel = Attribution.run(MODELS, file, PathCsvFormat.channelAttribution(), 3);
        assertThat(parallel).isEqualTo(sequential);
        assertThat(sequential.get(0).totalConversions()).isEqualTo(4 * 1120.0);
        // and the file run equals the in-memory run of the same rows
        assertThat(Attribution.run(MODELS, Ref.paths(file))).isEqualTo(sequential);
    }

    @Test
    void run_parallelBadLine_errorNamesLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        StringBuilder b = new StringBuilder("# comment\npath,total_conversions,total_conversion_value,total_null\n");
        for (int i = 0; i < 20_000; i++) {
            b.append(i == 12_345 ? "A,-2,0,0\n" : "A > B,1,2,3\n");
        }
        Files.writeString(file, b);
        assertThatThrownBy(() -> Attribution.run(MODELS, file, PathCsvFormat.channelAttribution(), 2))
                .isInstanceOf(PathCsvException.class)
                .hasMessageStartingWith("line " + (12_345 + 3) + ":");
    }

    @Test
    void run_noModels_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Attribution.run(List.of(), List.<ChannelPath>of()))
                .withMessageContaining("models");
    }

    @Test
    void run_resultsSayHowTheyWereComputed() {
        List<AttributionResult> r = Attribution.run(MODELS, Ref.paths("tiny_example.csv"));
        assertThat(r)
                .extracting(AttributionResult::model)
                .containsExactly("first_touch", "linear", "position_based", "markov", "shapley");
        assertThat(r.get(3).parameters()).containsEntry("order", "2");
        assertThat(r.get(4).parameters()).containsEntry("game", "simplified");
    }
}
