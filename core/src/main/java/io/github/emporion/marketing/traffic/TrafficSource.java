package io.github.emporion.marketing.traffic;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one visit came from, in GA4's terms: source, medium and campaign name (with GA4's
 * placeholders {@code (direct)}, {@code (none)}, {@code (not set)}, {@code (referral)}, {@code
 * (organic)} for missing values), every UTM parameter and click id found on the landing page, and
 * how source and medium were decided.
 *
 * <p>Source, medium and campaign keep the case in which they arrived; classification lower-cases
 * them.
 *
 * @param source the source, e.g. {@code "google"}, {@code "m.facebook.com"}, {@code "(direct)"}
 * @param medium the medium, e.g. {@code "cpc"}, {@code "referral"}, {@code "(none)"}
 * @param campaign the campaign name, e.g. {@code "spring_sale"} or {@code "(not set)"}
 * @param utm the non-blank UTM parameters of the landing page (unmodifiable)
 * @param clickIds the non-blank click ids of the landing page (unmodifiable)
 * @param origin how source and medium were decided
 */
public record TrafficSource(
        String source,
        String medium,
        String campaign,
        Map<UtmParameter, String> utm,
        Map<ClickId, String> clickIds,
        TrafficOrigin origin) {

    /**
     * Validates and copies the maps.
     *
     * @param source the source
     * @param medium the medium
     * @param campaign the campaign name
     * @param utm the UTM parameters
     * @param clickIds the click ids
     * @param origin how source and medium were decided
     */
    public TrafficSource {
        requireText("source", source);
        requireText("medium", medium);
        requireText("campaign", campaign);
        Objects.requireNonNull(origin, "origin");
        utm = copy(Objects.requireNonNull(utm, "utm"), UtmParameter.class);
        clickIds = copy(Objects.requireNonNull(clickIds, "clickIds"), ClickId.class);
    }

    /**
     * Creates a manually tagged source without any other parameters.
     *
     * @param source the source
     * @param medium the medium
     * @param campaign the campaign name
     * @return the traffic source, with origin {@link TrafficOrigin#UTM}
     */
    public static TrafficSource of(String source, String medium, String campaign) {
        return new TrafficSource(source, medium, campaign, Map.of(), Map.of(), TrafficOrigin.UTM);
    }

    /**
     * Returns one UTM parameter.
     *
     * @param parameter the parameter
     * @return its value, or empty if the landing page did not carry it
     */
    public Optional<String> utm(UtmParameter parameter) {
        return Optional.ofNullable(utm.get(parameter));
    }

    /**
     * Returns one click id.
     *
     * @param clickId the click id
     * @return its value, or empty if the landing page did not carry it
     */
    public Optional<String> clickId(ClickId clickId) {
        return Optional.ofNullable(clickIds.get(clickId));
    }

    private static void requireText(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + ": must not be blank (use \"(not set)\")");
        }
    }

    private static <K extends Enum<K>> Map<K, String> copy(Map<K, String> map, Class<K> type) {
        EnumMap<K, String> copy = new EnumMap<>(type);
        map.forEach((k, v) -> {
            Objects.requireNonNull(k, "key");
            Objects.requireNonNull(v, "value");
            if (v.isBlank()) {
                throw new IllegalArgumentException(k + ": value must not be blank");
            }
            copy.put(k, v);
        });
        return Collections.unmodifiableMap(copy);
    }
}
