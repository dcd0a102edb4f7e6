package io.conversa.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** WhatsApp ids matched to stored customers through the database (the workspace's default country is Chile). */
@IntegrationTest
class FindByPhoneTests {

    @Autowired
    Customers customers;

    @Autowired
    TestData data;

    @BeforeEach
    void setUp() {
        data.clearReceivables();
    }

    private void customer(String ref, String phone) {
        customers.upsert(data.workspace(), new CustomerInput(ref, "Cliente " + ref, null, phone, null, List.of()));
    }

    private Optional<String> match(String waId) {
        return customers.findByPhone(data.workspace(), waId).map(CustomerView::externalRef);
    }

    @Test
    void matchesHoweverThePhoneWasTyped() {
        customer("CL-local", "9 8765 4321");
        customer("MX-modern", "+52 55 1234 5678");
        customer("MX-old", "+52 1 33 1234 5678");
        customer("AR-local", "+54 11 2345-6789");
        customer("BR-old", "+55 11 8765-4321");
        customer("CO", "+57 310 555 1234");

        assertThat(match("56987654321")).contains("CL-local");
        assertThat(match("5215512345678")).contains("MX-modern");
        assertThat(match("523312345678")).contains("MX-old");
        assertThat(match("5491123456789")).contains("AR-local");
        assertThat(match("5511987654321")).contains("BR-old");
        assertThat(match("573105551234")).contains("CO");
    }

    @Test
    void unknownAndMalformedIdsMatchNothing() {
        customer("CL", "9 8765 4321");
        assertThat(match("56987654322")).isEmpty();
        assertThat(match("not-a-number")).isEmpty();
        assertThat(match("")).isEmpty();
    }

    @Test
    void twoCandidatesAreNotGuessed() {
        customer("A", "+52 55 1234 5678");
        customer("B", "+52 1 55 1234 5678");
        assertThat(match("5215512345678")).isEmpty();
        assertThat(match("525512345678")).isEmpty();
    }

    @Test
    void changingThePhoneMovesTheMatch() {
        customer("A", "9 8765 4321");
        customer("A", "9 8765 0000");
        assertThat(match("56987654321")).isEmpty();
        assertThat(match("56987650000")).contains("A");
    }

    @Test
    void manyIdsAtOnceMatchAsOneByOne() {
        customer("CL", "9 8765 4321");
        customer("MX-old", "+52 1 33 1234 5678");
        customer("A", "+52 55 1234 5678");
        customer("B", "+52 1 55 1234 5678");
        List<String> waIds = List.of("56987654321", "523312345678", "5215512345678", "56911111111", "not-a-number");

        java.util.Map<String, java.util.UUID> found = customers.findByPhones(data.workspace(), waIds);

        assertThat(found).containsOnlyKeys("56987654321", "523312345678"); // two candidates are not guessed
        for (String waId : waIds) {
            assertThat(Optional.ofNullable(found.get(waId)))
                    .isEqualTo(customers.findByPhone(data.workspace(), waId).map(CustomerView::id));
        }
    }
}
