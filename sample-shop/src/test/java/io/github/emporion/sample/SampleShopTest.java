package io.github.emporion.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.emporion.commerce.catalog.Product;
import io.github.emporion.commerce.catalog.ProductType;
import io.github.emporion.commerce.customer.CustomerType;
import io.github.emporion.commerce.order.Order;
import io.github.emporion.marketing.campaign.BillingModel;
import io.github.emporion.marketing.campaign.Campaign;
import io.github.emporion.marketing.campaign.CampaignPerformance;
import io.github.emporion.marketing.channel.Channel;
import io.github.emporion.marketing.channel.ChannelGroup;
import io.github.emporion.marketing.channel.DigitalScope;
import io.github.emporion.marketing.journey.Journey;
import io.github.emporion.marketing.journey.JourneyBuilder;
import io.github.emporion.marketing.journey.VisitorJourneys;
import io.github.emporion.marketing.touchpoint.Conversion;
import io.github.emporion.marketing.touchpoint.FunnelStep;
import io.github.emporion.marketing.touchpoint.Session;
import io.github.emporion.money.Monies;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleShopTest {

    private static SampleShop shop;

    @BeforeAll
    static void generate() {
        shop = SampleShop.generate(42);
    }

    @Test
    void generate_sameSeed_equalDataSet() {
        SampleShop again = SampleShop.generate(42);
        assertThat(again.touchpoints()).isEqualTo(shop.touchpoints());
        assertThat(again.sessions()).isEqualTo(shop.sessions());
        assertThat(again.carts()).isEqualTo(shop.carts());
        assertThat(again.orders()).isEqualTo(shop.orders());
        assertThat(again.conversions()).isEqualTo(shop.conversions());
        assertThat(again.customers()).isEqualTo(shop.customers());
        assertThat(again.campaigns()).isEqualTo(shop.campaigns());
        assertThat(again.performance()).isEqualTo(shop.performance());
        assertThat(again.budget().lines()).isEqualTo(shop.budget().lines());
        assertThat(again.spend()).isEqualTo(shop.spend());
        assertThat(again.catalog()).isEqualTo(shop.catalog());
    }

    @Test
    void generate_otherSeed_otherDataSet() {
        SampleShop other = SampleShop.generate(7);
        assertThat(other.touchpoints()).isNotEqualTo(shop.touchpoints());
        assertThat(other.orders()).isNotEqualTo(shop.orders());
        assertThat(other.seed()).isEqualTo(7);
    }

    @Test
    void catalogue_hasPhysicalDigitalAndServiceProducts() {
        Set<ProductType> types =
                shop.catalog().products().stream().map(Product::type).collect(Collectors.toSet());
        assertThat(types).contains(ProductType.PHYSICAL, ProductType.DIGITAL, ProductType.SERVICE);
    }

    @Test
    void channels_aboutADozenAcrossTheGroups() {
        Set<ChannelGroup> groups = shop.channels().stream().map(Channel::group).collect(Collectors.toSet());
        assertThat(shop.channels()).hasSizeBetween(11, 14);
        assertThat(groups)
                .contains(
                        ChannelGroup.ORGANIC_SEARCH,
                        ChannelGroup.PAID_SEARCH,
                        ChannelGroup.ORGANIC_SOCIAL,
                        ChannelGroup.PAID_SOCIAL,
                        ChannelGroup.EMAIL,
                        ChannelGroup.SMS,
                        ChannelGroup.DISPLAY,
                        ChannelGroup.AFFILIATES,
                        ChannelGroup.PAID_VIDEO,
                        ChannelGroup.REFERRAL,
                        ChannelGroup.DIRECT);
        assertThat(shop.channels())
                .anyMatch(c -> c.scope() == DigitalScope.OFFLINE_DIGITAL && c.group() != ChannelGroup.SMS);
    }

    @Test
    void campaigns_useCpcCpmAndCpaBilling() {
        Set<BillingModel> models =
                shop.campaigns().stream().map(c -> c.billing().model()).collect(Collectors.toSet());
        assertThat(models).contains(BillingModel.CPC, BillingModel.CPM, BillingModel.CPA);
    }

    @Test
    void performance_oneRecordPerFlightDayWithSpendAndPaidClickThroughNearBenchmarks() {
        Map<String, Campaign> byId =
                shop.campaigns().stream().collect(Collectors.toMap(Campaign::id, Function.identity()));
        for (CampaignPerformance p : shop.performance()) {
            Campaign c = byId.get(p.campaignId());
            assertThat(c.flight().contains(p.date())).as("%s", p).isTrue();
            assertThat(p.spend()).as("%s", p).isPresent();
            assertThat(p.clicks()).as("%s", p).isLessThanOrEqualTo(p.impressions());
        }
        long clicks = 0;
        long impressions = 0;
        for (CampaignPerformance p : shop.performance()) {
            if (byId.get(p.campaignId()).channel().group() == ChannelGroup.PAID_SEARCH) {
                clicks += p.clicks();
                impressions += p.impressions();
            }
        }
        assertThat((double) clicks / impressions).isBetween(0.01, 0.04);
    }

    @Test
    void sessions_conversionAndCartAbandonmentNearBenchmarks() {
        long sessions = shop.sessions().size();
        long converted = shop.sessions().stream().filter(Session::converted).count();
        long carts = shop.carts().size();
        long abandoned = shop.carts().stream().filter(SampleCart::abandoned).count();
        assertThat((double) converted / sessions).isBetween(0.015, 0.04);
        assertThat((double) abandoned / carts).isBetween(0.6, 0.8);
        assertThat(shop.sessions())
                .filteredOn(s -> s.reached(FunnelStep.ADDED_TO_CART))
                .hasSize(shop.carts().size());
    }

    @Test
    void orders_matchTheirCartsConversionsAndLifecycles() {
        Map<String, Order> orders =
                shop.orders().stream().collect(Collectors.toMap(o -> o.id().value(), Function.identity()));
        assertThat(shop.conversions()).hasSameSizeAs(shop.orders());
        for (SampleCart cart : shop.carts()) {
            cart.orderId()
                    .ifPresent(id -> assertThat(Monies.isEqual(
                                    orders.get(id).snapshot().total(),
                                    cart.price().grandTotal()))
                            .as(id)
                            .isTrue());
        }
        for (Conversion c : shop.conversions()) {
            Order o = orders.get(c.orderId().orElseThrow());
            assertThat(Monies.isEqual(o.snapshot().total(), c.value())).isTrue();
            assertThat(c.customerId()).contains(o.snapshot().customerId().value());
        }
        for (Order o : shop.orders()) {
            assertThat(Monies.compare(o.refunded(), o.captured()))
                    .as(o.id().value())
                    .isLessThanOrEqualTo(0);
        }
        assertThat(shop.orders()).anyMatch(o -> o.shipments().size() > 1);
        assertThat(shop.orders())
                .anyMatch(o -> !o.returns().isEmpty() && o.refunded().isPositive());
        assertThat(shop.orders()).anyMatch(o -> o.snapshot().totalDiscount().isPositive());
        assertThat(shop.orders()).anyMatch(o -> !o.snapshot().hasShippableLines());
        assertThat(shop.customers()).anyMatch(c -> c.type() == CustomerType.B2B);
        assertThat(shop.customers()).anyMatch(c -> c.type() == CustomerType.B2C);
    }

    @Test
    void journeys_severalTouchesOnSeveralChannels() {
        List<VisitorJourneys> journeys = JourneyBuilder.withDefaultLookback().build(shop.journeyEvents());
        List<Journey> converted = journeys.stream()
                .flatMap(v -> v.journeys().stream())
                .filter(Journey::isConverted)
                .toList();
        long multiChannel = converted.stream()
                .filter(j -> new HashSet<>(j.path()).size() >= 3)
                .count();
        assertThat(converted).isNotEmpty();
        assertThat((double) multiChannel / converted.size()).isGreaterThan(0.15);
    }
}
