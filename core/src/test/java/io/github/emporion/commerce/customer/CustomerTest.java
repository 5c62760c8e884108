package io.github.emporion.commerce.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class CustomerTest {
    private static final String EMAIL = "ada.lovelace@example.org";
    private static final String PHONE = "+44 20 7946 0958";
    private static final PostalAddress ADDRESS =
            PostalAddress.of(List.of("Ada Lovelace", "12 St James's Square"), "SW1Y 4JH", "London", "GB");
    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-05T10:00:00Z");

    private static Customer full() {
        return Customer.of(CustomerId.of("c-1001"), CustomerType.B2C)
                .withContact(ContactDetails.ofEmail(EMAIL).withPhone(PHONE).withAddress(ADDRESS))
                .withConsent(MarketingConsent.none().grant(ConsentChannel.EMAIL, T1, "checkout-checkbox"));
    }

    @Test
    void toString_ofEveryType_neverPrintsEmailPhoneOrAddress() {
        Customer customer = full();
        List<String> printed = List.of(
                customer.toString(),
                customer.contact().toString(),
                ADDRESS.toString(),
                customer.consent().toString(),
                customer.id().toString());
        for (String text : printed) {
            assertThat(text)
                    .doesNotContain(EMAIL)
                    .doesNotContain("ada.lovelace")
                    .doesNotContain("example.org")
                    .doesNotContain(PHONE)
                    .doesNotContain("7946")
                    .doesNotContain("St James")
                    .doesNotContain("SW1Y")
                    .doesNotContain("London")
                    .doesNotContain("Lovelace");
        }
        assertThat(customer.toString())
                .isEqualTo("Customer[id=c-1001, type=B2C, contact=<redacted>, consented=[EMAIL]]");
        assertThat(customer.contact().toString())
                .isEqualTo("ContactDetails[email=<redacted>, phone=<redacted>, address=<redacted>]");
        assertThat(ContactDetails.none().toString())
                .isEqualTo("ContactDetails[email=<none>, phone=<none>, address=<none>]");
        assertThat(ADDRESS.toString()).isEqualTo("PostalAddress[country=GB, rest redacted]");
    }

    @Test
    void contactDetails_invalidValues_rejectedWithoutEchoingThem() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ContactDetails.ofEmail("ada.lovelace-at-example.org"))
                .withMessageContaining("email must look like local@domain.tld")
                .withMessageNotContaining("lovelace");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ContactDetails.none().withPhone("call me 555"))
                .withMessageContaining("phone must be")
                .withMessageNotContaining("555");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CustomerId.of("ada@example.org"))
                .withMessageContaining("customer id must match")
                .withMessageNotContaining("ada");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PostalAddress.of(List.of("x"), "1", "Berlin", "XX"))
                .withMessageContaining("countryCode must be an ISO 3166-1 alpha-2 code such as DE: 'XX'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PostalAddress.of(List.of(" "), "1", "Berlin", "DE"))
                .withMessageContaining("address lines[0] must not be blank");
    }

    @Test
    void contact_erased_keepsIdAndConsent() {
        Customer erased = full().withContact(ContactDetails.none());
        assertThat(erased.id()).isEqualTo(CustomerId.of("c-1001"));
        assertThat(erased.contact().email()).isEmpty();
        assertThat(erased.consent().isGranted(ConsentChannel.EMAIL)).isTrue();
        assertThat(full().contact().email()).contains(EMAIL);
        assertThat(full().contact().phone()).contains(PHONE);
        assertThat(full().contact().address()).contains(ADDRESS);
    }

    @Test
    void consent_grantThenWithdraw_historyAnswersPointInTimeQuestions() {
        MarketingConsent consent = MarketingConsent.none()
                .grant(ConsentChannel.EMAIL, T1, "newsletter-form")
                .grant(ConsentChannel.TRACKING, T1, "cookie-banner")
                .withdraw(ConsentChannel.EMAIL, T2, "unsubscribe-link");
        assertThat(consent.isGranted(ConsentChannel.EMAIL)).isFalse();
        assertThat(consent.isGrantedAt(ConsentChannel.EMAIL, T1.plusSeconds(86_400)))
                .isTrue();
        assertThat(consent.isGrantedAt(ConsentChannel.EMAIL, T1.minusSeconds(1)))
                .isFalse();
        assertThat(consent.isGrantedAt(ConsentChannel.EMAIL, T2)).isFalse();
        assertThat(consent.isGranted(ConsentChannel.TRACKING)).isTrue();
        assertThat(consent.isGranted(ConsentChannel.SMS)).isFalse();
        assertThat(consent.latest(ConsentChannel.SMS)).isEmpty();
        assertThat(consent.history(ConsentChannel.EMAIL))
                .extracting(ConsentRecord::granted, ConsentRecord::at, ConsentRecord::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, T1, "newsletter-form"),
                        org.assertj.core.groups.Tuple.tuple(false, T2, "unsubscribe-link"));
    }

    @Test
    void consent_decisionBeforeLatestOfChannel_rejectedAndUnchanged() {
        MarketingConsent consent = MarketingConsent.none().grant(ConsentChannel.SMS, T2, "app");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> consent.withdraw(ConsentChannel.SMS, T1, "app"))
                .withMessageContaining("history[1].at " + T1)
                .withMessageContaining("before the previous SMS decision at " + T2)
                .withMessageContaining("in time order");
        assertThat(consent.history()).hasSize(1);
        // Another channel may be dated earlier: order is per channel.
        assertThat(consent.grant(ConsentChannel.EMAIL, T1, "form").isGranted(ConsentChannel.EMAIL))
                .isTrue();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> consent.grant(ConsentChannel.EMAIL, T1, " "))
                .withMessageContaining("consent source must be 1 to 100 characters and not blank: ' '");
    }

    @Test
    void equals_valueTypes_overAllFields() {
        EqualsVerifier.forClass(CustomerId.class)
                .withPrefabValuesForField("value", "c-1", "c-2")
                .verify();
        EqualsVerifier.forClass(PostalAddress.class)
                .withPrefabValuesForField("lines", List.of("a"), List.of("b"))
                .withPrefabValuesForField("city", "Rome", "Oslo")
                .withPrefabValuesForField("countryCode", "IT", "NO")
                .verify();
        EqualsVerifier.forClass(ContactDetails.class)
                .withPrefabValuesForField("email", "a@b.cd", "e@f.gh")
                .withPrefabValuesForField("phone", "+1 555 0100", "+1 555 0199")
                .withPrefabValues(
                        PostalAddress.class,
                        PostalAddress.of(List.of("a"), "1", "Rome", "IT"),
                        PostalAddress.of(List.of("b"), "2", "Oslo", "NO"))
                .verify();
        EqualsVerifier.forClass(ConsentRecord.class)
                .withPrefabValuesForField("source", "form", "app")
                .verify();
        ConsentRecord red = new ConsentRecord(ConsentChannel.EMAIL, true, T1, "form");
        ConsentRecord blue = new ConsentRecord(ConsentChannel.SMS, false, T2, "app");
        EqualsVerifier.forClass(MarketingConsent.class)
                .withPrefabValuesForField("history", List.of(red), List.of(blue))
                .verify();
        EqualsVerifier.forClass(Customer.class)
                .withPrefabValuesForField("id", CustomerId.of("c-1"), CustomerId.of("c-2"))
                .withPrefabValuesForField("contact", ContactDetails.none(), ContactDetails.ofEmail("a@b.cd"))
                .withPrefabValuesForField("consent", MarketingConsent.none(), new MarketingConsent(List.of(red)))
                .verify();
    }
}
