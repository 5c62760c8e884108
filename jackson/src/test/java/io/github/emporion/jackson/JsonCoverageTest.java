package io.github.emporion.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.catalog.Catalog;
import io.github.emporion.commerce.pricing.PriceBreakdown;
import io.github.emporion.commerce.pricing.PricingRequest;
import io.github.emporion.commerce.pricing.tax.TaxTable;
import io.github.emporion.metrics.kpi.Kpis;
import io.github.emporion.money.Monies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public record, enum and final class of core and metrics is either round-trip tested (an
 * enum: every constant here; a record or class: reached by a random instance of one of the {@link
 * #GENERATOR_SUITES} or of {@link CommerceRoundTripTest}), or listed below with the reason it is
 * not, so a new type cannot silently miss JSON.
 */
class JsonCoverageTest {

    private static final String SERVICE =
            "not a value: a service, model, builder, accumulator, parser or reader; it has no JSON form";

    private static final String ATTRIBUTION_STATE = "accumulator (mutable add / merge / result, no equality):"
            + " its state moves between machines as AttributionStates bytes, and its results (MarkovResult,"
            + " ShapleyResult) round-trip";

    /** Types that are not round-trip tested, with the reason. Checked against the scan both ways. */
    private static final Map<String, String> NOT_ROUND_TRIPPED = new TreeMap<>(Map.ofEntries(
            Map.entry("io.github.emporion.commerce.checkout.Checkout", SERVICE),
            Map.entry("io.github.emporion.commerce.inventory.InMemoryInventory", SERVICE),
            Map.entry("io.github.emporion.commerce.order.TransitionTable", SERVICE),
            Map.entry("io.github.emporion.commerce.pricing.PriceCalculator", SERVICE),
            Map.entry("io.github.emporion.commerce.pricing.promotion.InMemoryCouponUsage", SERVICE),
            Map.entry("io.github.emporion.marketing.campaign.CampaignPerformance$Builder", SERVICE),
            Map.entry("io.github.emporion.marketing.journey.JourneyBuilder", SERVICE),
            Map.entry("io.github.emporion.marketing.journey.PathCountAccumulator", SERVICE),
            Map.entry("io.github.emporion.marketing.traffic.ChannelClassifier", SERVICE),
            Map.entry("io.github.emporion.marketing.traffic.LandingPageParser", SERVICE),
            Map.entry("io.github.emporion.metrics.attribution.AttributionOptions$Builder", SERVICE),
            Map.entry("io.github.emporion.metrics.attribution.AttributionRun", SERVICE),
            Map.entry("io.github.emporion.metrics.attribution.CoalitionCounts", ATTRIBUTION_STATE),
            Map.entry("io.github.emporion.metrics.attribution.PathCsvReader", SERVICE),
            Map.entry("io.github.emporion.metrics.attribution.RuleBasedAccumulator", SERVICE),
            Map.entry("io.github.emporion.metrics.attribution.TimeDecayModel$Acc", SERVICE),
            Map.entry("io.github.emporion.metrics.attribution.TimedJourneyCsvReader", SERVICE),
            Map.entry("io.github.emporion.metrics.attribution.TransitionCounts", ATTRIBUTION_STATE),
            Map.entry("io.github.emporion.metrics.clv.ClvPredictor", SERVICE),
            Map.entry("io.github.emporion.metrics.clv.CustomerLedgerAccumulator", SERVICE),
            Map.entry("io.github.emporion.metrics.grouped.CartKpiAccumulator", SERVICE),
            Map.entry("io.github.emporion.metrics.grouped.EngagementKpiAccumulator", SERVICE),
            Map.entry("io.github.emporion.metrics.grouped.MarketingKpiAccumulator", SERVICE),
            Map.entry("io.github.emporion.metrics.grouped.OrderKpiAccumulator", SERVICE),
            Map.entry("io.github.emporion.metrics.grouped.SessionKpiAccumulator", SERVICE),
            Map.entry("io.github.emporion.metrics.report.KpiReport$Builder", SERVICE),
            Map.entry("io.github.emporion.metrics.report.KpiReportAccumulator", SERVICE),
            Map.entry("io.github.emporion.money.MoneyFormat", SERVICE)));

    /**
     * The random generators of every round-trip test class: one list per class, each class's
     * {@code GENERATORS} field (a function from a seeded {@link Random} to a random valid instance).
     */
    private static final List<List<Function<Random, Object>>> GENERATOR_SUITES = List.of(
            // one line per round-trip test class
            RoundTripTest.GENERATORS,
            PricingRoundTripTest.GENERATORS,
            OrderRoundTripTest.GENERATORS,
            ReportRoundTripTest.GENERATORS,
            AttributionClvRoundTripTest.GENERATORS,
            MarketingRoundTripTest.GENERATORS);

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new EmporionModule());

    @Test
    void everyPublicValueType_roundTripTestedOrListedWithAReason() throws Exception {
        Set<Class<?>> reached = reachedByRoundTripTests();
        Set<String> missing = new TreeSet<>();
        Set<String> stale = new TreeSet<>(NOT_ROUND_TRIPPED.keySet());
        for (Class<?> type : scan()) {
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    Object back = mapper.readValue(mapper.writeValueAsString(constant), type);
                    assertThat(back).as(type.getName()).isSameAs(constant);
                }
                continue;
            }
            boolean listed = stale.remove(type.getName());
            if (!reached.contains(type) && !listed) {
                missing.add(type.getName());
            }
            if (reached.contains(type) && listed) {
                missing.add(type.getName() + " (round-trip tested: remove it from NOT_ROUND_TRIPPED)");
            }
        }
        assertThat(missing)
                .as("types neither round-trip tested nor listed with a reason")
                .isEmpty();
        assertThat(stale)
                .as("listed types that are no longer public value types")
                .isEmpty();
    }

    /** The classes of every value inside the random instances the round-trip tests check. */
    private static Set<Class<?>> reachedByRoundTripTests() {
        Set<Class<?>> reached = new java.util.HashSet<>();
        Random random = new Random(1);
        for (List<Function<Random, Object>> suite : GENERATOR_SUITES) {
            for (Function<Random, Object> generator : suite) {
                for (int i = 0; i < 200; i++) {
                    try {
                        walk(generator.apply(random), reached);
                    } catch (IllegalArgumentException invalidDraw) {
                        // skipped there as well
                    }
                }
            }
        }
        for (int i = 0; i < 200; i++) {
            String currency = List.of("EUR", "JPY", "KWD").get(i % 3);
            walk(CommerceRoundTripTest.cart(random, currency), reached);
            try {
                walk(CommerceRoundTripTest.breakdown(random, currency), reached);
            } catch (IllegalArgumentException invalidDraw) {
                // skipped there as well
            }
        }
        walk(Kpis.ctr(1, 2), reached);
        walk(Monies.of("1", "EUR"), reached);
        return reached;
    }

    private static void walk(Object value, Set<Class<?>> reached) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> walk(v, reached));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(v -> walk(v, reached));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                walk(k, reached);
                walk(v, reached);
            });
        } else if (value instanceof Cart cart) {
            reached.add(Cart.class);
            walk(cart.lines(), reached);
        } else if (value instanceof PriceBreakdown b) {
            reached.add(PriceBreakdown.class);
            walk(List.of(b.lines(), b.discounts(), b.shipping(), b.taxes(), b.rejectedCoupons()), reached);
        } else if (value instanceof PricingRequest request) {
            reached.add(PricingRequest.class);
            walk(List.of(request.region(), request.shippingMethod()), reached);
        } else if (value instanceof TaxTable table) {
            reached.add(TaxTable.class);
            walk(table.entries(), reached);
        } else if (value instanceof Catalog catalog) {
            reached.add(Catalog.class);
            walk(catalog.products(), reached);
        } else if (value != null) {
            reached.add(value.getClass());
            if (value.getClass().isRecord()) {
                for (RecordComponent component : value.getClass().getRecordComponents()) {
                    try {
                        walk(component.getAccessor().invoke(value), reached);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    /** Public records, enums and final non-utility, non-exception classes of core and metrics. */
    private static List<Class<?>> scan() throws IOException, URISyntaxException {
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> anchor : List.of(Monies.class, Kpis.class)) {
            Path location = Path.of(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (String name : classNames(location)) {
                Class<?> type;
                try {
                    type = Class.forName(name, false, JsonCoverageTest.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
                if (valueType(type)) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    private static boolean valueType(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        if (type.isRecord() || type.isEnum()) {
            return true;
        }
        if (!Modifier.isFinal(type.getModifiers()) || Throwable.class.isAssignableFrom(type)) {
            return false;
        }
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
                return true; // has instances: not a static utility class
            }
        }
        return false;
    }

    private static List<String> classNames(Path location) throws IOException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.map(p -> location.relativize(p).toString().replace('\\', '/'))
                        .forEach(p -> addClass(p, names));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    addClass(e.nextElement().getName(), names);
                }
            }
        }
        return names;
    }

    private static void addClass(String path, List<String> names) {
        if (path.startsWith("io/github/emporion/") && path.endsWith(".class") && !path.endsWith("-info.class")) {
            names.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
        }
    }
}
