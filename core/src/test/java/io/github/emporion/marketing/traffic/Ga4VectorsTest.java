package io.github.emporion.marketing.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.emporion.marketing.channel.ChannelGroup;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared GA4 vectors (rows 1-25 unambiguous, A1-A7 ambiguous with the reading documented in
 * {@link Ga4ChannelRules} and {@link SourceCategoryList}).
 */
class Ga4VectorsTest {

    record Vector(String id, String source, String medium, String campaign, String expected, String rule) {}

    static Stream<Arguments> vectors() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in =
                        Objects.requireNonNull(Ga4VectorsTest.class.getResourceAsStream("/marketing/ga4_vectors.csv"));
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split(",", 8);
                out.add(Arguments.of(new Vector(c[0], c[1], c[2], c[3], c[4], c[5])));
            }
        }
        assertThat(out).hasSize(32);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void classify_ga4Vector_matchesExpectedChannel(Vector v) {
        ChannelClassifier ga4 = ChannelClassifier.ga4();
        assertThat(ga4.classify(v.source(), v.medium(), v.campaign()))
                .as("vector %s", v.id())
                .isEqualTo(ChannelGroup.parse(v.expected()));
        assertThat(ga4.firstMatch(v.source(), v.medium(), v.campaign())
                        .map(ChannelRule::name)
                        .orElse("Unassigned"))
                .as("rule fired for vector %s", v.id())
                .isEqualTo(v.rule());
    }

    @Test
    void classify_ambiguousRowsAlternativeReadings_availableAsUserRules() {
        // A1: the pre-2023 wording "source exactly matches direct" gives Direct.
        ChannelClassifier oldDirect = ChannelClassifier.ga4()
                .withRulesFirst(List.of(new ChannelRule(
                        "Direct (2022 wording)",
                        ChannelGroup.DIRECT,
                        (s, m, c, l) -> s.equals("direct") && (m.equals("(none)") || m.equals("(not set)")))));
        assertThat(oldDirect.classify("direct", "(none)", "(not set)")).isEqualTo(ChannelGroup.DIRECT);
        // A3: dbt-ga4's "contains" reading of the e-mail source list gives Email.
        ChannelClassifier containsEmail = ChannelClassifier.ga4()
                .withRulesLast(List.of(
                        new ChannelRule("Email (contains)", ChannelGroup.EMAIL, (s, m, c, l) -> s.contains("email"))));
        assertThat(containsEmail.classify("hs_email", "newsletter", "(not set)"))
                .isEqualTo(ChannelGroup.EMAIL);
        // A7: listing x.com as social gives Organic Social.
        assertThat(ChannelClassifier.ga4()
                        .withSourceCategories(SourceCategoryList.curated().with("x.com", SourceCategory.SOCIAL))
                        .classify("x.com", "referral", "(referral)"))
                .isEqualTo(ChannelGroup.ORGANIC_SOCIAL);
    }
}
