package io.conversa.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.conversa.inbox.TemplateRequest;
import io.conversa.templates.Argument;
import io.conversa.templates.Binding;
import io.conversa.templates.TemplateArguments;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A template request written from arguments reads back as the same arguments, through its JSON too. */
class TemplateRequestArgumentsTest {

    static TemplateArguments roundTrip(TemplateArguments arguments) {
        TemplateRequest request = TemplateRequest.of("link_de_pago", "es", arguments);
        JsonMapper json = JsonMapper.shared();
        TemplateRequest overTheWire = json.readValue(json.writeValueAsString(request), TemplateRequest.class);
        assertThat(overTheWire.name()).isEqualTo("link_de_pago");
        assertThat(overTheWire.language()).isEqualTo("es");
        return TemplateRequestArguments.of(overTheWire);
    }

    @Test
    void positionalVariablesHeaderAndButtons() {
        TemplateArguments arguments = new TemplateArguments(
                List.of(Argument.bound(Binding.CUSTOMER_NAME), Argument.of("https://pay.example/pay/tok")),
                null,
                List.of(Argument.of("F-1001")),
                Map.of(0, Argument.of("tok"), 2, Argument.bound(Binding.PAYMENT_LINK)));

        assertThat(roundTrip(arguments)).isEqualTo(arguments);
    }

    @Test
    void namedVariables() {
        TemplateArguments arguments = new TemplateArguments(
                null,
                Map.of("nombre", Argument.bound(Binding.CUSTOMER_NAME), "link", Argument.of("https://x.example/p")),
                null,
                null);

        assertThat(roundTrip(arguments)).isEqualTo(arguments);
    }
}
