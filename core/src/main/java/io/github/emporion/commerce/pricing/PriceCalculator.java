package io.github.emporion.commerce.pricing;

import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.cart.CartLine;
import io.github.emporion.commerce.pricing.CouponRejection.Reason;
import io.github.emporion.commerce.pricing.promotion.Benefit;
import io.github.emporion.commerce.pricing.promotion.Coupon;
import io.github.emporion.commerce.pricing.promotion.CouponUsage;
import io.github.emporion.commerce.pricing.promotion.Promotion;
import io.github.emporion.commerce.pricing.promotion.SpendTier;
import io.github.emporion.commerce.pricing.promotion.Stacking;
import io.github.emporion.commerce.pricing.shipping.ShippingMethod;
import io.github.emporion.commerce.pricing.tax.Region;
import io.github.emporion.commerce.pricing.tax.TaxRate;
import io.github.emporion.commerce.pricing.tax.TaxTable;
import io.github.emporion.money.Allocation;
import io.github.emporion.money.CurrencyMismatchException;
import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * Prices a cart: the one entry point of the pricing package. It takes a {@link Cart} and a
 * {@link PricingRequest} and returns a {@link PriceBreakdown} whose parts add up exactly. This
 * class is immutable and thread-safe (the {@link CouponUsage} it reads must be thread-safe too).
 *
 * <p>Steps, all in whole minor units of the cart's currency:
 * <ol>
 *   <li>List prices: each line's unit price for its quantity (volume tiers), {@code lineAmount =
 *       unit × quantity}; {@code subtotal = Σ lineAmount}.
 *   <li>Coupons: each entered code is checked (known, inside its validity window, subtotal at
 *       least its minimum order value, global and per-customer limits, promotion active); valid
 *       codes unlock their promotions, the others are reported in {@link
 *       PriceBreakdown#rejectedCoupons()}.
 *   <li>Promotions: the eligible ones (active at {@code request.at()}, coupon unlocked if
 *       required) are applied as described in {@link Promotion}: the stackable chain in priority
 *       order, each exclusive one alone, and the cheapest outcome for the customer wins (ties: the
 *       chain, then the higher-priority exclusive). Each benefit works on what earlier ones left
 *       and is cut so that no line and no shipping charge goes below zero; order-level discounts
 *       are allocated to lines by largest remainder.
 *   <li>Shipping: only if a line is physical and a method was chosen; its rate sees the goods
 *       total after discounts; a free-shipping promotion then discounts it to zero.
 *   <li>Tax: per line (and shipping) at the rate of its tax category in the request's region,
 *       rounded per unit, per line or per total ({@link TaxCalculationMode}); in {@link
 *       PriceMode#GROSS} tax is extracted, in {@link PriceMode#NET} added.
 * </ol>
 *
 * <p>Worked example (gross, 19 %, per line): 2 × EUR 59.50 = 119.00, 10 % off the order = 11.90,
 * line 107.10 gross, tax round(107.10 × 0.19 / 1.19) = 17.10, net 90.00; shipping 4.90 gross, tax
 * 0.78, net 4.12; grand total 112.00 = 107.10 + 4.90.
 */
public final class PriceCalculator {
    private final PriceMode priceMode;
    private final TaxTable taxTable;
    private final RoundingPolicy rounding;
    private final List<Promotion> promotions;
    private final Map<String, Coupon> coupons;
    private final CouponUsage usage;

    private PriceCalculator(
            PriceMode priceMode,
            TaxTable taxTable,
            RoundingPolicy rounding,
            List<Promotion> promotions,
            Map<String, Coupon> coupons,
            CouponUsage usage) {
        this.priceMode = Objects.requireNonNull(priceMode, "priceMode");
        this.taxTable = Objects.requireNonNull(taxTable, "taxTable");
        this.rounding = Objects.requireNonNull(rounding, "rounding");
        this.promotions = List.copyOf(promotions);
        this.coupons = Map.copyOf(coupons);
        this.usage = Objects.requireNonNull(usage, "usage");
        Set<String> ids = new HashSet<>();
        for (Promotion p : this.promotions) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("promotion ids must be unique: " + p.id() + " appears twice");
            }
        }
        for (Coupon c : this.coupons.values()) {
            if (!ids.contains(c.promotionId())) {
                throw new IllegalArgumentException("coupon " + c.code()
                        + " promotionId must name a promotion of this calculator (set promotions first): "
                        + c.promotionId());
            }
        }
    }

    /**
     * Creates a calculator without promotions, with {@link RoundingPolicy#DEFAULT}.
     *
     * @param priceMode whether prices include tax
     * @param taxTable the rates per region and tax category
     * @return the calculator
     */
    public static PriceCalculator of(PriceMode priceMode, TaxTable taxTable) {
        return new PriceCalculator(
                priceMode, taxTable, RoundingPolicy.DEFAULT, List.of(), Map.of(), CouponUsage.none());
    }

    /**
     * Returns a copy with another rounding policy.
     *
     * @param policy the policy
     * @return the changed calculator
     */
    public PriceCalculator withRounding(RoundingPolicy policy) {
        return new PriceCalculator(priceMode, taxTable, policy, promotions, coupons, usage);
    }

    /**
     * Returns a copy with these promotions (replacing earlier ones).
     *
     * @param newPromotions the promotions, distinct ids
     * @return the changed calculator
     * @throws IllegalArgumentException if two promotions share an id or a coupon's promotion is gone
     */
    public PriceCalculator withPromotions(List<Promotion> newPromotions) {
        return new PriceCalculator(
                priceMode, taxTable, rounding, Objects.requireNonNull(newPromotions, "promotions"), coupons, usage);
    }

    /**
     * Returns a copy with these promotions (replacing earlier ones).
     *
     * @param newPromotions the promotions, distinct ids
     * @return the changed calculator
     * @throws IllegalArgumentException if two promotions share an id or a coupon's promotion is gone
     */
    public PriceCalculator withPromotions(Promotion... newPromotions) {
        return withPromotions(List.of(newPromotions));
    }

    /**
     * Returns a copy with these coupons (replacing earlier ones) and the store of their usage.
     *
     * @param newCoupons the coupons, distinct codes, each naming one of the promotions
     * @param couponUsage how often codes were redeemed
     * @return the changed calculator
     * @throws IllegalArgumentException if two coupons share a code or a coupon names an unknown
     *     promotion
     */
    public PriceCalculator withCoupons(List<Coupon> newCoupons, CouponUsage couponUsage) {
        Map<String, Coupon> byCode = new LinkedHashMap<>();
        for (Coupon c : Objects.requireNonNull(newCoupons, "coupons")) {
            if (byCode.putIfAbsent(c.code(), c) != null) {
                throw new IllegalArgumentException("coupon codes must be unique: " + c.code() + " appears twice");
            }
        }
        return new PriceCalculator(priceMode, taxTable, rounding, promotions, byCode, couponUsage);
    }

    /**
     * Returns the price mode.
     *
     * @return whether prices include tax
     */
    public PriceMode priceMode() {
        return priceMode;
    }

    /**
     * Prices a cart.
     *
     * @param cart the cart (may be empty: the breakdown is then all zeros)
     * @param request region, instant, customer, coupon codes and shipping method
     * @return the breakdown
     * @throws IllegalArgumentException if a line's tax category (or the shipping method's) has no
     *     rate in the region, or the parcel is heavier than every weight tier
     * @throws CurrencyMismatchException if a promotion amount, coupon minimum or shipping rate is in
     *     another currency than the cart
     */
    public PriceBreakdown calculate(Cart cart, PricingRequest request) {
        Objects.requireNonNull(cart, "cart");
        Objects.requireNonNull(request, "request");
        Work w = new Work(cart, request);

        List<CouponRejection> rejections = new ArrayList<>();
        Map<String, List<String>> codesByPromotion = new LinkedHashMap<>();
        checkCoupons(w, request, rejections, codesByPromotion);

        List<Promotion> stackable = new ArrayList<>();
        List<Promotion> exclusive = new ArrayList<>();
        for (Promotion p : promotions) {
            if (p.validity().contains(request.at()) && (!p.couponRequired() || codesByPromotion.containsKey(p.id()))) {
                (p.stacking() == Stacking.EXCLUSIVE ? exclusive : stackable).add(p);
            }
        }
        Comparator<Promotion> order =
                Comparator.comparingInt(Promotion::priority).reversed().thenComparing(Promotion::id);
        stackable.sort(order);
        exclusive.sort(order);
        Outcome best = run(stackable, w);
        for (Promotion p : exclusive) {
            Outcome alone = run(List.of(p), w);
            if (alone.total() < best.total()) {
                best = alone;
            }
        }

        List<String> applied = new ArrayList<>();
        Set<String> tookEffect = new HashSet<>();
        best.steps.forEach(s -> tookEffect.add(s.promotion.id()));
        codesByPromotion.forEach((promotionId, codes) -> {
            for (String code : codes) {
                if (tookEffect.contains(promotionId)) {
                    applied.add(code);
                } else {
                    rejections.add(new CouponRejection(
                            code,
                            Reason.NOT_APPLICABLE,
                            "coupon " + code + " must change the price to apply: promotion " + promotionId
                                    + " had no effect on this cart"));
                }
            }
        });
        return breakdown(w, best, applied, rejections);
    }

    private void checkCoupons(
            Work w,
            PricingRequest request,
            List<CouponRejection> rejections,
            Map<String, List<String>> codesByPromotion) {
        Map<String, Promotion> byId = new LinkedHashMap<>();
        promotions.forEach(p -> byId.put(p.id(), p));
        long subtotal = sum(w.list);
        for (String code : request.couponCodes()) {
            Coupon c = coupons.get(code);
            Reason reason = null;
            String message = null;
            if (c == null) {
                reason = Reason.UNKNOWN;
                message = "coupon code " + code + " must be known: it is not";
            } else if (request.at().isBefore(c.validity().from())) {
                reason = Reason.NOT_YET_VALID;
                message = "coupon " + code + " is valid from " + c.validity().from() + ": now is " + request.at();
            } else if (!request.at().isBefore(c.validity().until())) {
                reason = Reason.EXPIRED;
                message = "coupon " + code + " was valid until " + c.validity().until() + ": now is " + request.at();
            } else if (c.minimumOrder().isPresent()
                    && subtotal < w.minor(c.minimumOrder().get())) {
                reason = Reason.BELOW_MINIMUM_ORDER_VALUE;
                message = "coupon " + code + " needs a subtotal of at least "
                        + Monies.decimal(c.minimumOrder().get()).toPlainString() + ": subtotal is "
                        + Monies.decimal(w.money(subtotal)).toPlainString();
            } else if (usage.timesUsed(code) >= c.maxUses()) {
                reason = Reason.USAGE_LIMIT_REACHED;
                message = "coupon " + code + " may be used at most " + c.maxUses() + " times: it was used "
                        + usage.timesUsed(code) + " times";
            } else if (c.maxUsesPerCustomer() != Long.MAX_VALUE
                    && request.customerId().isEmpty()) {
                reason = Reason.CUSTOMER_REQUIRED;
                message = "coupon " + code + " has a per-customer limit and needs a customer: the cart has none";
            } else if (request.customerId().isPresent()
                    && usage.timesUsedBy(code, request.customerId().get()) >= c.maxUsesPerCustomer()) {
                reason = Reason.CUSTOMER_LIMIT_REACHED;
                message = "coupon " + code + " may be used at most " + c.maxUsesPerCustomer()
                        + " times per customer: this customer used it "
                        + usage.timesUsedBy(code, request.customerId().get()) + " times";
            } else if (!byId.get(c.promotionId()).validity().contains(request.at())) {
                reason = Reason.PROMOTION_INACTIVE;
                message = "coupon " + code + " promotion " + c.promotionId() + " must be active at " + request.at()
                        + ": it is valid " + byId.get(c.promotionId()).validity();
            }
            if (reason != null) {
                rejections.add(new CouponRejection(code, reason, Objects.requireNonNull(message)));
            } else {
                codesByPromotion
                        .computeIfAbsent(c.promotionId(), k -> new ArrayList<>())
                        .add(code);
            }
        }
    }

    /** Applies a chain of promotions to fresh copies of the list amounts. */
    private Outcome run(List<Promotion> chain, Work w) {
        long[] remaining = w.list.clone();
        List<Step> steps = new ArrayList<>();
        boolean shipsWithMethod = w.method != null;
        Promotion freeShipping = null;
        for (Promotion p : chain) {
            boolean effect;
            if (p.benefit() instanceof Benefit.FreeShipping) {
                effect = shipsWithMethod && freeShipping == null;
                if (effect) {
                    freeShipping = p;
                    steps.add(new Step(p, null));
                }
            } else {
                long[] shares = shares(p.benefit(), remaining, w);
                effect = false;
                for (int i = 0; i < shares.length; i++) {
                    remaining[i] -= shares[i];
                    effect |= shares[i] > 0;
                }
                if (effect) {
                    steps.add(new Step(p, shares));
                }
            }
            if (effect && p.stopFurther()) {
                break;
            }
        }
        long shippingPrice = 0;
        long shippingDiscount = 0;
        if (w.method != null) {
            shippingPrice = w.minor(w.method.rate().price(w.money(sum(remaining)), w.weightGrams));
            if (freeShipping != null) {
                shippingDiscount = shippingPrice;
                if (shippingPrice == 0) {
                    Promotion noEffect = freeShipping;
                    steps.removeIf(s -> s.promotion == noEffect);
                }
            }
        }
        return new Outcome(remaining, steps, shippingPrice, shippingDiscount);
    }

    /** The discount each line gets from one benefit, given what is left of each line. */
    private long[] shares(Benefit benefit, long[] remaining, Work w) {
        long[] d = new long[w.n];
        if (benefit instanceof Benefit.OrderPercentOff o) {
            long base = sum(remaining);
            return base == 0 ? d : allocate(discount(BigDecimal.valueOf(base).multiply(o.rate())), remaining);
        } else if (benefit instanceof Benefit.OrderAmountOff o) {
            long base = sum(remaining);
            long amount = Math.min(w.minor(o.amount()), base);
            return amount == 0 ? d : allocate(amount, remaining);
        } else if (benefit instanceof Benefit.SpendTiers s) {
            long base = sum(remaining);
            Benefit reached = null;
            for (SpendTier tier : s.tiers()) {
                if (w.minor(tier.threshold()) <= base) {
                    reached = tier.benefit();
                }
            }
            return reached == null ? d : shares(reached, remaining, w);
        } else if (benefit instanceof Benefit.LinePercentOff o) {
            for (int i = 0; i < w.n; i++) {
                if (o.lines().matches(w.lines.get(i).item())) {
                    d[i] = discount(BigDecimal.valueOf(remaining[i]).multiply(o.rate()));
                }
            }
        } else if (benefit instanceof Benefit.LineAmountOff o) {
            long perUnit = w.minor(o.amountPerUnit());
            for (int i = 0; i < w.n; i++) {
                if (o.lines().matches(w.lines.get(i).item())) {
                    d[i] = Math.min(remaining[i], saturatedMultiply(perUnit, w.quantity[i]));
                }
            }
        } else if (benefit instanceof Benefit.FixedPrice o) {
            long unit = w.minor(o.unitPrice());
            for (int i = 0; i < w.n; i++) {
                if (o.lines().matches(w.lines.get(i).item())) {
                    d[i] = Math.max(0, remaining[i] - saturatedMultiply(unit, w.quantity[i]));
                }
            }
        } else if (benefit instanceof Benefit.BuyXGetY o) {
            List<Integer> matching = new ArrayList<>();
            long units = 0;
            for (int i = 0; i < w.n; i++) {
                if (o.lines().matches(w.lines.get(i).item())) {
                    matching.add(i);
                    units += w.quantity[i];
                }
            }
            long free = units / (o.buy() + (long) o.get()) * o.get();
            matching.sort(Comparator.comparingLong((Integer i) -> w.unit[i]).thenComparingInt(i -> i));
            for (int i : matching) {
                if (free == 0) {
                    break;
                }
                long k = Math.min(free, w.quantity[i]);
                free -= k;
                d[i] = k == w.quantity[i]
                        ? remaining[i]
                        : BigDecimal.valueOf(remaining[i])
                                .multiply(BigDecimal.valueOf(k))
                                .divide(
                                        BigDecimal.valueOf(w.quantity[i]),
                                        0,
                                        rounding.discount().mode())
                                .longValueExact();
            }
        }
        return d;
    }

    private long discount(BigDecimal exact) {
        return exact.setScale(0, rounding.discount().mode()).longValueExact();
    }

    private static long[] allocate(long amount, long[] weights) {
        return Allocation.splitMinorUnits(amount, weights);
    }

    /** Tax on an amount in the price mode: added to a net amount, extracted from a gross one. */
    private long taxOf(long amount, BigDecimal rate) {
        RoundingMode mode = rounding.tax().mode();
        BigDecimal exact = BigDecimal.valueOf(amount).multiply(rate);
        return (priceMode == PriceMode.NET ? exact.setScale(0, mode) : exact.divide(BigDecimal.ONE.add(rate), 0, mode))
                .longValueExact();
    }

    /** Tax rounded per unit: the amount split into whole-minor-unit units, the first ones larger. */
    private long unitTax(long amount, long quantity, BigDecimal rate) {
        long base = amount / quantity;
        long larger = amount % quantity;
        return (quantity - larger) * taxOf(base, rate) + larger * taxOf(base + 1, rate);
    }

    private PriceBreakdown breakdown(Work w, Outcome o, List<String> applied, List<CouponRejection> rejections) {
        int n = w.n;
        // index n stands for shipping
        long[] amount = new long[n + 1];
        TaxRate[] rates = new TaxRate[n + 1];
        for (int i = 0; i < n; i++) {
            amount[i] = o.remaining[i];
            rates[i] =
                    taxTable.rateFor(w.region, w.lines.get(i).item().product().taxCategory());
        }
        ShippingMethod method = w.method;
        int count = n;
        if (method != null) {
            amount[n] = o.shippingPrice - o.shippingDiscount;
            rates[n] = taxTable.rateFor(w.region, method.taxCategory());
            count = n + 1;
        }
        long[] tax = new long[n + 1];
        TaxCalculationMode mode = rounding.taxCalculation();
        Map<TaxRate, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            groups.computeIfAbsent(rates[i], k -> new ArrayList<>()).add(i);
            if (mode == TaxCalculationMode.LINE || (mode == TaxCalculationMode.UNIT && i == n)) {
                tax[i] = taxOf(amount[i], rates[i].rate());
            } else if (mode == TaxCalculationMode.UNIT) {
                tax[i] = unitTax(amount[i], w.quantity[i], rates[i].rate());
            }
        }
        List<TaxPortion> portions = new ArrayList<>();
        for (Map.Entry<TaxRate, List<Integer>> g : groups.entrySet()) {
            List<Integer> members = g.getValue();
            long[] base = new long[members.size()];
            for (int k = 0; k < base.length; k++) {
                base[k] = amount[members.get(k)];
            }
            long groupBase = sum(base);
            if (mode == TaxCalculationMode.TOTAL && groupBase > 0) {
                long[] split = allocate(taxOf(groupBase, g.getKey().rate()), base);
                for (int k = 0; k < split.length; k++) {
                    tax[members.get(k)] = split[k];
                }
            }
            long groupTax = 0;
            for (int i : members) {
                groupTax += tax[i];
            }
            long groupNet = priceMode == PriceMode.NET ? groupBase : groupBase - groupTax;
            portions.add(new TaxPortion(g.getKey(), w.money(groupNet), w.money(groupTax)));
        }

        List<LineBreakdown> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<LineDiscount> discounts = new ArrayList<>();
            for (Step s : o.steps) {
                if (s.shares != null && s.shares[i] > 0) {
                    discounts.add(new LineDiscount(s.promotion.id(), w.money(s.shares[i])));
                }
            }
            long net = priceMode == PriceMode.NET ? amount[i] : amount[i] - tax[i];
            CartLine line = w.lines.get(i);
            lines.add(new LineBreakdown(
                    line.item(),
                    line.quantity(),
                    w.money(w.unit[i]),
                    w.money(w.list[i]),
                    discounts,
                    w.money(net),
                    w.money(tax[i]),
                    w.money(net + tax[i]),
                    rates[i]));
        }
        List<AppliedDiscount> applied2 = new ArrayList<>();
        for (Step s : o.steps) {
            Benefit b = s.promotion.benefit();
            if (s.shares == null) {
                applied2.add(new AppliedDiscount(
                        s.promotion.id(),
                        s.promotion.name(),
                        DiscountTarget.SHIPPING,
                        w.money(o.shippingDiscount),
                        List.of()));
            } else {
                List<MonetaryAmount> shares = new ArrayList<>(n);
                for (long share : s.shares) {
                    shares.add(w.money(share));
                }
                boolean order = b instanceof Benefit.OrderPercentOff
                        || b instanceof Benefit.OrderAmountOff
                        || b instanceof Benefit.SpendTiers;
                applied2.add(new AppliedDiscount(
                        s.promotion.id(),
                        s.promotion.name(),
                        order ? DiscountTarget.ORDER : DiscountTarget.LINES,
                        w.money(sum(s.shares)),
                        shares));
            }
        }
        ShippingBreakdown shipping = null;
        if (method != null) {
            long net = priceMode == PriceMode.NET ? amount[n] : amount[n] - tax[n];
            shipping = new ShippingBreakdown(
                    method,
                    w.money(o.shippingPrice),
                    w.money(o.shippingDiscount),
                    w.money(net),
                    w.money(tax[n]),
                    w.money(net + tax[n]),
                    rates[n]);
        }
        return PriceBreakdown.of(w.currency, priceMode, lines, applied2, shipping, portions, applied, rejections);
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total = Math.addExact(total, v);
        }
        return total;
    }

    private static long saturatedMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return (high == 0 && low >= 0) ? low : Long.MAX_VALUE;
    }

    /** The cart in minor units: the inputs every candidate outcome starts from. */
    private static final class Work {
        final CurrencyUnit currency;
        final List<CartLine> lines;
        final int n;
        final long[] unit;
        final long[] quantity;
        final long[] list;
        final long weightGrams;
        final Region region;
        final @Nullable ShippingMethod method;

        Work(Cart cart, PricingRequest request) {
            this.currency = cart.currency();
            this.lines = cart.lines();
            this.n = lines.size();
            this.unit = new long[n];
            this.quantity = new long[n];
            this.list = new long[n];
            for (int i = 0; i < n; i++) {
                CartLine line = lines.get(i);
                unit[i] = Monies.toMinorUnits(line.unitPrice(currency));
                quantity[i] = line.quantity();
                list[i] = Math.multiplyExact(unit[i], quantity[i]);
            }
            this.weightGrams = cart.shippingWeightGrams();
            this.region = request.region();
            ShippingMethod chosen = request.shippingMethod().orElse(null);
            if (chosen != null) {
                CurrencyMismatchException.requireCurrency(
                        currency, Monies.zero(chosen.rate().currency()));
            }
            this.method = cart.requiresShipping() ? chosen : null;
        }

        long minor(MonetaryAmount amount) {
            return Monies.toMinorUnits(CurrencyMismatchException.requireCurrency(currency, amount));
        }

        MonetaryAmount money(long minorUnits) {
            return Monies.ofMinorUnits(minorUnits, currency);
        }
    }

    /** One promotion that took effect: its share per line, or null shares for free shipping. */
    private record Step(Promotion promotion, long @Nullable [] shares) {}

    /** The result of applying one candidate chain. */
    private record Outcome(long[] remaining, List<Step> steps, long shippingPrice, long shippingDiscount) {
        long total() {
            return sum(remaining) + shippingPrice - shippingDiscount;
        }
    }

    @Override
    public String toString() {
        return "PriceCalculator[" + priceMode + ", " + rounding + ", " + promotions.size() + " promotions, "
                + coupons.size() + " coupons]";
    }
}
