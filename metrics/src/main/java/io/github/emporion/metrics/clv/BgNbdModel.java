package io.github.emporion.metrics.clv;

import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;
import org.jspecify.annotations.Nullable;

/**
 * The BG/NBD ("beta-geometric / negative binomial distribution") model of repeat purchases with
 * fixed parameters, tied to the time unit of its data.
 *
 * <p>Notation per customer: x repeat purchases, t_x time of the last one, T time since the first
 * purchase, all in {@link #unit()}; δ = 1 if x &gt; 0. Formulas (FHL 2005; Hardie notes 004, 021,
 * 027):
 *
 * <pre>
 * ln L = A1 + A2 + ln( e^A3 + δ e^A4 )              (log-sum-exp)
 *   A1 = lnΓ(r+x) − lnΓ(r) + r ln α
 *   A2 = lnΓ(a+b) + lnΓ(b+x) − lnΓ(b) − lnΓ(a+b+x)
 *   A3 = −(r+x) ln(α+T)
 *   A4 = ln a − ln(b+x−1) − (r+x) ln(α+t_x)
 * E[X(t)]  = (a+b−1)/(a−1) · [1 − (α/(α+t))^r · ₂F₁(r, b; a+b−1; t/(α+t))]
 * E[Y(t) | x, t_x, T] = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))]
 *                       / (1 + δ · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))
 * P(alive | x, t_x, T) = 1 / (1 + δ · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))
 * P(X(t) = n) = B(a, b+n)/B(a, b) · NB(n; r, α/(α+t))
 *             + δ_{n&gt;0} · B(a+1, b+n−1)/B(a, b) · P(NB(r, α/(α+t)) ≥ n)
 * </pre>
 *
 * <p>NB(n; r, p) = Γ(r+n)/(Γ(r) n!) p^r (1−p)^n; its upper tail is the regularised incomplete beta
 * function I_{1−p}(n, r), so no 1 − (partial sum) cancellation occurs. Everything is evaluated in
 * log space; the ₂F₁ method is described in the package-private {@code Hypergeometric} class
 * (positive-term Gauss series with running rescaling; see "Small a + b" below for c &lt; 1).
 *
 * <p><b>The a = 1 edge.</b> E[X(t)] and E[Y(t) | …] are 0/0 at a = 1 although their limit is
 * finite and smooth. For |a − 1| &lt; 1e-5 both are evaluated at a = 1 ± 1e-5 and linearly
 * interpolated (error O(1e-10) relative), so the functions are continuous through a = 1.
 *
 * <p><b>Small a + b.</b> The ₂F₁ parameter c = a + b + x − 1 is below 1 for x = 0 when a + b &lt; 2,
 * and negative when a + b &lt; 1 (fits on small samples, e.g. the first 200 CDNOW customers, land
 * there). ₂F₁ is then evaluated as c · (₂F₁ − 1), a series with positive terms for every c &gt; −1,
 * which is also what the prefactor (a + b + x − 1) needs: E[X(t)] and E[Y(t) | …] stay finite,
 * non-negative and smooth as a + b crosses 1, and at a + b = 1 exactly (c = 0, where ₂F₁ has a
 * pole and the prefactor vanishes) they take their limit
 * −((α+T)/(α+T+t))^(r+x) · Σ_{k≥1} (r+x)_k (b+x)_k z^k / ((1)_{k−1} k!) / (a − 1), z = t/(α+T+t).
 * As a, b &gt; 0, always c &gt; −1: no other non-positive integer c can occur.
 *
 * <p>Worked example (CDNOW, weeks, r = 0.243, α = 4.414, a = 0.793, b = 2.426): customer 1 with
 * x = 2, t_x = 30.43, T = 38.86 has P(alive) = 0.7266 and E[Y(39)] = 1.226 purchases.
 */
public final class BgNbdModel {

    private static final double A_EDGE = 1e-5;

    private final BgNbdParameters parameters;
    private final ClvTimeUnit unit;

    private BgNbdModel(BgNbdParameters parameters, ClvTimeUnit unit) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    /**
     * Creates a model.
     *
     * @param parameters r, α, a, b
     * @param unit the time unit of α and of every time this model takes
     * @return the model
     */
    public static BgNbdModel of(BgNbdParameters parameters, ClvTimeUnit unit) {
        return new BgNbdModel(parameters, unit);
    }

    /**
     * Returns the parameters.
     *
     * @return r, α, a, b
     */
    public BgNbdParameters parameters() {
        return parameters;
    }

    /**
     * Returns the time unit of α, of the summaries this model accepts and of horizons t.
     *
     * @return the unit
     */
    public ClvTimeUnit unit() {
        return unit;
    }

    /**
     * Returns the log-likelihood ln L of one customer's (x, t_x, T).
     *
     * <p>Example: (r, α, a, b) = (0.25, 4, 0.8, 2.5), x = 200, t_x = 38, T = 40 gives 100.7957
     * (the overflow case of Hardie note 027, handled by log-sum-exp).
     *
     * @param customer the summary, in {@link #unit()}
     * @return ln L
     * @throws IllegalArgumentException if the summary is in another unit
     */
    public double logLikelihood(CustomerSummary customer) {
        requireUnit(customer);
        return logLikelihood(parameters, customer.frequency(), customer.recency(), customer.age());
    }

    /**
     * Returns the log-likelihood of all customers, LL = Σ ln L_i.
     *
     * <p>Example: the CDNOW summary at the published parameters gives −9582.43.
     *
     * @param customers the summaries, in {@link #unit()}
     * @return LL
     * @throws IllegalArgumentException if the summaries are in another unit
     */
    public double logLikelihood(CustomerSummaries customers) {
        requireUnit(customers.unit());
        double sum = 0;
        for (CustomerSummary c : customers.customers()) {
            sum += logLikelihood(parameters, c.frequency(), c.recency(), c.age());
        }
        return sum;
    }

    static double logLikelihood(BgNbdParameters p, int x, double tx, double age) {
        return logLikelihood(p.r(), p.alpha(), p.a(), p.b(), x, tx, age);
    }

    static double logLikelihood(double r, double alpha, double a, double b, int x, double tx, double age) {
        return logLikelihood(r, alpha, a, b, x, tx, age, logGammaTerms(r, a, b, x));
    }

    /** The parts of A1 + A2 that depend on the parameters and x only (the fitter caches them per x). */
    static double logGammaTerms(double r, double a, double b, int x) {
        return Gamma.logGamma(r + x)
                - Gamma.logGamma(r)
                + Gamma.logGamma(a + b)
                + Gamma.logGamma(b + x)
                - Gamma.logGamma(b)
                - Gamma.logGamma(a + b + x);
    }

    /** ln L with {@code gammaTerms} = {@link #logGammaTerms(double, double, double, int)}. */
    static double logLikelihood(
            double r, double alpha, double a, double b, int x, double tx, double age, double gammaTerms) {
        double a12 = gammaTerms + r * Math.log(alpha);
        double a3 = -(r + x) * Math.log(alpha + age);
        if (x == 0) {
            return a12 + a3;
        }
        double a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
        double m = Math.max(a3, a4);
        return a12 + m + Math.log(Math.exp(a3 - m) + Math.exp(a4 - m));
    }

    /**
     * Returns E[X(t)], the expected number of repeat purchases of a randomly chosen new customer in
     * a period of length t since the first purchase.
     *
     * <p>Example: at the published CDNOW parameters E[X(39)] = 1.1967 purchases.
     *
     * @param t the period length in {@link #unit()}, ≥ 0 (t = 0 gives 0)
     * @return E[X(t)]
     * @throws IllegalArgumentException if t is negative or not finite
     */
    public double expectedPurchases(double t) {
        requireTime("t", t);
        double r = parameters.r();
        double alpha = parameters.alpha();
        double b = parameters.b();
        if (t == 0) {
            return 0.0;
        }
        return aGuarded(a ->
                scaledBracket(r, b, a + b - 1, r * Math.log(alpha / (alpha + t)), t / (alpha + t)) / (a - 1));
    }

    /**
     * Returns E[Y(t) | x, t_x, T], the expected number of purchases of this customer in the next t
     * time units.
     *
     * <p>Example: CDNOW customer 1 (x = 2, t_x = 30.43, T = 38.86, weeks) at the published
     * parameters expects 1.2260 purchases in the next 39 weeks.
     *
     * @param customer the summary, in {@link #unit()}
     * @param t the horizon in {@link #unit()}, ≥ 0 (t = 0 gives 0)
     * @return E[Y(t) | x, t_x, T]
     * @throws IllegalArgumentException if the summary is in another unit, or t is negative or not
     *     finite
     */
    public double conditionalExpectedPurchases(CustomerSummary customer, double t) {
        requireUnit(customer);
        requireTime("t", t);
        int x = customer.frequency();
        if (t == 0) {
            return 0.0;
        }
        double r = parameters.r();
        double alpha = parameters.alpha();
        double b = parameters.b();
        double age = customer.age();
        double logQ = (r + x) * Math.log((alpha + age) / (alpha + age + t));
        double z = t / (alpha + age + t);
        return aGuarded(a -> {
            double numerator = scaledBracket(r + x, b + x, a + b + x - 1, logQ, z) / (a - 1);
            return numerator * Math.exp(-log1pExp(x == 0 ? Double.NEGATIVE_INFINITY : logDeathOdds(a, customer)));
        });
    }

    /**
     * Returns P(alive | x, t_x, T), the probability that the customer has not dropped out.
     *
     * <p>It is exactly 1 when x = 0: in BG/NBD a customer can only drop out right after a repeat
     * purchase. Example: CDNOW customer 2 (x = 1, t_x = 1.71, T = 38.86) at the published
     * parameters: 0.2121.
     *
     * @param customer the summary, in {@link #unit()}
     * @return P(alive) in (0, 1]
     * @throws IllegalArgumentException if the summary is in another unit
     */
    public double probabilityAlive(CustomerSummary customer) {
        requireUnit(customer);
        if (customer.frequency() == 0) {
            return 1.0;
        }
        return Math.exp(-log1pExp(logDeathOdds(customer)));
    }

    /**
     * Returns P(X(t) = n), the probability that a randomly chosen new customer makes exactly n
     * repeat purchases in a period of length t.
     *
     * <p>Example: at the published CDNOW parameters P(X(39) = 0) = 0.5738.
     *
     * @param t the period length in {@link #unit()}, ≥ 0
     * @param n the number of purchases, ≥ 0
     * @return the probability
     * @throws IllegalArgumentException if t or n is negative or t is not finite
     */
    public double probabilityOfPurchases(double t, int n) {
        requireTime("t", t);
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0: " + n);
        }
        double r = parameters.r();
        double alpha = parameters.alpha();
        double a = parameters.a();
        double b = parameters.b();
        if (t == 0) {
            return n == 0 ? 1.0 : 0.0;
        }
        double logBetaAB = Beta.logBeta(a, b);
        double logP = Math.log(alpha / (alpha + t));
        double logQ = Math.log(t / (alpha + t));
        double logNb = Gamma.logGamma(r + n) - Gamma.logGamma(r) - Gamma.logGamma(n + 1.0) + r * logP + n * logQ;
        double first = Math.exp(Beta.logBeta(a, b + n) - logBetaAB + logNb);
        if (n == 0) {
            return first;
        }
        double tail = Beta.regularizedBeta(t / (alpha + t), n, r, 1e-16, Integer.MAX_VALUE);
        return first + Math.exp(Beta.logBeta(a + 1, b + n - 1) - logBetaAB) * tail;
    }

    private double logDeathOdds(CustomerSummary customer) {
        return logDeathOdds(parameters.a(), customer);
    }

    private double logDeathOdds(double a, CustomerSummary c) {
        int x = c.frequency();
        double alpha = parameters.alpha();
        return Math.log(a)
                - Math.log(parameters.b() + x - 1)
                + (parameters.r() + x) * Math.log((alpha + c.age()) / (alpha + c.recency()));
    }

    /** ln(1 + e^v) without overflow; v = −∞ gives 0. */
    private static double log1pExp(double v) {
        return v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
    }

    private double aGuarded(DoubleUnaryOperator f) {
        double a = parameters.a();
        if (Math.abs(a - 1) >= A_EDGE) {
            return f.applyAsDouble(a);
        }
        double lo = f.applyAsDouble(1 - A_EDGE);
        double hi = f.applyAsDouble(1 + A_EDGE);
        return lo + (a - (1 - A_EDGE)) / (2 * A_EDGE) * (hi - lo);
    }

    /**
     * c · [1 − e^logQ · ₂F₁(A, B; c; z)] for A, B &gt; 0, c = a + b + x − 1 &gt; −1, 0 &lt; z &lt; 1.
     *
     * <p>For c ≥ 1 the positive Gauss series gives ln ₂F₁ and the bracket is −expm1(logQ + ln ₂F₁)
     * (accurate also when q·₂F₁ is close to 1). For c &lt; 1 (only x = 0 with a + b &lt; 2, or x = 1
     * with a + b &lt; 1) ₂F₁ has a pole at c = 0 and a negative term for c &lt; 0, so the identity
     * c · [1 − q ₂F₁] = c (1 − q) − q · c (₂F₁ − 1) is used with the positive-term scaled tail of
     * {@link Hypergeometric#logScaledTail}: it is finite and smooth through c = 0, and for c ≤ 0
     * both parts are ≤ 0, so there is no cancellation.
     */
    private static double scaledBracket(double bigA, double bigB, double c, double logQ, double z) {
        if (c >= 1) {
            return c * -Math.expm1(logQ + Hypergeometric.log2F1(bigA, bigB, c, z));
        }
        return c * -Math.expm1(logQ) - Math.exp(logQ + Hypergeometric.logScaledTail(bigA, bigB, c, z));
    }

    void requireUnit(CustomerSummary customer) {
        Objects.requireNonNull(customer, "customer");
        if (customer.unit() != unit) {
            throw new IllegalArgumentException("customer " + customer.customerId() + " is summarised in "
                    + customer.unit() + " but the model is in " + unit + ": summarise in the model's unit");
        }
    }

    private void requireUnit(ClvTimeUnit other) {
        if (other != unit) {
            throw new IllegalArgumentException(
                    "summaries are in " + other + " but the model is in " + unit + ": summarise in the model's unit");
        }
    }

    private static void requireTime(String name, double t) {
        if (!(t >= 0) || !Double.isFinite(t)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0: " + t);
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof BgNbdModel other && parameters.equals(other.parameters) && unit == other.unit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameters, unit);
    }

    @Override
    public String toString() {
        return "BgNbdModel[" + parameters + ", unit=" + unit + "]";
    }
}
