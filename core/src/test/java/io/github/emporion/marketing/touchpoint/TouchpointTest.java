package io.github.emporion.marketing.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.marketing.channel.Channel;
import io.github.emporion.marketing.channel.ChannelGroup;
import java.time.Instant;
import java.util.Set;
import javax.money.MonetaryAmount;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class TouchpointTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private static final Channel SEARCH = Channel.of(ChannelGroup.PAID_SEARCH);

    @Test
    void touchpoint_withers_setOptionalParts() {
        Touchpoint t = Touchpoint.of("v-1", T, SEARCH, InteractionType.CLICK)
                .withCustomerId("c-9")
                .withCampaignId("spring")
                .withCost(Money.of(0.42, "EUR"));
        assertThat(t.customerId()).contains("c-9");
        assertThat(t.campaignId()).contains("spring");
        assertThat(t.cost()).contains(Money.of(0.42, "EUR"));
    }

    @Test
    void touchpoint_badInput_throwsNamingTheArgument() {
        assertThatThrownBy(() -> Touchpoint.of(" ", T, SEARCH, InteractionType.CLICK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("visitorId");
        assertThatThrownBy(() ->
                        Touchpoint.of("v", T, SEARCH, InteractionType.CLICK).withCost(Money.of(-1, "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cost");
        assertThatThrownBy(() ->
                        Touchpoint.of("v", T, SEARCH, InteractionType.CLICK).withCampaignId(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("campaignId");
    }

    @Test
    void conversion_negativeValue_throws() {
        assertThatThrownBy(() -> Conversion.of("v", T, Money.of(-0.01, "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value");
        assertThat(Conversion.of("v", T, Money.of(0, "JPY")).withOrderId("o-1").orderId())
                .contains("o-1");
    }

    private static Session session(long seconds, long pageViews, boolean converted, Set<FunnelStep> steps) {
        return new Session("s", "v", T, T.plusSeconds(seconds), SEARCH, pageViews, converted, steps);
    }

    @Test
    void engaged_ga4Thresholds() {
        assertThat(session(9, 1, false, Set.of()).bounced()).isTrue();
        assertThat(session(10, 1, false, Set.of()).engaged()).isTrue();
        assertThat(session(0, 2, false, Set.of()).engaged()).isTrue();
        assertThat(session(0, 0, true, Set.of()).engaged()).isTrue();
        assertThat(session(0, 1, false, Set.of(FunnelStep.ADDED_TO_CART)).reached(FunnelStep.ADDED_TO_CART))
                .isTrue();
    }

    @Test
    void session_badInput_throws() {
        assertThatThrownBy(() -> session(-1, 1, false, Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end");
        assertThatThrownBy(() -> session(1, -1, false, Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pageViews");
        assertThatThrownBy(() -> session(1, 1, false, Set.of(FunnelStep.PURCHASED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PURCHASED");
    }

    @Test
    void equals_valueSemantics() {
        EqualsVerifier.forClass(Touchpoint.class)
                .withPrefabValues(MonetaryAmount.class, Money.of(1, "EUR"), Money.of(2, "EUR"))
                .verify();
        EqualsVerifier.forClass(Conversion.class)
                .withPrefabValues(MonetaryAmount.class, Money.of(1, "EUR"), Money.of(2, "EUR"))
                .verify();
    }
}
