package io.github.emporion.metrics.clv;

import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Maximum-likelihood fitting shared by the BG/NBD and Gamma-Gamma fitters: maximises a
 * log-likelihood over the natural logarithms of positive parameters with Hipparchus' BOBYQA
 * (Powell's derivative-free trust-region method with quadratic models), inside the box
 * [−{@value #LOG_BOUND}, {@value #LOG_BOUND}] per log-parameter.
 *
 * <p>The log transform makes the problem unconstrained in practice and the parameters' scales
 * comparable. BOBYQA starts with a trust region of radius 0.5 and stops when it has shrunk to
 * 1e-10 (parameters then agree to about 1e-9 relative with the optimum of a smooth likelihood).
 * A fit that exhausts its evaluation budget, has a non-finite likelihood or moves a parameter
 * more than a factor 1e5 away from its start (towards 0 or ∞: a likelihood without an interior
 * maximum, typical of degenerate data) is reported as not converged, with the best point seen, never silently.
 */
final class MaximumLikelihood {

    static final double LOG_BOUND = 20.0;
    /** A log-parameter more than ln(1e5) from its start is a parameter running off to 0 or ∞. */
    static final double MAX_LOG_DRIFT = Math.log(1e5);

    private static final double PENALTY = 1e300;

    private MaximumLikelihood() {}

    /** Outcome: natural-scale parameters and diagnostics. */
    record Outcome(double[] parameters, double logLikelihood, boolean converged, int evaluations, String message) {}

    static Outcome maximise(
            ToDoubleFunction<double[]> logLikelihood, String[] names, double[] start, int maxEvaluations) {
        int n = start.length;
        double[] logStart = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        for (int i = 0; i < n; i++) {
            logStart[i] = Math.max(-LOG_BOUND + 1, Math.min(LOG_BOUND - 1, Math.log(start[i])));
            lower[i] = -LOG_BOUND;
            upper[i] = LOG_BOUND;
        }
        double[] best = logStart.clone();
        double[] bestValue = {Double.POSITIVE_INFINITY};
        int[] evaluations = {0};
        ObjectiveFunction objective = new ObjectiveFunction(theta -> {
            evaluations[0]++;
            double[] p = new double[n];
            for (int i = 0; i < n; i++) {
                p[i] = Math.exp(theta[i]);
            }
            double ll = logLikelihood.applyAsDouble(p);
            double value = Double.isFinite(ll) ? -ll : PENALTY;
            if (value < bestValue[0]) {
                bestValue[0] = value;
                System.arraycopy(theta, 0, best, 0, n);
            }
            return value;
        });
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, 0.5, 1e-10);
        boolean converged;
        String message;
        try {
            PointValuePair result = optimizer.optimize(
                    new MaxEval(maxEvaluations),
                    objective,
                    GoalType.MINIMIZE,
                    new InitialGuess(logStart),
                    new SimpleBounds(lower, upper));
            if (result.getValue() <= bestValue[0]) {
                System.arraycopy(result.getPoint(), 0, best, 0, n);
                bestValue[0] = result.getValue();
            }
            converged = true;
            message = "converged";
        } catch (MathIllegalStateException e) {
            converged = false;
            message =
                    "optimiser stopped without converging after " + evaluations[0] + " evaluations: " + e.getMessage();
        }
        if (bestValue[0] >= PENALTY) {
            converged = false;
            message = "the log-likelihood was not finite at any point tried";
        }
        double[] parameters = new double[n];
        for (int i = 0; i < n; i++) {
            parameters[i] = Math.exp(best[i]);
            if (converged && Math.abs(best[i] - logStart[i]) > MAX_LOG_DRIFT) {
                converged = false;
                message = "parameter " + names[i] + " ran off to " + parameters[i] + " (more than 1e5 times its"
                        + " start " + start[i] + "): the data do not identify the model (too few or degenerate"
                        + " customers), the fit has no interior maximum";
            }
        }
        return new Outcome(parameters, -bestValue[0], converged, evaluations[0], message);
    }
}
