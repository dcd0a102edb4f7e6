package io.conversa.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.conversa.core.DomainException;
import io.conversa.core.FieldProblem;
import io.conversa.core.WorkspaceId;
import io.conversa.identity.Role;
import io.conversa.identity.Workspaces;
import io.conversa.receivables.CustomerInput;
import io.conversa.receivables.Customers;
import io.conversa.receivables.InvoiceInput;
import io.conversa.receivables.Invoices;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The facade on the real database: validation, uniqueness, tenancy and expansion with receivables data. */
@IntegrationTest
class CannedRepliesTests {

    @Autowired
    CannedReplies replies;

    @Autowired
    Customers customers;

    @Autowired
    Invoices invoices;

    @Autowired
    Workspaces workspaces;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    WorkspaceId workspace;
    WorkspaceId other;

    @BeforeEach
    void setUp() {
        CannedReplyFixtures.clearReplies(jdbc);
        data.clearReceivables();
        workspace = data.workspace();
        other = CannedReplyFixtures.otherWorkspace(jdbc);
    }

    CannedReplyView create(WorkspaceId in, String shortcut, String text) {
        return replies.create(in, null, new CannedReplyInput(shortcut, "Título " + shortcut, text));
    }

    @Test
    void createdRepliesAreListedByShortcutChangedAndDeleted() {
        UUID author = data.userId(data.user(Role.AGENT));
        CannedReplyView saldo = replies.create(workspace, author, new CannedReplyInput(" /Saldo ", " Saldo ", "Hola"));
        create(workspace, "gracias", "Gracias");

        assertThat(saldo.shortcut()).isEqualTo("saldo");
        assertThat(saldo.title()).isEqualTo("Saldo");
        assertThat(saldo.createdBy()).isEqualTo(author);
        assertThat(replies.list(workspace, null))
                .extracting(CannedReplyView::shortcut)
                .containsExactly("gracias", "saldo");
        assertThat(replies.list(workspace, "/sal"))
                .extracting(CannedReplyView::shortcut)
                .containsExactly("saldo");

        CannedReplyView changed = replies.update(
                workspace, saldo.id(), new CannedReplyInput("saldo-total", "Saldo total", "Hola {{nombre}}"));
        assertThat(replies.get(workspace, saldo.id())).isEqualTo(changed);
        assertThat(changed.createdAt()).isEqualTo(saldo.createdAt());
        assertThat(changed.createdBy()).isEqualTo(author);

        replies.delete(workspace, saldo.id());
        assertThat(replies.list(workspace, ""))
                .extracting(CannedReplyView::shortcut)
                .containsExactly("gracias");
    }

    @Test
    void invalidRepliesAreRefusedWithEveryProblemAndNothingIsStored() {
        assertThat(problem(() -> create(workspace, "Dos palabras", "Hola {{monto}}")))
                .satisfies(e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID))
                .extracting(DomainException::fieldProblems)
                .satisfies(problems -> assertThat(problems)
                        .extracting(FieldProblem::messageKey)
                        .containsExactly("replies.error.shortcut", "replies.error.unknownVariables"));
        assertThat(data.count("canned_reply")).isZero();
    }

    @Test
    void aShortcutIsUniqueWithinItsWorkspaceOnly() {
        CannedReplyView saldo = create(workspace, "saldo", "Hola");
        CannedReplyView gracias = create(workspace, "gracias", "Gracias");

        DomainException taken = problem(() -> create(workspace, "SALDO", "Otra"));
        assertThat(taken.kind()).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(taken.fieldProblems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("shortcut");
            assertThat(p.messageKey()).isEqualTo("replies.error.shortcutTaken");
            assertThat(p.arguments()).containsExactly("saldo");
        });
        assertThat(problem(() -> replies.update(workspace, gracias.id(), new CannedReplyInput("saldo", "T", "x")))
                        .kind())
                .isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(problem(() -> create(workspace, "saldo", "")).fieldProblems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("replies.error.shortcutTaken", "replies.error.textRequired");

        replies.update(workspace, saldo.id(), new CannedReplyInput("saldo", "Nuevo título", "Hola"));
        assertThat(create(other, "saldo", "Hola").shortcut()).isEqualTo("saldo");
    }

    @Test
    void anotherWorkspaceCannotReadChangeDeleteOrExpandAReply() {
        UUID id = create(workspace, "saldo", "Hola {{nombre}}").id();
        CannedReplyInput change = new CannedReplyInput("saldo", "T", "x");

        assertNotFound(() -> replies.get(other, id));
        assertNotFound(() -> replies.update(other, id, change));
        assertNotFound(() -> replies.delete(other, id));
        assertNotFound(() -> replies.expand(other, id, new ReplyContext(null, "Ana", "Diego")));
        assertThat(replies.list(other, null)).isEmpty();
        assertThat(replies.get(workspace, id).text()).isEqualTo("Hola {{nombre}}");
    }

    @Test
    void expansionFillsEveryVariableFromTheLinkedCustomer() {
        UUID customer = customerOwing();
        UUID id = create(
                        workspace,
                        "saldo",
                        "Hola {{nombre}}, debe {{saldo}} en {{facturas_vencidas}} facturas vencidas. {{agente}}, {{empresa}}")
                .id();

        ExpandedReply reply = replies.expand(workspace, id, new ReplyContext(customer, "Perfil WA", "Diego Rojas"));

        String company = workspaces.get(workspace).name();
        assertThat(reply.text())
                .isEqualTo("Hola Ferretería Los Andes, debe $50.000 en 2 facturas vencidas. Diego Rojas, " + company);
        assertThat(reply.missing()).isEmpty();
    }

    @Test
    void withoutALinkedCustomerTheNameIsTheProfileNameAndTheAccountIsReportedMissing() {
        UUID id = create(workspace, "saldo", "Hola {{nombre}}, su saldo es {{saldo}} ({{facturas_vencidas}}).")
                .id();

        ExpandedReply withProfile = replies.expand(workspace, id, new ReplyContext(null, "Pedro", "Diego"));
        assertThat(withProfile.text()).isEqualTo("Hola Pedro, su saldo es [saldo] ([facturas vencidas]).");
        assertThat(withProfile.missing()).containsExactly("saldo", "facturas_vencidas");

        ExpandedReply anonymous = replies.expand(workspace, id, new ReplyContext(null, " ", null));
        assertThat(anonymous.text()).startsWith("Hola cliente, ");
        assertThat(anonymous.missing()).containsExactly("nombre", "saldo", "facturas_vencidas");
    }

    @Test
    void aCustomerWithNothingOwedHasAZeroBalance() {
        UUID customer = customers
                .upsert(workspace, new CustomerInput("C-2", "Al Día Ltda.", null, null, null, List.of()))
                .value()
                .id();
        UUID id = create(workspace, "saldo", "{{saldo}} / {{facturas_vencidas}} / {{agente}}")
                .id();

        ExpandedReply reply = replies.expand(workspace, id, new ReplyContext(customer, null, null));

        assertThat(reply.text()).isEqualTo("$0 / 0 / [agente]");
        assertThat(reply.missing()).containsExactly("agente");
    }

    @Test
    void aCustomerOfAnotherWorkspaceIsNotFound() {
        UUID id = create(workspace, "saldo", "{{nombre}}").id();

        assertNotFound(() -> replies.expand(workspace, id, new ReplyContext(UUID.randomUUID(), null, "Diego")));
    }

    /** A customer with two overdue invoices (30,000 and 15,000 CLP) and one of 5,000 not yet due. */
    UUID customerOwing() {
        UUID customer = customers
                .upsert(workspace, new CustomerInput("C-1", "Ferretería Los Andes", null, null, null, List.of()))
                .value()
                .id();
        LocalDate today = workspaces.today(workspace);
        invoice("F-1", customer, today.minusDays(40), "30000");
        invoice("F-2", customer, today.minusDays(5), "15000");
        invoice("F-3", customer, today.plusDays(10), "5000");
        return customer;
    }

    void invoice(String number, UUID customer, LocalDate due, String total) {
        BigDecimal amount = new BigDecimal(total);
        invoices.upsert(
                workspace,
                new InvoiceInput(
                        number, customer, null, number, due.minusDays(30), due, amount, amount, "CLP", "open"));
    }

    static DomainException problem(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainException.class);
        return (DomainException) thrown;
    }

    static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }
}
