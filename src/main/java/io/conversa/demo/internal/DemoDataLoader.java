package io.conversa.demo.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import io.conversa.core.WorkspaceId;
import io.conversa.demo.DemoProperties;
import io.conversa.identity.Role;
import io.conversa.identity.Users;
import io.conversa.identity.Workspace;
import io.conversa.identity.Workspaces;
import io.conversa.receivables.CustomerInput;
import io.conversa.receivables.CustomerSearch;
import io.conversa.receivables.Customers;
import io.conversa.receivables.InvoiceInput;
import io.conversa.receivables.Invoices;
import io.conversa.receivables.PaymentInput;
import io.conversa.receivables.Payments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo workspace once (an empty customer table is the signal): two users with known passwords and the
 * generated receivables. Invoices are created unpaid and the payments then applied, so balances come from the
 * same code path the API uses. Amounts in other currencies are converted to the workspace's at fixed demo rates.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoDataLoader implements ApplicationRunner {

    static final String ADMIN_EMAIL = "admin@conversa.demo";
    static final String AGENT_EMAIL = "agente@conversa.demo";
    static final String PASSWORD = "conversa-demo";
    private static final long SEED = 42;

    /** How many units of the workspace currency one unit of each currency is worth, for the demo only. */
    private static final Map<String, BigDecimal> CLP_PER_UNIT = Map.of(
            "CLP",
            BigDecimal.ONE,
            "MXN",
            new BigDecimal("52"),
            "ARS",
            new BigDecimal("0.95"),
            "COP",
            new BigDecimal("0.24"),
            "PEN",
            new BigDecimal("255"),
            "USD",
            new BigDecimal("940"));

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoProperties properties;
    private final Environment environment;
    private final Workspaces workspaces;
    private final Users users;
    private final Customers customers;
    private final Invoices invoices;
    private final Payments payments;

    DemoDataLoader(
            DemoProperties properties,
            Environment environment,
            Workspaces workspaces,
            Users users,
            Customers customers,
            Invoices invoices,
            Payments payments) {
        this.properties = properties;
        this.environment = environment;
        this.workspaces = workspaces;
        this.users = users;
        this.customers = customers;
        this.invoices = invoices;
        this.payments = payments;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled()) {
            return;
        }
        Workspace workspace = workspaces.primary();
        WorkspaceId id = workspace.workspaceId();
        createUser(id, ADMIN_EMAIL, "Carolina Soto", Role.ADMIN);
        createUser(id, AGENT_EMAIL, "Diego Rojas", Role.AGENT);
        if (customers.search(id, CustomerSearch.all(), 0, 1).total() > 0) {
            return;
        }
        DemoDataset data = DemoDataset.generate(workspaces.today(id), SEED);
        data.customers().forEach(c -> customers.upsert(id, customer(c, workspace.defaultCountry())));
        data.invoices().forEach(i -> invoices.upsert(id, invoice(i, workspace.currency())));
        data.payments().forEach(p -> payments.record(id, payment(p, workspace.currency())));
        log.info(
                "Demo data loaded: {} customers, {} invoices, {} payments. Sign in as {} / {}",
                data.customers().size(),
                data.invoices().size(),
                data.payments().size(),
                ADMIN_EMAIL,
                PASSWORD);
    }

    boolean enabled() {
        if (properties.enabled() != null) {
            return properties.enabled();
        }
        return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
    }

    private void createUser(WorkspaceId workspace, String email, String name, Role role) {
        if (!users.exists(email)) {
            users.create(workspace, email, name, PASSWORD, role);
        }
    }

    private static CustomerInput customer(DemoDataset.Customer c, String defaultCountry) {
        return new CustomerInput(
                c.externalRef(),
                c.name(),
                c.email(),
                international(c.phone(), c.country(), defaultCountry),
                c.taxId(),
                c.tags());
    }

    /** A phone typed the local way in another country than the workspace's is kept in international form. */
    private static String international(String phone, String country, String defaultCountry) {
        if (phone == null || country.equals(defaultCountry) || phone.startsWith("+") || phone.startsWith("00")) {
            return phone;
        }
        try {
            PhoneNumberUtil util = PhoneNumberUtil.getInstance();
            return util.format(util.parse(phone, country), PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return phone;
        }
    }

    private static InvoiceInput invoice(DemoDataset.Invoice i, String currency) {
        BigDecimal amount = convert(i.amount(), i.currency(), currency);
        return new InvoiceInput(
                i.externalRef(),
                null,
                i.customerExternalRef(),
                i.number(),
                i.issueDate(),
                i.dueDate(),
                amount,
                amount,
                currency,
                "open");
    }

    private static PaymentInput payment(DemoDataset.Payment p, String currency) {
        return new PaymentInput(
                p.externalRef(),
                null,
                p.customerExternalRef(),
                p.invoiceExternalRefs(),
                convert(p.amount(), p.currency(), currency),
                currency,
                p.paidAt(),
                p.method(),
                p.reference());
    }

    private static BigDecimal convert(BigDecimal amount, String from, String to) {
        BigDecimal inClp = amount.multiply(CLP_PER_UNIT.getOrDefault(from, BigDecimal.ONE));
        BigDecimal converted = inClp.divide(CLP_PER_UNIT.getOrDefault(to, BigDecimal.ONE), 10, RoundingMode.HALF_EVEN);
        int digits = Math.max(Currency.getInstance(to).getDefaultFractionDigits(), 0);
        return converted.setScale(digits, RoundingMode.HALF_EVEN);
    }
}
