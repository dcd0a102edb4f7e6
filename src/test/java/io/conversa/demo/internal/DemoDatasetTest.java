package io.conversa.demo.internal;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.conversa.demo.internal.DemoDataset.Customer;
import io.conversa.demo.internal.DemoDataset.Invoice;
import io.conversa.demo.internal.DemoDataset.Payment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoDatasetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final DemoDataset DATA = DemoDataset.generate(TODAY, 42L);

    @Test
    void sameSeedAndDayGiveIdenticalData() {
        DemoDataset again = DemoDataset.generate(TODAY, 42L);

        assertThat(again.customers()).isEqualTo(DATA.customers());
        assertThat(again.invoices()).isEqualTo(DATA.invoices());
        assertThat(again.payments()).isEqualTo(DATA.payments());
        assertThat(DemoDataset.generate(TODAY, 43L).customers()).isNotEqualTo(DATA.customers());
    }

    @Test
    void twoHundredCustomersAcrossTheFiveCountries() {
        Map<String, Long> perCountry = DATA.customers().stream().collect(groupingBy(Customer::country, counting()));

        assertThat(DATA.customers()).hasSize(200);
        assertThat(perCountry).containsOnlyKeys("CL", "MX", "AR", "CO", "PE");
        assertThat(perCountry.values()).allSatisfy(count -> assertThat(count).isBetween(30L, 50L));
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, 2026L, -7L})
    void everyOverdueAgeHasAtLeastTwentyOpenInvoices(long seed) {
        DemoDataset data = DemoDataset.generate(TODAY, seed);
        Map<String, Long> perAge = data.invoices().stream()
                .filter(invoice -> invoice.status().equals("open"))
                .collect(groupingBy(invoice -> age(invoice.dueDate()), counting()));

        assertThat(perAge).containsOnlyKeys("not due", "1-30", "31-60", "61-90", "90+");
        assertThat(perAge.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(20L));
    }

    @Test
    void balancesStayBetweenZeroAndTheAmount() {
        assertThat(DATA.invoices()).allSatisfy(invoice -> {
            assertThat(invoice.balance()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(invoice.balance()).isLessThanOrEqualTo(invoice.amount());
            assertThat(invoice.amount()).isPositive();
            assertThat(invoice.status()).isEqualTo(invoice.balance().signum() == 0 ? "paid" : "open");
            assertThat(invoice.issueDate()).isBefore(invoice.dueDate()).isBeforeOrEqualTo(TODAY);
        });
        assertThat(DATA.invoices()).anyMatch(invoice -> invoice.status().equals("paid"));
        assertThat(DATA.invoices())
                .anyMatch(invoice ->
                        invoice.balance().signum() > 0 && invoice.balance().compareTo(invoice.amount()) < 0);
    }

    @Test
    void paidAndPartlyPaidInvoicesHaveThePaymentThatExplainsThem() {
        Map<String, Payment> paymentByInvoice = DATA.payments().stream()
                .collect(toMap(payment -> payment.invoiceExternalRefs().get(0), Function.identity()));

        assertThat(DATA.payments())
                .allSatisfy(payment -> assertThat(payment.invoiceExternalRefs()).hasSize(1));
        for (Invoice invoice : DATA.invoices()) {
            Payment payment = paymentByInvoice.get(invoice.externalRef());
            if (invoice.balance().compareTo(invoice.amount()) == 0) {
                assertThat(payment).isNull();
                continue;
            }
            assertThat(payment).as(invoice.externalRef()).isNotNull();
            assertThat(payment.amount()).isEqualByComparingTo(invoice.amount().subtract(invoice.balance()));
            assertThat(payment.customerExternalRef()).isEqualTo(invoice.customerExternalRef());
            assertThat(payment.currency()).isEqualTo(invoice.currency());
            assertThat(payment.paidAt()).isBetween(invoice.issueDate(), TODAY);
            assertThat(payment.method()).isIn("transferencia", "tarjeta", "efectivo", "depósito");
            assertThat(payment.reference()).matches("TRX-[0-9A-F]{6}");
        }
    }

    @Test
    void chileanRutsHaveAValidCheckDigit() {
        assertThat(taxIds("CL")).hasSize(40).allSatisfy(rut -> {
            assertThat(rut).matches("\\d{1,2}\\.\\d{3}\\.\\d{3}-[0-9K]");
            String body = rut.substring(0, rut.indexOf('-')).replace(".", "");
            assertThat(rut.substring(rut.indexOf('-') + 1)).isEqualTo(rutCheck(body));
        });
    }

    @Test
    void argentineCuitsHaveAValidCheckDigit() {
        assertThat(taxIds("AR")).hasSize(40).allSatisfy(cuit -> {
            assertThat(cuit).matches("(20|27|30)-\\d{8}-\\d");
            String digits = cuit.replace("-", "");
            assertThat(digits.charAt(10) - '0').isEqualTo(cuitCheck(digits.substring(0, 10)));
        });
    }

    @Test
    void otherTaxIdsFollowTheirCountrysStyle() {
        assertThat(taxIds("MX")).allMatch(rfc -> rfc.matches("[A-Z&Ñ]{3,4}\\d{6}[A-Z0-9]{3}"));
        assertThat(taxIds("CO")).allMatch(nit -> nit.matches("\\d{1,3}(\\.\\d{3}){2,3}-\\d"));
        assertThat(taxIds("PE")).allMatch(ruc -> ruc.matches("(10|20)\\d{9}"));
    }

    @Test
    void externalRefsAndInvoiceNumbersAreUnique() {
        assertUnique(DATA.customers().stream().map(Customer::externalRef), "CUS-\\d{5}");
        assertUnique(DATA.invoices().stream().map(Invoice::externalRef), "INV-\\d{6}");
        assertUnique(DATA.payments().stream().map(Payment::externalRef), "PAY-\\d{6}");
        assertUnique(DATA.invoices().stream().map(invoice -> invoice.customerExternalRef() + invoice.number()), ".+");
        assertUnique(DATA.payments().stream().map(Payment::reference), ".+");
        assertUnique(DATA.customers().stream().map(Customer::email).filter(Objects::nonNull), "[a-z0-9._]+@[a-z.]+");
    }

    @Test
    void invoicesPointToKnownCustomersWithOneToSixEach() {
        Map<String, Long> perCustomer =
                DATA.invoices().stream().collect(groupingBy(Invoice::customerExternalRef, counting()));

        assertThat(perCustomer).hasSize(200);
        assertThat(perCustomer.values()).allSatisfy(count -> assertThat(count).isBetween(1L, 6L));
    }

    @Test
    void pesosWithoutCentsAreWholeAndOtherCurrenciesHaveTwoDecimals() {
        Map<String, String> currencyOf = Map.of("CL", "CLP", "MX", "MXN", "AR", "ARS", "CO", "COP", "PE", "PEN");
        Map<String, String> countryOf =
                DATA.customers().stream().collect(toMap(Customer::externalRef, Customer::country));

        assertThat(DATA.invoices()).allSatisfy(invoice -> {
            assertThat(invoice.currency()).isEqualTo(currencyOf.get(countryOf.get(invoice.customerExternalRef())));
            assertThat(invoice.amount().scale()).isEqualTo(decimals(invoice.currency()));
            assertThat(invoice.balance().scale()).isEqualTo(decimals(invoice.currency()));
        });
        assertThat(DATA.payments())
                .allSatisfy(payment -> assertThat(payment.amount().scale()).isEqualTo(decimals(payment.currency())));
        assertThat(Stream.concat(
                        DATA.invoices().stream()
                                .filter(i -> wholePesos(i.currency()))
                                .map(Invoice::amount),
                        DATA.payments().stream()
                                .filter(p -> wholePesos(p.currency()))
                                .map(Payment::amount)))
                .isNotEmpty()
                .allSatisfy(amount ->
                        assertThat(amount.stripTrailingZeros().scale()).isLessThanOrEqualTo(0));
    }

    @Test
    void phonesAreValidNumbersOfTheCustomersCountry() throws NumberParseException {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        List<Customer> withPhone =
                DATA.customers().stream().filter(c -> c.phone() != null).toList();

        assertThat(withPhone).hasSize(195);
        for (Customer customer : withPhone) {
            // "+52 1 …" is the pre-2019 Mexican mobile prefix people still type; libphonenumber rejects it, loaders
            // drop it.
            String typed = customer.phone().replaceFirst("^\\+52 1 ", "+52 ");
            var number = util.parse(typed, customer.country());
            assertThat(util.isValidNumberForRegion(number, customer.country()))
                    .as(customer.phone() + " in " + customer.country())
                    .isTrue();
        }
        assertThat(withPhone).anyMatch(c -> c.phone().startsWith("+52 1 "));
        assertThat(withPhone)
                .anyMatch(c -> !c.country().equals("CL") && !c.phone().startsWith("+"));
        assertThat(withPhone)
                .anyMatch(c -> c.country().equals("CL") && !c.phone().startsWith("+"));
    }

    @Test
    void someCustomersHaveNoEmailAndTagsComeFromTheSmallSet() {
        assertThat(DATA.customers()).anyMatch(c -> c.email() == null);
        assertThat(DATA.customers()).allSatisfy(customer -> {
            assertThat(customer.tags()).hasSizeLessThanOrEqualTo(2).doesNotHaveDuplicates();
            assertThat(customer.tags()).isSubsetOf(DemoDataset.TAGS);
        });
    }

    private static String age(LocalDate due) {
        long overdue = ChronoUnit.DAYS.between(due, TODAY);
        if (overdue <= 0) {
            return "not due";
        }
        return overdue <= 30 ? "1-30" : overdue <= 60 ? "31-60" : overdue <= 90 ? "61-90" : "90+";
    }

    private static List<String> taxIds(String country) {
        return DATA.customers().stream()
                .filter(c -> c.country().equals(country))
                .map(Customer::taxId)
                .toList();
    }

    private static String rutCheck(String body) {
        int sum = 0;
        int factor = 2;
        for (int i = body.length() - 1; i >= 0; i--) {
            sum += (body.charAt(i) - '0') * factor;
            factor = factor == 7 ? 2 : factor + 1;
        }
        int check = 11 - sum % 11;
        return check == 11 ? "0" : check == 10 ? "K" : Integer.toString(check);
    }

    private static int cuitCheck(String tenDigits) {
        int[] weights = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (tenDigits.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        assertThat(check).as("CUIT %s has no valid check digit", tenDigits).isNotEqualTo(10);
        return check == 11 ? 0 : check;
    }

    private static void assertUnique(Stream<String> values, String pattern) {
        List<String> list = values.toList();
        assertThat(list).isNotEmpty().doesNotHaveDuplicates().allMatch(value -> value.matches(pattern));
    }

    private static int decimals(String currency) {
        return wholePesos(currency) ? 0 : 2;
    }

    private static boolean wholePesos(String currency) {
        return currency.equals("CLP") || currency.equals("COP");
    }
}
