package io.conversa.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.conversa.core.WorkspaceId;
import io.conversa.templates.Argument;
import io.conversa.templates.Binding;
import io.conversa.templates.TemplateArguments;
import io.conversa.templates.spi.VariableSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VariableSourcesTest {

    static final WorkspaceId WORKSPACE = new WorkspaceId(UUID.randomUUID());
    static final UUID CUSTOMER = UUID.randomUUID();

    /** A payment-link source that counts how often it is asked. */
    static final class Links implements VariableSource {

        final List<String> asked = new ArrayList<>();
        final String link;

        Links(String link) {
            this.link = link;
        }

        @Override
        public Set<String> keys() {
            return Set.of("payment.link");
        }

        @Override
        public Optional<String> value(WorkspaceId workspace, UUID customerId, String key) {
            asked.add(key);
            return Optional.ofNullable(link);
        }
    }

    @Test
    void aSourceIsNotAskedWhenNoVariableIsBoundToItsKeys() {
        Links links = new Links("https://pay.example/tok");
        TemplateArguments arguments = new TemplateArguments(
                List.of(Argument.bound(Binding.CUSTOMER_NAME), Argument.of("https://typed.example/x")),
                null,
                null,
                Map.of(0, Argument.of("tok")));

        assertThat(VariableSources.values(List.of(links), WORKSPACE, CUSTOMER, arguments.boundKeys()))
                .isEmpty();
        assertThat(links.asked).isEmpty();
    }

    @Test
    void aBoundKeyIsAskedOnceWhereverItIsBound() {
        Links links = new Links("https://pay.example/tok");
        TemplateArguments arguments = new TemplateArguments(
                List.of(Argument.bound(Binding.CUSTOMER_NAME), Argument.bound(Binding.PAYMENT_LINK)),
                null,
                null,
                Map.of(0, new Argument(null, " payment.link ")));

        assertThat(arguments.boundKeys()).containsExactlyInAnyOrder("customer.name", "payment.link");
        assertThat(VariableSources.values(List.of(links), WORKSPACE, CUSTOMER, arguments.boundKeys()))
                .containsExactly(Map.entry("payment.link", "https://pay.example/tok"));
        assertThat(links.asked).containsExactly("payment.link");
    }

    @Test
    void aCustomerWithoutTheDataGetsNoValue() {
        Links none = new Links(null);

        assertThat(VariableSources.values(List.of(none), WORKSPACE, CUSTOMER, Set.of("payment.link")))
                .isEmpty();
        assertThat(none.asked).containsExactly("payment.link");
    }
}
