package io.github.emporion.jackson.kpi;

import java.util.List;

/**
 * The answers to a {@link KpiRequest}, one per question and in the same order. JSON: {@code
 * {"results":[...]}}.
 *
 * @param results the answers
 */
public record KpiResponse(List<KpiAnswer> results) {

    /** Copies the list. */
    public KpiResponse {
        results = List.copyOf(results);
    }
}
