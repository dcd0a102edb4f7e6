package io.conversa.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Realistic, deterministic receivables for the zero-setup demo: 200 customers from Chile, Mexico, Argentina, Colombia
 * and Peru, their invoices spread over every overdue age relative to {@code today}, and the payments behind the paid
 * and partially paid ones. The same {@code today} and {@code seed} always give the same data; the clock is never read.
 *
 * <p>Phones are typed the way people type them, nationally or internationally; {@link Customer#country()} (ISO 3166-1
 * alpha-2) says which country a national typing belongs to. Email and phone may be {@code null}. Some Mexican mobiles
 * keep the pre-2019 {@code 1} after the country code ({@code "+52 1 55 1234 5678"}), as people still type them;
 * libphonenumber rejects that form, so a loader should drop the {@code 1}.
 */
public final class DemoDataset {

    public record Customer(
            String externalRef,
            String name,
            String email,
            String phone,
            String taxId,
            String country,
            List<String> tags) {
        public Customer {
            tags = List.copyOf(tags);
        }
    }

    /** {@code status} is {@code "open"} (balance above zero, possibly partly paid) or {@code "paid"} (balance zero). */
    public record Invoice(
            String externalRef,
            String customerExternalRef,
            String number,
            LocalDate issueDate,
            LocalDate dueDate,
            BigDecimal amount,
            BigDecimal balance,
            String currency,
            String status) {}

    public record Payment(
            String externalRef,
            String customerExternalRef,
            List<String> invoiceExternalRefs,
            BigDecimal amount,
            String currency,
            LocalDate paidAt,
            String method,
            String reference) {
        public Payment {
            invoiceExternalRefs = List.copyOf(invoiceExternalRefs);
        }
    }

    static final List<String> COUNTRIES = List.of("CL", "MX", "AR", "CO", "PE");
    static final List<String> TAGS = List.of("mayorista", "minorista", "vip", "moroso", "nuevo", "convenio de pago");
    static final int CUSTOMERS = 200;
    private static final int WITHOUT_PHONE = 5;
    private static final int[] TERMS = {15, 30, 30, 30, 45, 60};
    private static final List<String> MAIL_DOMAINS =
            List.of("gmail.com", "gmail.com", "gmail.com", "hotmail.com", "hotmail.com", "outlook.com");

    /** Invoice amounts per country: tax included, drawn log-uniformly between min and max. */
    private record Pricing(String currency, int scale, int min, int max, BigDecimal tax) {}

    private static final Map<String, Pricing> PRICING = Map.of(
            "CL", new Pricing("CLP", 0, 50_000, 3_500_000, new BigDecimal("0.19")),
            "MX", new Pricing("MXN", 2, 1_500, 180_000, new BigDecimal("0.16")),
            "AR", new Pricing("ARS", 2, 80_000, 6_000_000, new BigDecimal("0.21")),
            "CO", new Pricing("COP", 0, 200_000, 15_000_000, new BigDecimal("0.19")),
            "PE", new Pricing("PEN", 2, 200, 13_000, new BigDecimal("0.18")));

    /** Days overdue relative to today (negative: not yet due), and how often a random invoice lands in that age. */
    private record Age(int minDays, int maxDays, int weight) {}

    private static final List<Age> AGES = List.of(
            new Age(-45, -1, 30), new Age(1, 30, 25), new Age(31, 60, 17), new Age(61, 90, 12), new Age(91, 360, 16));

    private final List<Customer> customers;
    private final List<Invoice> invoices;
    private final List<Payment> payments;

    private DemoDataset(List<Customer> customers, List<Invoice> invoices, List<Payment> payments) {
        this.customers = List.copyOf(customers);
        this.invoices = List.copyOf(invoices);
        this.payments = List.copyOf(payments);
    }

    public static DemoDataset generate(LocalDate today, long seed) {
        Objects.requireNonNull(today, "today");
        return new Generator(today, new Random(seed)).run();
    }

    public List<Customer> customers() {
        return customers;
    }

    public List<Invoice> invoices() {
        return invoices;
    }

    public List<Payment> payments() {
        return payments;
    }

    /** An invoice before numbering: numbers follow issue dates, so they are assigned once all invoices exist. */
    private record Draft(
            Customer customer, LocalDate issueDate, LocalDate dueDate, BigDecimal amount, BigDecimal balance) {}

    private record Receipt(Invoice invoice, LocalDate paidAt) {}

    private static final class Generator {

        private final LocalDate today;
        private final Random rnd;
        private final Set<String> names = new HashSet<>();
        private final Set<String> emails = new HashSet<>();
        private final Set<String> references = new HashSet<>();
        private final List<Customer> customers = new ArrayList<>();
        private final List<Draft> drafts = new ArrayList<>();

        Generator(LocalDate today, Random rnd) {
            this.today = today;
            this.rnd = rnd;
        }

        DemoDataset run() {
            Set<Integer> withoutPhone = new HashSet<>();
            while (withoutPhone.size() < WITHOUT_PHONE) {
                withoutPhone.add(rnd.nextInt(CUSTOMERS));
            }
            for (int i = 0; i < CUSTOMERS; i++) {
                Customer customer = customer(i, !withoutPhone.contains(i));
                customers.add(customer);
                // Each customer's first invoice stays open and cycles through the ages, so every age is well stocked.
                drafts.add(draft(customer, AGES.get(i / COUNTRIES.size() % AGES.size()), true));
                for (int k = rnd.nextInt(6); k > 0; k--) {
                    drafts.add(draft(customer, randomAge(), false));
                }
            }
            List<Invoice> invoices = invoices();
            return new DemoDataset(customers, invoices, payments(invoices));
        }

        private Customer customer(int index, boolean withPhone) {
            String country = COUNTRIES.get(index % COUNTRIES.size());
            DemoNames.Party party = party(country);
            String email = rnd.nextInt(100) < 85 ? email(party, country) : null;
            String phone = withPhone ? DemoNames.phone(country, rnd) : null;
            String taxId = DemoNames.taxId(country, party, rnd);
            return new Customer(ref("CUS-%05d", index + 1), party.name(), email, phone, taxId, country, tags());
        }

        private DemoNames.Party party(String country) {
            DemoNames.Party party;
            do {
                party = rnd.nextInt(100) < 65 ? DemoNames.business(country, rnd) : DemoNames.person(country, rnd);
            } while (!names.add(party.name()));
            return party;
        }

        private String email(DemoNames.Party party, String country) {
            String local;
            String domain;
            if (party.business()) {
                local = DemoNames.slug(party.base());
                domain = rnd.nextInt(100) < 75 ? companyDomain(country) : "gmail.com";
            } else {
                local = personalLocalPart(party);
                domain = DemoNames.pick(MAIL_DOMAINS, rnd);
            }
            String email = local + "@" + domain;
            for (int n = 2; !emails.add(email); n++) {
                email = local + n + "@" + domain;
            }
            return email;
        }

        private static String companyDomain(String country) {
            return "CL".equals(country) ? "empresa.cl" : "empresa.com." + country.toLowerCase(Locale.ROOT);
        }

        private String personalLocalPart(DemoNames.Party party) {
            String[] given = party.firstName().split(" ");
            String first = DemoNames.slug(given[0]);
            String surname = DemoNames.slug(party.surname());
            return switch (rnd.nextInt(4)) {
                case 0 -> first + "." + surname;
                case 1 -> first + "." + surname + DemoNames.between(rnd, 60, 99);
                case 2 -> first + "_" + surname;
                default -> DemoNames.slug(initials(given)) + surname;
            };
        }

        private static String initials(String[] words) {
            StringBuilder initials = new StringBuilder();
            for (String word : words) {
                initials.append(word.charAt(0));
            }
            return initials.toString();
        }

        /** Zero to two tags, never both "mayorista" and "minorista". */
        private List<String> tags() {
            int count = DemoNames.pick(List.of(0, 0, 1, 1, 2), rnd);
            List<String> tags = new ArrayList<>();
            while (tags.size() < count) {
                String tag = DemoNames.pick(TAGS, rnd);
                boolean clash = tag.endsWith("ista") && tags.stream().anyMatch(t -> t.endsWith("ista"));
                if (!clash && !tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            return tags;
        }

        private Age randomAge() {
            int roll = rnd.nextInt(100);
            for (Age age : AGES) {
                if ((roll -= age.weight()) < 0) {
                    return age;
                }
            }
            throw new IllegalStateException("Age weights must add up to 100");
        }

        private Draft draft(Customer customer, Age age, boolean keepOpen) {
            int term = TERMS[rnd.nextInt(TERMS.length)];
            // Invoices not yet due were still issued on or before today: at most `term` days ahead.
            int minDays = Math.max(age.minDays(), -term);
            LocalDate due = today.minusDays(DemoNames.between(rnd, minDays, age.maxDays()));
            BigDecimal amount = amount(PRICING.get(customer.country()));
            return new Draft(customer, due.minusDays(term), due, amount, balance(amount, keepOpen));
        }

        /** Log-uniform within the range: a net price in whole units plus tax, rounded to the currency's minor unit. */
        private BigDecimal amount(Pricing pricing) {
            double gross = pricing.min() * StrictMath.pow((double) pricing.max() / pricing.min(), rnd.nextDouble());
            BigDecimal factor = BigDecimal.ONE.add(pricing.tax());
            BigDecimal net = BigDecimal.valueOf(gross).divide(factor, 0, RoundingMode.HALF_UP);
            return net.multiply(factor).setScale(pricing.scale(), RoundingMode.HALF_UP);
        }

        /** About 18% paid and 12% partly paid; the rest wholly open. */
        private BigDecimal balance(BigDecimal amount, boolean keepOpen) {
            int roll = rnd.nextInt(100);
            if (roll < 18) {
                return keepOpen ? amount : BigDecimal.ZERO.setScale(amount.scale());
            }
            return roll < 30 ? amount.subtract(instalment(amount)) : amount;
        }

        /** 20–80% of the amount, rounded to two significant digits the way people pay an instalment. */
        private BigDecimal instalment(BigDecimal amount) {
            BigDecimal raw = amount.multiply(BigDecimal.valueOf(DemoNames.between(rnd, 20, 80)))
                    .divide(BigDecimal.valueOf(100), amount.scale(), RoundingMode.HALF_UP);
            int integerDigits = raw.precision() - raw.scale();
            BigDecimal step = BigDecimal.TEN.pow(Math.max(0, integerDigits - 2));
            BigDecimal round =
                    raw.divide(step, 0, RoundingMode.HALF_UP).multiply(step).setScale(amount.scale());
            return round.signum() > 0 && round.compareTo(amount) < 0 ? round : raw;
        }

        private List<Invoice> invoices() {
            String[] numbers = number();
            List<Invoice> invoices = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                String status = d.balance().signum() == 0 ? "paid" : "open";
                String currency = PRICING.get(d.customer().country()).currency();
                invoices.add(new Invoice(
                        ref("INV-%06d", i + 1),
                        d.customer().externalRef(),
                        numbers[i],
                        d.issueDate(),
                        d.dueDate(),
                        d.amount(),
                        d.balance(),
                        currency,
                        status));
            }
            return invoices;
        }

        /** Folios rise with issue dates within each country, with gaps for invoices to customers outside the demo. */
        private String[] number() {
            Map<String, Integer> folios = new HashMap<>();
            for (String country : COUNTRIES) {
                folios.put(country, DemoNames.between(rnd, 1_000, 9_000));
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing(i -> drafts.get(i).issueDate()));
            String[] numbers = new String[drafts.size()];
            for (int i : order) {
                Draft d = drafts.get(i);
                int folio = folios.merge(d.customer().country(), 1 + rnd.nextInt(3), Integer::sum);
                numbers[i] = invoiceNumber(d.customer().country(), d.issueDate(), folio);
            }
            return numbers;
        }

        private static String invoiceNumber(String country, LocalDate issued, int folio) {
            return switch (country) {
                case "CL" -> ref("F-%d-%06d", issued.getYear(), folio);
                case "MX" -> ref("FE-%d-%06d", issued.getYear(), folio);
                case "AR" -> ref("A-0003-%08d", folio);
                case "CO" -> ref("FE-%06d", folio);
                default -> ref("F001-%08d", folio);
            };
        }

        /** One payment per paid or partly paid invoice, numbered in the order they were received. */
        private List<Payment> payments(List<Invoice> invoices) {
            List<Receipt> receipts = new ArrayList<>();
            for (Invoice invoice : invoices) {
                if (invoice.balance().compareTo(invoice.amount()) < 0) {
                    receipts.add(new Receipt(invoice, paidAt(invoice)));
                }
            }
            receipts.sort(Comparator.comparing(Receipt::paidAt));
            List<Payment> payments = new ArrayList<>();
            for (Receipt receipt : receipts) {
                Invoice invoice = receipt.invoice();
                payments.add(new Payment(
                        ref("PAY-%06d", payments.size() + 1),
                        invoice.customerExternalRef(),
                        List.of(invoice.externalRef()),
                        invoice.amount().subtract(invoice.balance()),
                        invoice.currency(),
                        receipt.paidAt(),
                        method(),
                        reference()));
            }
            return payments;
        }

        /** Around the due date: from 15 days before it to 20 days after, never before issue nor after today. */
        private LocalDate paidAt(Invoice invoice) {
            LocalDate latest = min(today, invoice.dueDate().plusDays(20));
            LocalDate earliest = max(invoice.issueDate(), invoice.dueDate().minusDays(15));
            if (earliest.isAfter(latest)) {
                earliest = invoice.issueDate();
            }
            return earliest.plusDays(rnd.nextInt((int) ChronoUnit.DAYS.between(earliest, latest) + 1));
        }

        private String method() {
            int roll = rnd.nextInt(100);
            return roll < 55 ? "transferencia" : roll < 75 ? "depósito" : roll < 90 ? "tarjeta" : "efectivo";
        }

        private String reference() {
            String reference;
            do {
                reference = ref("TRX-%06X", rnd.nextInt(1 << 24));
            } while (!references.add(reference));
            return reference;
        }

        private static LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }

        private static String ref(String format, Object... args) {
            return String.format(Locale.ROOT, format, args);
        }
    }
}
