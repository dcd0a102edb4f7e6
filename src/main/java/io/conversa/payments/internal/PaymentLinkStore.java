package io.conversa.payments.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code payment_link}, {@code payment_link_invoice} and {@code payment_confirmation} tables. */
@Repository
public class PaymentLinkStore {

    /** A link as stored; {@code invoices} with their external references for the receivables payment. */
    public record Link(
            UUID id,
            UUID workspaceId,
            UUID customerId,
            UUID conversationId,
            String token,
            BigDecimal amount,
            String currency,
            String status,
            String provider,
            Instant expiresAt,
            Instant createdAt,
            Instant paidAt,
            List<Invoice> invoices) {

        /** Open and not expired at {@code now}. */
        public boolean payable(Instant now) {
            return "open".equals(status) && now.isBefore(expiresAt);
        }

        Link withInvoices(List<Invoice> linked) {
            return new Link(
                    id,
                    workspaceId,
                    customerId,
                    conversationId,
                    token,
                    amount,
                    currency,
                    status,
                    provider,
                    expiresAt,
                    createdAt,
                    paidAt,
                    List.copyOf(linked));
        }

        public String statusAt(Instant now) {
            return "open".equals(status) && !now.isBefore(expiresAt) ? "expired" : status;
        }
    }

    /** An invoice of a link, in the order it is paid (oldest due date first). */
    public record Invoice(
            UUID invoiceId, String number, String externalRef, java.time.LocalDate dueDate, BigDecimal balance) {}

    private static final String COLUMNS =
            "id, workspace_id, customer_id, conversation_id, token, amount, currency, status,"
                    + " provider, expires_at, created_at, paid_at";

    private final JdbcClient jdbc;

    PaymentLinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Link link, UUID createdBy) {
        jdbc.sql("INSERT INTO payment_link (" + COLUMNS
                        + ", created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        link.id(),
                        link.workspaceId(),
                        link.customerId(),
                        link.conversationId(),
                        link.token(),
                        link.amount(),
                        link.currency(),
                        link.status(),
                        link.provider(),
                        Timestamp.from(link.expiresAt()),
                        Timestamp.from(link.createdAt()),
                        null,
                        createdBy)
                .update();
        int position = 0;
        for (Invoice invoice : link.invoices()) {
            jdbc.sql("INSERT INTO payment_link_invoice (link_id, invoice_id, position, number, external_ref, due_date,"
                            + " balance) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            link.id(),
                            invoice.invoiceId(),
                            position++,
                            invoice.number(),
                            invoice.externalRef(),
                            Date.valueOf(invoice.dueDate()),
                            invoice.balance())
                    .update();
        }
    }

    public Optional<Link> find(UUID workspaceId, UUID id) {
        return one("workspace_id = ? AND id = ?", workspaceId, id);
    }

    public Optional<Link> byToken(String token) {
        return one("token = ?", token);
    }

    /** The workspace a link belongs to; empty for an unknown link. */
    public Optional<UUID> workspaceOf(UUID linkId) {
        return jdbc.sql("SELECT workspace_id FROM payment_link WHERE id = ?")
                .param(linkId)
                .query(UUID.class)
                .optional();
    }

    /** The link, locked until the transaction ends (a confirmation racing another waits for it). */
    public Optional<Link> lock(UUID id) {
        return jdbc.sql("SELECT id FROM payment_link WHERE id = ? FOR UPDATE")
                .param(id)
                .query(UUID.class)
                .optional()
                .flatMap(found -> one("id = ?", found));
    }

    public List<Link> ofCustomer(UUID workspaceId, UUID customerId) {
        List<Link> links = jdbc.sql(
                        "SELECT " + COLUMNS + " FROM payment_link WHERE workspace_id = ? AND customer_id = ?"
                                + " ORDER BY created_at DESC LIMIT 100")
                .params(workspaceId, customerId)
                .query((rs, n) -> link(rs, List.of()))
                .list();
        Map<UUID, List<Invoice>> invoices =
                invoicesOf(links.stream().map(Link::id).toList());
        return links.stream()
                .map(link -> link.withInvoices(invoices.getOrDefault(link.id(), List.of())))
                .toList();
    }

    /**
     * The token of the customer's newest link that can still be paid (open, not expired at {@code now}): one query
     * along the {@code payment_link_customer} index, as a template variable bound to the payment link needs it once
     * per recipient of a bulk send.
     */
    public Optional<String> newestPayableToken(UUID workspaceId, UUID customerId, Instant now) {
        return jdbc.sql("SELECT token FROM payment_link WHERE workspace_id = ? AND customer_id = ? AND status = 'open'"
                        + " AND expires_at > ? ORDER BY created_at DESC LIMIT 1")
                .params(workspaceId, customerId, Timestamp.from(now))
                .query(String.class)
                .optional();
    }

    /** Records a provider's payment once; false when it was recorded before. */
    public boolean recordConfirmation(
            String provider, String providerPaymentId, UUID linkId, BigDecimal amount, String currency, Instant now) {
        return jdbc.sql("INSERT INTO payment_confirmation (provider, provider_payment_id, link_id, amount, currency,"
                                + " confirmed_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(provider, providerPaymentId, linkId, amount, currency, Timestamp.from(now))
                        .update()
                == 1;
    }

    public void markPaid(UUID linkId, UUID paymentId, Instant paidAt) {
        jdbc.sql("UPDATE payment_link SET status = 'paid', paid_at = ?, payment_id = ? WHERE id = ?")
                .params(Timestamp.from(paidAt), paymentId, linkId)
                .update();
    }

    public void providerReference(UUID linkId, String provider, String reference) {
        jdbc.sql("UPDATE payment_link SET provider = ?, provider_reference = ? WHERE id = ?")
                .params(provider, reference, linkId)
                .update();
    }

    private Optional<Link> one(String where, Object... params) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment_link WHERE " + where)
                .params(params)
                .query((rs, n) -> link(rs, List.of()))
                .optional()
                .map(this::withInvoices);
    }

    private Link withInvoices(Link link) {
        return link.withInvoices(invoicesOf(List.of(link.id())).getOrDefault(link.id(), List.of()));
    }

    /** The invoices of several links in one query, each link's in payment order. */
    private Map<UUID, List<Invoice>> invoicesOf(List<UUID> linkIds) {
        Map<UUID, List<Invoice>> byLink = new HashMap<>();
        if (!linkIds.isEmpty()) {
            jdbc.sql("SELECT link_id, invoice_id, number, external_ref, due_date, balance FROM payment_link_invoice"
                            + " WHERE link_id = ANY(?) ORDER BY link_id, position")
                    .param(linkIds.toArray(UUID[]::new))
                    .query(rs -> {
                        byLink.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                                .add(new Invoice(
                                        rs.getObject(2, UUID.class),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getDate(5).toLocalDate(),
                                        rs.getBigDecimal(6)));
                    });
        }
        return byLink;
    }

    private static Link link(ResultSet rs, List<Invoice> invoices) throws SQLException {
        Timestamp paid = rs.getTimestamp("paid_at");
        return new Link(
                rs.getObject("id", UUID.class),
                rs.getObject("workspace_id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getObject("conversation_id", UUID.class),
                rs.getString("token"),
                rs.getBigDecimal("amount"),
                rs.getString("currency"),
                rs.getString("status"),
                rs.getString("provider"),
                rs.getTimestamp("expires_at").toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                paid == null ? null : paid.toInstant(),
                invoices);
    }
}
