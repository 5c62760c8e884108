package io.github.emporion.jackson.kpi;

import java.util.List;

/**
 * A batch of KPI questions, answered in order by {@link KpiApi#evaluate(KpiRequest)}. JSON: {@code
 * {"requests":[...]}}.
 *
 * @param requests the questions, at least one and at most {@value #MAX_QUERIES}
 */
public record KpiRequest(List<KpiQuery> requests) {

    /** The most questions in one request. */
    public static final int MAX_QUERIES = 10_000;

    /**
     * Copies the list.
     *
     * @throws IllegalArgumentException if the list is empty or longer than {@value #MAX_QUERIES}
     */
    public KpiRequest {
        requests = List.copyOf(requests);
        if (requests.isEmpty() || requests.size() > MAX_QUERIES) {
            throw new IllegalArgumentException(
                    "requests must hold 1 to " + MAX_QUERIES + " questions but held " + requests.size());
        }
    }

    /**
     * Creates a request.
     *
     * @param requests the questions
     * @return the request
     */
    public static KpiRequest of(KpiQuery... requests) {
        return new KpiRequest(List.of(requests));
    }
}
