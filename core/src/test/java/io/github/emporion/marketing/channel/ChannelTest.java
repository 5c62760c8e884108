package io.github.emporion.marketing.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelTest {

    @Test
    void channelGroup_hasAllNineteenGa4Groups() {
        assertThat(ChannelGroup.values()).hasSize(19);
        assertThat(ChannelGroup.parse("Mobile Push Notifications")).isEqualTo(ChannelGroup.MOBILE_PUSH_NOTIFICATIONS);
        assertThat(ChannelGroup.parse("cross_network")).isEqualTo(ChannelGroup.CROSS_NETWORK);
        assertThatThrownBy(() -> ChannelGroup.parse("Podcasts"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Podcasts");
    }

    @ParameterizedTest
    @EnumSource(ChannelGroup.class)
    void of_group_usesDefaultDimensionsAndDisplayName(ChannelGroup group) {
        Channel c = Channel.of(group);
        assertThat(c.name()).isEqualTo(group.displayName());
        assertThat(c.mediaType()).isEqualTo(group.defaultMediaType());
        assertThat(c.strategy()).isEqualTo(group.defaultStrategy());
        assertThat(c.scope()).isEqualTo(group.defaultScope());
    }

    @Test
    void defaults_matchTeachingTaxonomy() {
        assertThat(ChannelGroup.PAID_SEARCH.defaultMediaType()).isEqualTo(MediaType.PAID);
        assertThat(ChannelGroup.ORGANIC_SEARCH.defaultMediaType()).isEqualTo(MediaType.EARNED);
        assertThat(ChannelGroup.EMAIL.defaultMediaType()).isEqualTo(MediaType.OWNED);
        assertThat(ChannelGroup.EMAIL.defaultStrategy()).isEqualTo(Strategy.OUTBOUND);
        assertThat(ChannelGroup.ORGANIC_SEARCH.defaultStrategy()).isEqualTo(Strategy.INBOUND);
        assertThat(ChannelGroup.DISPLAY.defaultStrategy()).isEqualTo(Strategy.PAID_ADVERTISING);
        assertThat(ChannelGroup.SMS.defaultScope()).isEqualTo(DigitalScope.OFFLINE_DIGITAL);
        assertThat(ChannelGroup.PAID_SOCIAL.defaultScope()).isEqualTo(DigitalScope.ONLINE_E_MARKETING);
    }

    @Test
    void withers_overrideOneDimension() {
        Channel billboard = Channel.of("station-screens", ChannelGroup.DISPLAY).withScope(DigitalScope.OFFLINE_DIGITAL);
        assertThat(billboard.isOnlineEMarketing()).isFalse();
        assertThat(billboard.mediaType()).isEqualTo(MediaType.PAID);
        Channel c = Channel.of("tiktok-ads", ChannelGroup.PAID_SOCIAL)
                .withMediaType(MediaType.EARNED)
                .withStrategy(Strategy.INBOUND);
        assertThat(c)
                .isEqualTo(new Channel(
                        "tiktok-ads",
                        ChannelGroup.PAID_SOCIAL,
                        MediaType.EARNED,
                        Strategy.INBOUND,
                        DigitalScope.ONLINE_E_MARKETING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " padded", "a > b"})
    void of_invalidName_throwsNamingTheRule(String name) {
        assertThatThrownBy(() -> Channel.of(name, ChannelGroup.EMAIL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
    }

    @Test
    void equals_valueSemantics() {
        EqualsVerifier.forClass(Channel.class).verify();
    }
}
