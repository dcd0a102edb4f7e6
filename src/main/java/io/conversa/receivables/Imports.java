package io.conversa.receivables;

import io.conversa.core.DomainException;
import io.conversa.core.MessageResolver;
import io.conversa.core.WorkspaceId;
import io.conversa.receivables.ImportReport.RejectedRow;
import io.conversa.receivables.internal.CsvFile;
import io.conversa.receivables.internal.CsvInputs;
import io.conversa.receivables.internal.LimitedInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CSV import of customers, invoices and payments. The file is read whole first (an unreadable file writes
 * nothing); then each row is upserted inside its own savepoint, so a rejected row writes nothing and good rows
 * are kept. Rows run in file order: a file may create a customer and then its invoices.
 */
@Service
public class Imports {

    static final int MAX_ROWS = 50_000;
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Customers customers;
    private final Invoices invoices;
    private final Payments payments;
    private final TransactionTemplate file;
    private final TransactionTemplate row;

    Imports(Customers customers, Invoices invoices, Payments payments, PlatformTransactionManager transactions) {
        this.customers = customers;
        this.invoices = invoices;
        this.payments = payments;
        this.file = new TransactionTemplate(transactions);
        this.row = new TransactionTemplate(transactions);
        this.row.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public ImportReport importCsv(WorkspaceId workspace, ImportKind kind, InputStream csv, MessageResolver messages) {
        List<CsvFile.Row> rows = CsvFile.read(new LimitedInputStream(csv, MAX_BYTES), kind.columns(), MAX_ROWS);
        return file.execute(status -> {
            int created = 0;
            int updated = 0;
            List<RejectedRow> rejected = new ArrayList<>();
            for (CsvFile.Row line : rows) {
                try {
                    boolean isNew = row.execute(s -> upsert(workspace, kind, line.values()));
                    created += isNew ? 1 : 0;
                    updated += isNew ? 0 : 1;
                } catch (DomainException e) {
                    rejected.add(new RejectedRow(line.line(), messages.describe(e)));
                } catch (DataAccessException e) {
                    rejected.add(new RejectedRow(
                            line.line(),
                            messages.resolve("error.csv.row", new Object[0], "The row could not be saved")));
                }
            }
            return new ImportReport(kind, created, updated, rejected);
        });
    }

    private boolean upsert(WorkspaceId workspace, ImportKind kind, Map<String, String> values) {
        if (values.containsKey("__extra")) {
            throw new DomainException(
                    DomainException.Kind.INVALID,
                    "error.csv.extraValues",
                    "The row has more values than the header has columns",
                    List.of());
        }
        return switch (kind) {
            case CUSTOMERS ->
                customers.upsert(workspace, CsvInputs.customer(values)).created();
            case INVOICES ->
                invoices.upsert(workspace, CsvInputs.invoice(values)).created();
            case PAYMENTS ->
                payments.record(workspace, CsvInputs.payment(values)).created();
        };
    }
}
