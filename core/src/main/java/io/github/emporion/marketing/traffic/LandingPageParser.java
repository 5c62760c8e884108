package io.github.emporion.marketing.traffic;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a landing-page URL and an optional referrer into a {@link TrafficSource}, following GA4's
 * conventions. Immutable and thread-safe.
 *
 * <p>The decision, first applicable step wins:
 *
 * <ol>
 *   <li>{@code gclid} present: {@code google / cpc} (auto-tagging wins over UTMs, as in GA4); the
 *       campaign is {@code utm_campaign} or {@code (not set)};
 *   <li>{@code dclid} present: {@code dbm / cpm} (DV360 / CM360), campaign as above;
 *   <li>{@code utm_source} or {@code utm_medium} present: those values, a missing one becoming
 *       {@code (not set)}; campaign {@code utm_campaign} or {@code (not set)};
 *   <li>only in {@link ClickIdMode#INFER_FROM_CLICK_IDS}: {@code msclkid} gives {@code bing / cpc},
 *       {@code fbclid} {@code facebook / paid}, {@code ttclid} {@code tiktok / paid};
 *   <li>a referrer on a known search engine: {@code <engine> / organic / (organic)} (e.g. any
 *       {@code google.*} host becomes {@code google});
 *   <li>a referrer on another host: {@code <referrer host> / referral / (referral)} (host
 *       lower-cased, kept as is otherwise, e.g. {@code m.facebook.com});
 *   <li>otherwise, including a referrer on the landing page's own host (ignoring {@code www.}):
 *       {@code (direct) / (none) / (direct)}.
 * </ol>
 *
 * <p>Query-parameter names are matched ignoring case; values are percent-decoded ({@code +} is a
 * space) and trimmed; blank values count as absent; when a parameter repeats, the first value wins.
 * A {@code utm_campaign} without {@code utm_source} and {@code utm_medium} is kept in {@link
 * TrafficSource#utm()} but does not make the visit a tagged one. All click ids (including {@code
 * gbraid}, {@code wbraid}, {@code gad_source}, {@code gad_campaignid}) are kept.
 *
 * <pre>{@code
 * TrafficSource t = LandingPageParser.ga4()
 *         .parse("https://shop.example/?utm_source=newsletter&utm_medium=email&utm_campaign=weekly", null);
 * // newsletter / email / weekly
 * }</pre>
 */
public final class LandingPageParser {

    private static final String NOT_SET = "(not set)";

    private static final List<Map.Entry<Pattern, String>> SEARCH_ENGINES = List.of(
            Map.entry(Pattern.compile("^(www\\.)?google(\\.[a-z]{2,3}){1,2}$"), "google"),
            Map.entry(Pattern.compile("^(www\\.|cn\\.)?bing\\.com$"), "bing"),
            Map.entry(Pattern.compile("^((www|html)\\.)?duckduckgo\\.com$"), "duckduckgo"),
            Map.entry(Pattern.compile("^([a-z]{2}\\.)?search\\.yahoo\\.(com|co\\.jp)$"), "yahoo"),
            Map.entry(Pattern.compile("^(www\\.)?yandex(\\.[a-z]{2,3}){1,2}$"), "yandex"),
            Map.entry(Pattern.compile("^(www\\.|m\\.)?baidu\\.com$"), "baidu"),
            Map.entry(Pattern.compile("^(www\\.)?ecosia\\.org$"), "ecosia.org"),
            Map.entry(Pattern.compile("^(m\\.)?search\\.naver\\.com$"), "naver"),
            Map.entry(Pattern.compile("^search\\.brave\\.com$"), "brave"),
            Map.entry(Pattern.compile("^(www\\.)?qwant\\.com$"), "qwant"));

    private static final LandingPageParser GA4 = new LandingPageParser(ClickIdMode.GA4_PARITY);

    private final ClickIdMode clickIdMode;

    private LandingPageParser(ClickIdMode clickIdMode) {
        this.clickIdMode = clickIdMode;
    }

    /**
     * Returns the parser in GA4-parity mode.
     *
     * @return the default parser
     */
    public static LandingPageParser ga4() {
        return GA4;
    }

    /**
     * Returns a parser with another click-id mode.
     *
     * @param mode the mode
     * @return the parser
     */
    public LandingPageParser withClickIdMode(ClickIdMode mode) {
        return new LandingPageParser(Objects.requireNonNull(mode, "mode"));
    }

    /**
     * Returns the click-id mode.
     *
     * @return the mode
     */
    public ClickIdMode clickIdMode() {
        return clickIdMode;
    }

    /**
     * Parses a landing page without a referrer.
     *
     * @param landingUrl the landing-page URL (absolute, or a path with a query)
     * @return the traffic source
     * @throws IllegalArgumentException if the URL is blank or malformed
     */
    public TrafficSource parse(String landingUrl) {
        return parse(landingUrl, null);
    }

    /**
     * Parses a landing page and its referrer.
     *
     * @param landingUrl the landing-page URL (absolute, or a path with a query)
     * @param referrer the referrer URL, or {@code null} / blank if there was none
     * @return the traffic source
     * @throws IllegalArgumentException if the URL is blank or malformed, or the referrer is malformed
     *     or has no host
     */
    public TrafficSource parse(String landingUrl, @Nullable String referrer) {
        Objects.requireNonNull(landingUrl, "landingUrl");
        if (landingUrl.isBlank()) {
            throw new IllegalArgumentException("landingUrl: must not be blank");
        }
        URI landing = toUri("landingUrl", landingUrl);
        Map<String, String> params = queryParameters(landing.getRawQuery(), landingUrl);
        Map<UtmParameter, String> utm = new EnumMap<>(UtmParameter.class);
        for (UtmParameter p : UtmParameter.values()) {
            String v = params.get(p.parameterName());
            if (v != null) {
                utm.put(p, v);
            }
        }
        Map<ClickId, String> clickIds = new EnumMap<>(ClickId.class);
        for (ClickId c : ClickId.values()) {
            String v = params.get(c.parameterName());
            if (v != null) {
                clickIds.put(c, v);
            }
        }
        String campaign = utm.getOrDefault(UtmParameter.CAMPAIGN, NOT_SET);
        if (clickIds.containsKey(ClickId.GCLID)) {
            return new TrafficSource("google", "cpc", campaign, utm, clickIds, TrafficOrigin.AUTO_TAGGED);
        }
        if (clickIds.containsKey(ClickId.DCLID)) {
            return new TrafficSource("dbm", "cpm", campaign, utm, clickIds, TrafficOrigin.AUTO_TAGGED);
        }
        if (utm.containsKey(UtmParameter.SOURCE) || utm.containsKey(UtmParameter.MEDIUM)) {
            return new TrafficSource(
                    utm.getOrDefault(UtmParameter.SOURCE, NOT_SET),
                    utm.getOrDefault(UtmParameter.MEDIUM, NOT_SET),
                    campaign,
                    utm,
                    clickIds,
                    TrafficOrigin.UTM);
        }
        if (clickIdMode == ClickIdMode.INFER_FROM_CLICK_IDS) {
            if (clickIds.containsKey(ClickId.MSCLKID)) {
                return new TrafficSource("bing", "cpc", campaign, utm, clickIds, TrafficOrigin.INFERRED_FROM_CLICK_ID);
            }
            if (clickIds.containsKey(ClickId.FBCLID)) {
                return new TrafficSource(
                        "facebook", "paid", campaign, utm, clickIds, TrafficOrigin.INFERRED_FROM_CLICK_ID);
            }
            if (clickIds.containsKey(ClickId.TTCLID)) {
                return new TrafficSource(
                        "tiktok", "paid", campaign, utm, clickIds, TrafficOrigin.INFERRED_FROM_CLICK_ID);
            }
        }
        if (referrer != null && !referrer.isBlank()) {
            URI ref = toUri("referrer", referrer);
            String refHost = ref.getHost();
            if (refHost == null || refHost.isBlank()) {
                throw new IllegalArgumentException("referrer: '" + referrer + "' has no host");
            }
            refHost = refHost.toLowerCase(Locale.ROOT);
            String landingHost = landing.getHost();
            boolean internal = landingHost != null && stripWww(landingHost).equals(stripWww(refHost));
            if (!internal) {
                Optional<String> engine = searchEngine(refHost);
                if (engine.isPresent()) {
                    return new TrafficSource(
                            engine.get(), "organic", "(organic)", utm, clickIds, TrafficOrigin.SEARCH_REFERRER);
                }
                return new TrafficSource(refHost, "referral", "(referral)", utm, clickIds, TrafficOrigin.REFERRER);
            }
        }
        return new TrafficSource("(direct)", "(none)", "(direct)", utm, clickIds, TrafficOrigin.DIRECT);
    }

    /**
     * Returns the normalised name of a search engine host, as GA4 reports organic search sources.
     *
     * @param host the lower-cased host, e.g. {@code "www.google.co.uk"}
     * @return the engine, e.g. {@code "google"}, or empty if the host is no known search engine
     */
    public static Optional<String> searchEngine(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (Map.Entry<Pattern, String> e : SEARCH_ENGINES) {
            if (e.getKey().matcher(h).matches()) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    private static String stripWww(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    private static URI toUri(String name, String text) {
        try {
            return new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    name + ": '" + text + "' is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")",
                    e);
        }
    }

    private static Map<String, String> queryParameters(@Nullable String rawQuery, String url) {
        Map<String, String> params = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name =
                    decode(eq < 0 ? pair : pair.substring(0, eq), url).strip().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), url).strip();
            if (!value.isEmpty()) {
                params.putIfAbsent(name, value);
            }
        }
        return params;
    }

    private static String decode(String s, String url) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "landingUrl: '" + url + "' has a malformed percent-encoding in '" + s + "'", e);
        }
    }
}
