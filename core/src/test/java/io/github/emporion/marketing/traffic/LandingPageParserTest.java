package io.github.emporion.marketing.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.marketing.channel.ChannelGroup;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LandingPageParserTest {

    private final LandingPageParser parser = LandingPageParser.ga4();

    @Test
    void parse_allUtmParameters_keepsEveryParameterDecoded() {
        TrafficSource t = parser.parse("https://shop.example/p?utm_source=newsletter&utm_medium=email"
                + "&utm_campaign=spring+sale&utm_term=red%20shoes&utm_content=hero&utm_id=c42"
                + "&utm_source_platform=SA360&utm_creative_format=native&utm_marketing_tactic=prospecting");
        assertThat(t.source()).isEqualTo("newsletter");
        assertThat(t.medium()).isEqualTo("email");
        assertThat(t.campaign()).isEqualTo("spring sale");
        assertThat(t.utm(UtmParameter.TERM)).contains("red shoes");
        assertThat(t.utm(UtmParameter.CONTENT)).contains("hero");
        assertThat(t.utm(UtmParameter.ID)).contains("c42");
        assertThat(t.utm(UtmParameter.SOURCE_PLATFORM)).contains("SA360");
        assertThat(t.utm(UtmParameter.CREATIVE_FORMAT)).contains("native");
        assertThat(t.utm(UtmParameter.MARKETING_TACTIC)).contains("prospecting");
        assertThat(t.origin()).isEqualTo(TrafficOrigin.UTM);
    }

    @Test
    void parse_noUtmNoReferrer_isDirect() {
        TrafficSource t = parser.parse("https://shop.example/");
        assertThat(t.source()).isEqualTo("(direct)");
        assertThat(t.medium()).isEqualTo("(none)");
        assertThat(t.campaign()).isEqualTo("(direct)");
        assertThat(ChannelClassifier.ga4().classify(t)).isEqualTo(ChannelGroup.DIRECT);
    }

    @Test
    void parse_onlyUtmSource_mediumIsNotSet() {
        TrafficSource t = parser.parse("https://shop.example/?utm_source=partner");
        assertThat(t.medium()).isEqualTo("(not set)");
        assertThat(t.campaign()).isEqualTo("(not set)");
    }

    @Test
    void parse_gclidWithUtm_autoTaggingWins() {
        TrafficSource t =
                parser.parse("https://shop.example/?gclid=abc&utm_source=x&utm_medium=email&utm_campaign=brand");
        assertThat(t.source()).isEqualTo("google");
        assertThat(t.medium()).isEqualTo("cpc");
        assertThat(t.campaign()).isEqualTo("brand");
        assertThat(t.origin()).isEqualTo(TrafficOrigin.AUTO_TAGGED);
        assertThat(ChannelClassifier.ga4().classify(t)).isEqualTo(ChannelGroup.PAID_SEARCH);
        assertThat(ChannelClassifier.ga4().classify(t, AdNetworkType.YOUTUBE)).isEqualTo(ChannelGroup.PAID_VIDEO);
        assertThat(ChannelClassifier.ga4().classify(t, AdNetworkType.CROSS_NETWORK))
                .isEqualTo(ChannelGroup.CROSS_NETWORK);
    }

    @Test
    void parse_dclid_isDisplay() {
        TrafficSource t = parser.parse("https://shop.example/?dclid=z");
        assertThat(t.source() + " / " + t.medium()).isEqualTo("dbm / cpm");
        assertThat(ChannelClassifier.ga4().classify(t)).isEqualTo(ChannelGroup.DISPLAY);
    }

    @Test
    void parse_fbclidInGa4Parity_isFacebookReferralOrganicSocial() {
        TrafficSource t = parser.parse("https://shop.example/?fbclid=IwAR1", "https://m.facebook.com/");
        assertThat(t.source()).isEqualTo("m.facebook.com");
        assertThat(t.medium()).isEqualTo("referral");
        assertThat(t.clickId(ClickId.FBCLID)).contains("IwAR1");
        assertThat(ChannelClassifier.ga4().classify(t)).isEqualTo(ChannelGroup.ORGANIC_SOCIAL);
    }

    @ParameterizedTest
    @CsvSource({
        "msclkid, bing, cpc, PAID_SEARCH",
        "fbclid, facebook, paid, PAID_SOCIAL",
        "ttclid, tiktok, paid, PAID_SOCIAL"
    })
    void parse_clickIdInInferenceMode_infersPaidSource(String param, String source, String medium, ChannelGroup group) {
        TrafficSource t = parser.withClickIdMode(ClickIdMode.INFER_FROM_CLICK_IDS)
                .parse("https://shop.example/?" + param + "=42", "https://m.facebook.com/");
        assertThat(t.source()).isEqualTo(source);
        assertThat(t.medium()).isEqualTo(medium);
        assertThat(t.origin()).isEqualTo(TrafficOrigin.INFERRED_FROM_CLICK_ID);
        assertThat(ChannelClassifier.ga4().classify(t)).isEqualTo(group);
    }

    @Test
    void parse_aggregatedGoogleIds_areKeptWithoutChangingSource() {
        TrafficSource t = parser.parse("https://shop.example/?gbraid=g1&wbraid=w1&gad_source=1&gad_campaignid=9");
        assertThat(t.clickIds())
                .containsEntry(ClickId.GBRAID, "g1")
                .containsEntry(ClickId.WBRAID, "w1")
                .containsEntry(ClickId.GAD_SOURCE, "1")
                .containsEntry(ClickId.GAD_CAMPAIGNID, "9");
        assertThat(t.origin()).isEqualTo(TrafficOrigin.DIRECT);
    }

    @ParameterizedTest
    @CsvSource({
        "https://www.google.co.uk/, google",
        "https://www.google.com/search?q=x, google",
        "https://www.bing.com/search?q=x, bing",
        "https://duckduckgo.com/, duckduckgo",
        "https://de.search.yahoo.com/, yahoo"
    })
    void parse_searchEngineReferrer_isOrganicSearch(String referrer, String engine) {
        TrafficSource t = parser.parse("https://shop.example/", referrer);
        assertThat(t.source()).isEqualTo(engine);
        assertThat(t.medium()).isEqualTo("organic");
        assertThat(t.origin()).isEqualTo(TrafficOrigin.SEARCH_REFERRER);
        assertThat(ChannelClassifier.ga4().classify(t)).isEqualTo(ChannelGroup.ORGANIC_SEARCH);
    }

    @Test
    void parse_externalReferrer_isReferralFromLowerCasedHost() {
        TrafficSource t = parser.parse("https://shop.example/", "https://Example-Blog.com/post/1");
        assertThat(t.source()).isEqualTo("example-blog.com");
        assertThat(t.medium()).isEqualTo("referral");
        assertThat(t.campaign()).isEqualTo("(referral)");
        assertThat(ChannelClassifier.ga4().classify(t)).isEqualTo(ChannelGroup.REFERRAL);
    }

    @Test
    void parse_internalReferrer_isDirect() {
        TrafficSource t = parser.parse("https://www.shop.example/cart", "https://shop.example/p/1");
        assertThat(t.origin()).isEqualTo(TrafficOrigin.DIRECT);
    }

    @Test
    void parse_parameterNamesAnyCaseFirstValueWinsBlankIgnored() {
        TrafficSource t = parser.parse("https://shop.example/?UTM_SOURCE=&utm_source=a&utm_source=b&Utm_Medium=cpc");
        assertThat(t.source()).isEqualTo("a");
        assertThat(t.medium()).isEqualTo("cpc");
    }

    @Test
    void parse_campaignOnly_isNotTaggedTraffic() {
        TrafficSource t = parser.parse("https://shop.example/?utm_campaign=spring");
        assertThat(t.origin()).isEqualTo(TrafficOrigin.DIRECT);
        assertThat(t.utm(UtmParameter.CAMPAIGN)).contains("spring");
    }

    @Test
    void parse_badInput_throwsNamingTheArgument() {
        assertThatThrownBy(() -> parser.parse("  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("landingUrl");
        assertThatThrownBy(() -> parser.parse("https://shop example/ x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("landingUrl");
        assertThatThrownBy(() -> parser.parse("https://shop.example/?utm_source=%zz"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("landingUrl")
                .hasMessageContaining("escape");
        assertThatThrownBy(() -> parser.parse("https://shop.example/", "not a url"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("referrer");
        assertThatThrownBy(() -> parser.parse("https://shop.example/", "/relative/path"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no host");
    }

    @Test
    void classifier_userRulesFirstAndExtendedList_takePrecedence() {
        ChannelClassifier mine = ChannelClassifier.ga4()
                .withRulesFirst(java.util.List.of(
                        new ChannelRule("Podcasts", ChannelGroup.AUDIO, (s, m, c, l) -> m.equals("podcast"))))
                .withSourceCategories(SourceCategoryList.curated().with("X.com", SourceCategory.SOCIAL));
        assertThat(mine.classify("anchor", "Podcast", "ep1")).isEqualTo(ChannelGroup.AUDIO);
        assertThat(mine.classify("x.com", "referral", "(referral)")).isEqualTo(ChannelGroup.ORGANIC_SOCIAL);
        assertThat(ChannelClassifier.ga4().classify("x.com", "referral", "(referral)"))
                .isEqualTo(ChannelGroup.REFERRAL);
        assertThat(mine.withRules(java.util.List.of()).classify("google", "cpc", "x"))
                .isEqualTo(ChannelGroup.UNASSIGNED);
    }

    @Test
    void classify_blankValues_readAsNotSet() {
        assertThat(ChannelClassifier.ga4().classify("(direct)", " ", "")).isEqualTo(ChannelGroup.DIRECT);
    }

    @ParameterizedTest
    @CsvSource({
        "summer_shop, true",
        "eshop, true",
        "shop-now, true",
        "myshopping, true",
        "workshop, false",
        "bishop, false"
    })
    void shopCampaign_readmeExamples_matchAsDocumented(String campaign, boolean expected) {
        assertThat(Ga4ChannelRules.shopCampaign(campaign)).isEqualTo(expected);
    }

    @Test
    void sourceCategoryList_parseCsv_acceptsGoogleSpellingAndRejectsBadLines() throws IOException {
        SourceCategoryList list = SourceCategoryList.parseCsv(
                new StringReader("source,source_category\n\"Facebook\",SOURCE_CATEGORY_SOCIAL\n# c\n\nbing,search\n"));
        assertThat(list.asMap())
                .containsEntry("facebook", SourceCategory.SOCIAL)
                .containsEntry("bing", SourceCategory.SEARCH);
        assertThat(list.size()).isEqualTo(2);
        assertThatThrownBy(() -> SourceCategoryList.parseCsv(new StringReader("a,b,c\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> SourceCategoryList.parseCsv(new StringReader("ok,SOCIAL\nfoo,NEWS\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void curatedList_containsRequiredAndOmitsForbiddenSources() {
        SourceCategoryList l = SourceCategoryList.curated();
        assertThat(l.size()).isGreaterThan(200);
        assertThat(l.is("google", SourceCategory.SEARCH) && l.is("bing", SourceCategory.SEARCH))
                .isTrue();
        for (String s : new String[] {"facebook", "m.facebook.com", "linkedin", "tiktok", "threads.net"}) {
            assertThat(l.categoryOf(s)).as(s).contains(SourceCategory.SOCIAL);
        }
        assertThat(l.categoryOf("youtube.com")).contains(SourceCategory.VIDEO);
        assertThat(l.categoryOf("ebay")).contains(SourceCategory.SHOPPING);
        for (String s : new String[] {
            "newsletter",
            "partner_network",
            "example-blog.com",
            "taboola",
            "criteo",
            "spotify",
            "twilio",
            "onesignal",
            "print_flyer",
            "chatgpt.com",
            "x.com"
        }) {
            assertThat(l.categoryOf(s)).as(s).isEmpty();
        }
    }
}
