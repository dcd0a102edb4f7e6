package io.conversa.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.identity.Role;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class CsvImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    String token;

    @BeforeEach
    void setUp() {
        data.clearReceivables();
        token = data.apiToken();
    }

    ResultActions importCsv(String kind, String csv) throws Exception {
        return mvc.perform(post("/api/v1/imports/{kind}", kind)
                .header("Authorization", "Bearer " + token)
                .contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void goodFileCreatesThenUpdates() throws Exception {
        String csv = """
                externalRef,name,email,phone,taxId,tags
                C-1,Ferretería Los Andes SpA,pagos@losandes.cl,+56 9 8765 4321,76.123.456-0,vip|mayorista
                C-2,"Comercial Pérez, Hijos y Cía",,9 7654 3210,,
                """;
        importCsv("customers", csv)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.rejected.length()").value(0));
        importCsv("customers", csv)
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(2));
        assertThat(data.count("customer")).isEqualTo(2);
        assertThat(data.count("customer WHERE name = 'Comercial Pérez, Hijos y Cía'"))
                .isEqualTo(1);
    }

    @Test
    void badRowsAreRejectedWithTheirLineAndWriteNothingWhileGoodRowsAreKept() throws Exception {
        String csv = """
                externalRef,name,email,phone
                C-1,Buena Uno,uno@example.cl,9 8765 4321
                C-2,,dos@example.cl,9 8765 4322
                C-3,Teléfono Malo,tres@example.cl,123
                C-4,Correo Malo,no-es-correo,
                C-5,Buena Dos,,+52 55 1234 5678
                """;
        importCsv("customers", csv)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.rejected.length()").value(3))
                .andExpect(jsonPath("$.rejected[0].line").value(3))
                .andExpect(jsonPath("$.rejected[0].reason").value(containsString("name")))
                .andExpect(jsonPath("$.rejected[1].line").value(4))
                .andExpect(jsonPath("$.rejected[1].reason").value(containsString("123")))
                .andExpect(jsonPath("$.rejected[2].line").value(5));
        assertThat(data.count("customer")).isEqualTo(2);
        assertThat(data.count("customer WHERE external_ref IN ('C-2', 'C-3', 'C-4')"))
                .isZero();
    }

    @Test
    void everyKindOfBadInvoiceRowIsRejectedAndLaterRowsStillLoad() throws Exception {
        importCsv("customers", "externalRef,name\nC-1,Uno\n").andExpect(status().isOk());
        String invoices = """
                externalRef,customerExternalRef,number,issueDate,dueDate,amount,balance
                I-1,C-1,F-1,2026-01-01,2026-02-01,1000,
                I-2,C-1,F-2,2026-01-01,2026-02-01,1000,2000
                I-3,C-9,F-3,2026-01-01,2026-02-01,1000,
                I-4,C-1,F-4,01/03/2026,31/03/2026,abc,
                I-5,C-1,F-5,2026-03-01,2026-02-01,10,
                I-6,C-1,F-6,15/03/2026,15/04/2026,2500,
                """;
        importCsv("invoices", invoices)
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.rejected[*].line").value(org.hamcrest.Matchers.contains(3, 4, 5, 6)));
        assertThat(data.count("invoice")).isEqualTo(2);
    }

    @Test
    void spreadsheetExportsWithATrailingDelimiterAndImpossibleDates() throws Exception {
        importCsv("customers", "externalRef;name;\nC-1;Uno;\n")
                .andExpect(jsonPath("$.created").value(1));
        importCsv("invoices", """
                        externalRef,customerExternalRef,number,issueDate,dueDate,amount,
                        I-1,C-1,F-1,01/02/2026,31/02/2026,1000,
                        I-2,C-1,F-2,01/02/2026,28/02/2026,1000,
                        """)
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.rejected[0].line").value(2))
                .andExpect(jsonPath("$.rejected[0].reason").value(containsString("31/02/2026")));
    }

    @Test
    void paymentsFileAppliesToInvoices() throws Exception {
        importCsv("customers", "externalRef,name\nC-1,Uno\n");
        importCsv(
                "invoices",
                "externalRef;customerExternalRef;number;issueDate;dueDate;amount\n"
                        + "I-1;C-1;F-1;2026-01-01;2026-02-01;1000\nI-2;C-1;F-2;2026-01-01;2026-03-01;1000\n");
        importCsv(
                        "payments",
                        "externalRef,customerExternalRef,invoiceExternalRefs,amount,paidAt,method\n"
                                + "P-1,C-1,I-1|I-2,1500,2026-03-05,transferencia\n")
                .andExpect(jsonPath("$.created").value(1));
        assertThat(data.count("invoice WHERE external_ref = 'I-1' AND balance = 0 AND status = 'paid'"))
                .isEqualTo(1);
        assertThat(data.count("invoice WHERE external_ref = 'I-2' AND balance = 500 AND status = 'open'"))
                .isEqualTo(1);
    }

    @Test
    void unreadableFilesAreRefusedWholeAndWriteNothing() throws Exception {
        importCsv("customers", "externalRef,name,colorFavorito\nC-1,Uno,azul\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("colorFavorito")));
        importCsv("customers", "externalRef,name\nC-1,Uno\nC-2,\"sin cerrar\n").andExpect(status().isBadRequest());
        importCsv("customers", "").andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/imports/customers")
                        .header("Authorization", "Bearer " + token)
                        .contentType("text/csv")
                        .content(new byte[] {
                            'e', 'x', 't', 'e', 'r', 'n', 'a', 'l', 'R', 'e', 'f', '\n', (byte) 0xC3, (byte) 0x28, '\n'
                        }))
                .andExpect(status().isBadRequest());
        importCsv("unicorns", "externalRef\nX\n").andExpect(status().isNotFound());
        assertThat(data.count("customer")).isZero();
    }

    @Test
    void importPageShowsTheReport() throws Exception {
        var session = io.conversa.identity.TestLogins.login(mvc, data.user(Role.AGENT));
        var file = new MockMultipartFile(
                "file",
                "clientes.csv",
                "text/csv",
                "externalRef,name,phone\nC-1,Uno,9 8765 4321\nC-2,Dos,12\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/customers/import")
                        .file(file)
                        .param("kind", "customers")
                        .with(csrf())
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("import-summary")))
                .andExpect(content().string(containsString("«12» no es un número de teléfono válido.")));
        assertThat(data.count("customer")).isEqualTo(1);
    }
}
