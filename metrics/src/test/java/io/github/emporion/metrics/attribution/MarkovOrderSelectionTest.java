package io.github.emporion.metrics.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkovOrderSelectionTest {

    @Test
    void choose_tinyExample_aucByHand() {
        // order 1 last states: B (c 3, n 3, p 1/2) and A (c 0, n 3, p 0). Thresholds in [0, 1/2]:
        // t = 0 → (1, 1); t > 0 → only B: FPR 3/6, TPR 3/3 → ROC (0,0), (1/2, 1), (1, 1): AUC 3/4
        MarkovOrderSelection.Selection sel = MarkovOrderSelection.choose(Ref.paths("tiny_example.csv"), 1);
        assertThat(sel.scores()).hasSize(1);
        assertThat(sel.scores().get(0).auc()).isCloseTo(0.75, within(1e-15));
        // N = 9, q = 2: pauc = 1 - 0.25 * 8 / 6 = 2/3
        assertThat(sel.scores().get(0).pauc().orElseThrow()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(sel.suggestedOrder()).isEqualTo(1);
    }

    @Test
    void choose_tooManyStates_orderNotScored() {
        List<ChannelPath> rows = List.of(ChannelPath.of(1, 0, 1, "A", "B"), ChannelPath.of(1, 0, 1, "C"));
        // N = 4, m = 3: q = 3 at order 1 (scored), 6 at order 2 (not scored)
        MarkovOrderSelection.Selection sel = MarkovOrderSelection.choose(rows, 2);
        assertThat(sel.scores().get(0).pauc()).isPresent();
        assertThat(sel.scores().get(1).pauc()).isEmpty();
        assertThat(sel.suggestedOrder()).isEqualTo(1);
    }

    @Test
    void choose_noNonConversions_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MarkovOrderSelection.choose(List.of(ChannelPath.of(1, 0, 0, "A")), 1))
                .withMessageContaining("non-conversions");
    }
}
