/**
 * The shared machinery of Emporion's JSON-in / JSON-out service API: limits on hostile input
 * ({@link io.github.emporion.jackson.api.JsonLimits}), the structured error ({@link
 * io.github.emporion.jackson.api.ApiException}, {@link io.github.emporion.jackson.api.ApiProblem})
 * and the reply of a JSON call ({@link io.github.emporion.jackson.api.JsonReply}).
 *
 * <p>Error JSON (every problem with its JSON Pointer into the request):
 *
 * <pre>{@code
 * {"error":{"code":"invalid_request","message":"2 problems in the request",
 *           "problems":[{"pointer":"/requests/1/clicks","message":"clicks must not be negative but was -3"},
 *                       {"pointer":"/requests/2/kpi","message":"unknown KPI id 'ctrr'"}]}}
 * }</pre>
 */
@NullMarked
package io.github.emporion.jackson.api;

import org.jspecify.annotations.NullMarked;
