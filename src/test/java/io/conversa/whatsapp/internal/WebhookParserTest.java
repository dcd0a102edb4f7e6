package io.conversa.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.conversa.inbox.InboundMessage;
import io.conversa.inbox.MessageType;
import io.conversa.inbox.StatusUpdate;
import io.conversa.whatsapp.internal.ParsedWebhook.Change;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

class WebhookParserTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final WebhookParser parser = new WebhookParser(MAPPER);

    private static byte[] fixture(String name) {
        try (InputStream in = WebhookParserTest.class.getResourceAsStream("/webhooks/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Change onlyChange(String fixture) {
        List<Change> changes = parser.parse(fixture(fixture)).changes();
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).skipped()).isEmpty();
        return changes.get(0);
    }

    private InboundMessage message(String fixture, String waMessageId) {
        return onlyChange(fixture).messages().stream()
                .filter(m -> m.waMessageId().equals(waMessageId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(waMessageId + " not parsed from " + fixture));
    }

    @Nested
    class TextAndIdentity {

        @Test
        void textMessageTakesSenderIdentityFromItsContact() {
            Change change = onlyChange("text-with-contact.json");

            assertThat(change.field()).isEqualTo("messages");
            assertThat(change.phoneNumberId()).isEqualTo("110200300400500");
            assertThat(change.displayPhoneNumber()).isEqualTo("15550001111");
            assertThat(change.statuses()).isEmpty();
            assertThat(change.messages()).singleElement().satisfies(m -> {
                assertThat(m.waMessageId())
                        .isEqualTo("wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFjNFQjBBMUI3QzlEMkU0RjVBNjc4OTAA");
                assertThat(m.waId()).isEqualTo("5215512345678");
                assertThat(m.userId()).isEqualTo("MX.1340988776655443");
                assertThat(m.profileName()).isEqualTo("Ana María Pérez");
                assertThat(m.timestamp()).isEqualTo(Instant.ofEpochSecond(1732451001L));
                assertThat(m.type()).isEqualTo(MessageType.TEXT);
                assertThat(m.text()).isEqualTo("Buenas tardes, ya hice la transferencia de la factura 10234");
                assertThat(m.payload()).isNull();
                assertThat(m.media()).isNull();
                assertThat(m.location()).isNull();
                assertThat(m.replyToWaMessageId()).isNull();
                assertThat(m.newWaId()).isNull();
                assertThat(m.errorCode()).isNull();
            });
        }

        @Test
        void unicodeEscapesInTheBodyAreDecoded() {
            InboundMessage m = message(
                    "text-escaped-non-ascii.json", "wamid.HBgLNTY5ODc2NTQzMjEVAgASGBQzQTlGMkU4QjdDNkQ1RTRGM0EyMQA=");

            assertThat(new String(fixture("text-escaped-non-ascii.json"), StandardCharsets.US_ASCII))
                    .contains("\\u00bfc\\u00f3mo est\\u00e1? \\ud83d\\ude00");
            assertThat(m.text()).isEqualTo("Hola, ¿cómo está? 😀");
            assertThat(m.profileName()).isEqualTo("José Ñuñez");
        }

        @Test
        void usernameOnlySenderHasNoWaIdButKeepsItsUserId() {
            InboundMessage m = message("username-only.json", "wamid.USERNAME01");

            assertThat(m.waId()).isNull();
            assertThat(m.userId()).isEqualTo("CL.1410018717833190");
            assertThat(m.profileName()).isEqualTo("Valentina");
            assertThat(m.text()).isEqualTo("Hola, quiero repactar mi deuda");
        }

        @Test
        void eachSenderGetsTheNameOfItsOwnContact() {
            Change first = parser.parse(fixture("multi-entry.json")).changes().get(0);

            assertThat(first.messages())
                    .extracting(InboundMessage::waId, InboundMessage::profileName)
                    .containsExactly(tuple("5215512345678", "Ana"), tuple("5491123456789", "Carlos"));
        }

        @Test
        void rawJsonIsTheMessageObject() {
            InboundMessage m = message(
                    "text-with-contact.json", "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFjNFQjBBMUI3QzlEMkU0RjVBNjc4OTAA");

            JsonNode raw = MAPPER.readTree(m.rawJson());
            assertThat(raw.get("id").asString()).isEqualTo(m.waMessageId());
            assertThat(raw.get("text").get("body").asString()).isEqualTo(m.text());
            assertThat(raw.has("contacts")).isFalse();
        }
    }

    @Nested
    class Media {

        @Test
        void imageWithCaption() {
            InboundMessage m = message("media.json", "wamid.IMAGE01");

            assertThat(m.type()).isEqualTo(MessageType.IMAGE);
            assertThat(m.text()).isEqualTo("Comprobante de pago");
            assertThat(m.media())
                    .isEqualTo(new InboundMessage.Media(
                            "1029384756102938",
                            "image/jpeg",
                            "u7T3kq9P1Vx0p3Zb2H3m2eGq0d9E7Vb6n2tQm5sQy1k=",
                            null,
                            false));
            assertThat(m.profileName()).isEqualTo("Carlos Rojas");
        }

        @Test
        void voiceNote() {
            InboundMessage m = message("media.json", "wamid.AUDIO01");

            assertThat(m.type()).isEqualTo(MessageType.AUDIO);
            assertThat(m.text()).isNull();
            assertThat(m.media().mediaId()).isEqualTo("2039485761203948");
            assertThat(m.media().mimeType()).isEqualTo("audio/ogg; codecs=opus");
            assertThat(m.media().voice()).isTrue();
        }

        @Test
        void videoWithoutCaption() {
            InboundMessage m = message("media.json", "wamid.VIDEO01");

            assertThat(m.type()).isEqualTo(MessageType.VIDEO);
            assertThat(m.text()).isNull();
            assertThat(m.media().mediaId()).isEqualTo("3048576120394857");
            assertThat(m.media().mimeType()).isEqualTo("video/mp4");
            assertThat(m.media().voice()).isFalse();
        }

        @Test
        void documentWithFilenameAndCaption() {
            InboundMessage m = message("media.json", "wamid.DOCUMENT01");

            assertThat(m.type()).isEqualTo(MessageType.DOCUMENT);
            assertThat(m.text()).isEqualTo("Estado de cuenta octubre");
            assertThat(m.media().filename()).isEqualTo("estado_cuenta_octubre.pdf");
            assertThat(m.media().mimeType()).isEqualTo("application/pdf");
            assertThat(m.replyToWaMessageId())
                    .as("a forwarded context has no id")
                    .isNull();
        }

        @Test
        void sticker() {
            InboundMessage m = message("media.json", "wamid.STICKER01");

            assertThat(m.type()).isEqualTo(MessageType.STICKER);
            assertThat(m.text()).isNull();
            assertThat(m.media().mediaId()).isEqualTo("5061203948576120");
            assertThat(m.media().mimeType()).isEqualTo("image/webp");
        }
    }

    @Nested
    class LocationAndContacts {

        @Test
        void locationWithNameAddressAndUrl() {
            InboundMessage m = message("location-and-contacts.json", "wamid.LOCATION01");

            assertThat(m.type()).isEqualTo(MessageType.LOCATION);
            assertThat(m.text()).isEqualTo("Oficina principal");
            assertThat(m.location())
                    .isEqualTo(new InboundMessage.Location(
                            new BigDecimal("4.60971"),
                            new BigDecimal("-74.08175"),
                            "Oficina principal",
                            "Cra. 7 #32-16, Bogotá",
                            "https://maps.google.com/?cid=1234567890123456789"));
        }

        @Test
        void coordinatesKeepEveryDigitAsWritten() {
            InboundMessage m = message("location-and-contacts.json", "wamid.LOCATION02");

            assertThat(m.location().latitude()).isEqualTo(new BigDecimal("19.432607712345678901"));
            assertThat(m.location().longitude()).isEqualTo(new BigDecimal("-99.13320800"));
            assertThat(m.text()).as("address when there is no name").isEqualTo("Av. Juárez 10, CDMX");
        }

        @Test
        void bareCurrentLocationHasNoText() {
            InboundMessage m = message("location-and-contacts.json", "wamid.LOCATION03");

            assertThat(m.text()).isNull();
            assertThat(m.location().latitude()).isEqualByComparingTo("-33.4489");
            assertThat(m.location().name()).isNull();
            assertThat(m.location().url()).isNull();
        }

        @Test
        void sharedContactsShowTheirNames() {
            InboundMessage m = message("location-and-contacts.json", "wamid.CONTACTS01");

            assertThat(m.type()).isEqualTo(MessageType.CONTACTS);
            assertThat(m.text()).isEqualTo("María López, Tesorería");
            assertThat(m.profileName()).as("the sender, not a shared contact").isEqualTo("Lucía Gómez");
            assertThat(m.rawJson()).contains("573007654321");
        }
    }

    @Nested
    class Replies {

        @Test
        void buttonReply() {
            InboundMessage m = message("replies.json", "wamid.BUTTONREPLY01");

            assertThat(m.type()).isEqualTo(MessageType.INTERACTIVE);
            assertThat(m.text()).isEqualTo("Pago el viernes");
            assertThat(m.payload()).isEqualTo("PROMISE_FRIDAY");
            assertThat(m.replyToWaMessageId()).isEqualTo("wamid.OUT-BUTTONS");
        }

        @Test
        void listReply() {
            InboundMessage m = message("replies.json", "wamid.LISTREPLY01");

            assertThat(m.type()).isEqualTo(MessageType.INTERACTIVE);
            assertThat(m.text()).isEqualTo("3 cuotas");
            assertThat(m.payload()).isEqualTo("PLAN_3");
            assertThat(m.replyToWaMessageId()).isEqualTo("wamid.OUT-LIST");
        }

        @Test
        void flowReply() {
            InboundMessage m = message("replies.json", "wamid.FLOW01");

            assertThat(m.type()).isEqualTo(MessageType.INTERACTIVE);
            assertThat(m.text()).isEqualTo("Sent");
            assertThat(m.payload()).isEqualTo("{\"flow_token\":\"tok-7\",\"fecha_pago\":\"2024-11-29\"}");
        }

        @Test
        void templateQuickReplyButton() {
            InboundMessage m = message("replies.json", "wamid.BUTTON01");

            assertThat(m.type()).isEqualTo(MessageType.BUTTON);
            assertThat(m.text()).isEqualTo("Ya pagué");
            assertThat(m.payload()).isEqualTo("PAGUE");
            assertThat(m.replyToWaMessageId()).isEqualTo("wamid.OUT-TEMPLATE");
        }

        @Test
        void textReplyingToAMessage() {
            InboundMessage m = message("replies.json", "wamid.REPLY01");

            assertThat(m.type()).isEqualTo(MessageType.TEXT);
            assertThat(m.text()).isEqualTo("¿Me puede enviar el link de pago?");
            assertThat(m.replyToWaMessageId()).isEqualTo("wamid.OUT-REMINDER");
        }

        @Test
        void reaction() {
            InboundMessage m = message("reactions.json", "wamid.REACTION01");

            assertThat(m.type()).isEqualTo(MessageType.REACTION);
            assertThat(m.text()).isEqualTo("👍");
            assertThat(m.replyToWaMessageId()).isEqualTo("wamid.OUT-REMINDER");
        }

        @Test
        void reactionRemovedHasEmptyText() {
            assertThat(message("reactions.json", "wamid.REACTION02"))
                    .satisfies(m -> assertThat(m.text()).isEmpty())
                    .satisfies(m -> assertThat(m.replyToWaMessageId()).isEqualTo("wamid.OUT-REMINDER"));
            assertThat(message("reactions.json", "wamid.REACTION03"))
                    .satisfies(m -> assertThat(m.text()).as("emoji omitted").isEmpty())
                    .satisfies(m -> assertThat(m.replyToWaMessageId()).isEqualTo("wamid.OUT-OTHER"));
        }
    }

    @Nested
    class OtherTypes {

        @Test
        void unsupportedKeepsItsErrorCode() {
            InboundMessage m = message("unsupported-and-unknown.json", "wamid.UNSUPPORTED01");

            assertThat(m.type()).isEqualTo(MessageType.UNSUPPORTED);
            assertThat(m.text()).isNull();
            assertThat(m.errorCode()).isEqualTo("131051");
            assertThat(m.rawJson()).contains("Message type is currently not supported.");
        }

        @Test
        void unknownTypeKeepsItsErrorCode() {
            InboundMessage m = message("unsupported-and-unknown.json", "wamid.UNKNOWN01");

            assertThat(m.type()).isEqualTo(MessageType.UNKNOWN);
            assertThat(m.text()).isNull();
            assertThat(m.errorCode()).isEqualTo("131051");
        }

        @Test
        void typeThisVersionDoesNotKnowIsUnknownWithItsRawJson() {
            InboundMessage m = message("unsupported-and-unknown.json", "wamid.FUTURE01");

            assertThat(m.type()).isEqualTo(MessageType.UNKNOWN);
            assertThat(m.text()).isNull();
            assertThat(m.errorCode()).isNull();
            assertThat(MAPPER.readTree(m.rawJson()).at("/poll_vote/poll_id").asString())
                    .isEqualTo("wamid.OUT-POLL");
        }

        @Test
        void orderIsSummarised() {
            InboundMessage m = message("unsupported-and-unknown.json", "wamid.ORDER01");

            assertThat(m.type()).isEqualTo(MessageType.ORDER);
            assertThat(m.text()).startsWith("Pedido: 3 productos").contains("Para el local 4");
        }

        @Test
        void userChangedNumberCarriesTheNewWaId() {
            InboundMessage m = message("system-edit-revoke.json", "wamid.SYSTEM01");

            assertThat(m.type()).isEqualTo(MessageType.SYSTEM);
            assertThat(m.text()).isEqualTo("Pedro Silva changed from 5511987654321 to 5511912345678");
            assertThat(m.waId()).isEqualTo("5511987654321");
            assertThat(m.newWaId()).isEqualTo("5511912345678");
            assertThat(m.userId()).isEqualTo("BR.2211334455667788");
        }

        @Test
        void userChangedNumberInTheOlderShapeUsesNewWaId() {
            assertThat(message("system-edit-revoke.json", "wamid.SYSTEM02").newWaId())
                    .isEqualTo("5511922223333");
        }

        @Test
        void otherSystemMessagesHaveNoNewWaId() {
            InboundMessage m = message("system-edit-revoke.json", "wamid.SYSTEM03");

            assertThat(m.text()).isEqualTo("User identity changed");
            assertThat(m.newWaId()).isNull();
        }

        @Test
        void editCarriesTheNewTextAndTheOriginalId() {
            InboundMessage m = message("system-edit-revoke.json", "wamid.EDIT01");

            assertThat(m.type()).isEqualTo(MessageType.EDIT);
            assertThat(m.text()).isEqualTo("Pago el lunes, no el viernes");
            assertThat(m.replyToWaMessageId()).isEqualTo("wamid.ORIGINAL-TEXT");
        }

        @Test
        void editOfACaptionCarriesTheNewCaption() {
            InboundMessage m = message("system-edit-revoke.json", "wamid.EDIT02");

            assertThat(m.text()).isEqualTo("Comprobante corregido");
            assertThat(m.replyToWaMessageId()).isEqualTo("wamid.ORIGINAL-IMAGE");
        }

        @Test
        void revokeRefersToTheDeletedMessage() {
            InboundMessage m = message("system-edit-revoke.json", "wamid.REVOKE01");

            assertThat(m.type()).isEqualTo(MessageType.REVOKE);
            assertThat(m.text()).isNull();
            assertThat(m.replyToWaMessageId()).isEqualTo("wamid.ORIGINAL-TEXT");
        }
    }

    @Nested
    class Statuses {

        private final List<StatusUpdate> statuses = onlyChange("statuses.json").statuses();

        @Test
        void everyStatusOfTheDeliveryIsRead() {
            assertThat(statuses)
                    .extracting(StatusUpdate::waMessageId, StatusUpdate::status)
                    .containsExactly(
                            tuple("wamid.OUT-001", "sent"),
                            tuple("wamid.OUT-001", "delivered"),
                            tuple("wamid.OUT-001", "read"),
                            tuple("wamid.OUT-002", "failed"),
                            tuple("wamid.OUT-003", "sent"),
                            tuple("wamid.OUT-004", "played"),
                            tuple("wamid.OUT-005", "failed"));
        }

        @Test
        void sentStatus() {
            StatusUpdate sent = statuses.get(0);

            assertThat(sent.timestamp()).isEqualTo(Instant.ofEpochSecond(1732459000L));
            assertThat(sent.recipientWaId()).isEqualTo("5215512345678");
            assertThat(sent.errorCode()).isNull();
            assertThat(sent.errorTitle()).isNull();
            assertThat(sent.errorDetails()).isNull();
            assertThat(sent.bizOpaqueCallbackData()).isNull();
            assertThat(MAPPER.readTree(sent.rawJson())
                            .at("/conversation/origin/type")
                            .asString())
                    .isEqualTo("utility");
        }

        @Test
        void failedStatusKeepsItsFirstError() {
            StatusUpdate failed = statuses.get(3);

            assertThat(failed.recipientWaId()).isEqualTo("56987654321");
            assertThat(failed.errorCode()).isEqualTo(131026);
            assertThat(failed.errorTitle()).isEqualTo("Message undeliverable");
            assertThat(failed.errorDetails()).isEqualTo("Message Undeliverable.");
        }

        @Test
        void errorWithoutDetailsFallsBackToItsMessage() {
            StatusUpdate failed = statuses.get(6);

            assertThat(failed.errorCode()).isEqualTo(131047);
            assertThat(failed.errorDetails()).isEqualTo("Re-engagement message");
        }

        @Test
        void bizOpaqueCallbackDataIsEchoed() {
            assertThat(statuses.get(4).bizOpaqueCallbackData()).isEqualTo("bulk:42:recipient:7");
        }
    }

    @Test
    void valueLevelErrorsAreKept() {
        Change change = onlyChange("value-errors.json");

        assertThat(change.messages()).isEmpty();
        assertThat(change.statuses()).isEmpty();
        assertThat(change.errors())
                .containsExactly(new ValueError(
                        130429,
                        "Rate limit hit",
                        "(#130429) Rate limit hit",
                        "Cloud API message throughput has been reached."));
    }

    @Test
    void templateStatusQualityAndCategoryUpdates() {
        List<Change> changes = parser.parse(fixture("template-status.json")).changes();

        assertThat(changes).hasSize(4).allSatisfy(c -> {
            assertThat(c.phoneNumberId()).isNull();
            assertThat(c.messages()).isEmpty();
            assertThat(c.skipped()).isEmpty();
            assertThat(c.templateUpdates()).hasSize(1);
        });
        TemplateStatusUpdate approved = changes.get(0).templateUpdates().get(0);
        assertThat(approved.templateId()).isEqualTo("1234567890123456");
        assertThat(approved.name()).isEqualTo("recordatorio_pago");
        assertThat(approved.language()).isEqualTo("es_MX");
        assertThat(approved.event()).isEqualTo("APPROVED");
        assertThat(approved.reason()).isEqualTo("NONE");
        TemplateStatusUpdate rejected = changes.get(1).templateUpdates().get(0);
        assertThat(rejected.event()).isEqualTo("REJECTED");
        assertThat(rejected.reason()).isEqualTo("INCORRECT_CATEGORY");
        assertThat(rejected.rawJson()).contains("other_info");
        assertThat(changes.get(2).templateUpdates().get(0).event()).isEqualTo("QUALITY:YELLOW");
        assertThat(changes.get(3).templateUpdates().get(0).event()).isEqualTo("CATEGORY:MARKETING");
    }

    @Test
    void everyEntryAndEveryChangeOfOnePostIsReturned() {
        ParsedWebhook parsed = parser.parse(fixture("multi-entry.json"));

        assertThat(parsed.changes())
                .extracting(Change::field)
                .containsExactly(
                        "messages", "messages", "messages", "account_update", "message_template_status_update");
        assertThat(parsed.changes())
                .extracting(Change::phoneNumberId)
                .containsExactly("110200300400500", "110200300400500", "220300400500600", null, null);
        assertThat(parsed.messages())
                .extracting(InboundMessage::waMessageId, InboundMessage::text)
                .containsExactly(
                        tuple("wamid.MULTI-A1", "Primero"),
                        tuple("wamid.MULTI-A2", "Segundo"),
                        tuple("wamid.MULTI-B1", "Tercero"));
        assertThat(parsed.statuses())
                .extracting(StatusUpdate::waMessageId)
                .containsExactly("wamid.OUT-MULTI-1", "wamid.OUT-MULTI-2");
        assertThat(parsed.changes().get(4).templateUpdates())
                .extracting(TemplateStatusUpdate::event, TemplateStatusUpdate::reason)
                .containsExactly(tuple("PAUSED", "LOW_QUALITY"));
    }

    @Test
    void unknownFieldYieldsAnEmptyChangeWithItsRawValue() {
        Change accountUpdate =
                parser.parse(fixture("multi-entry.json")).changes().get(3);

        assertThat(accountUpdate.messages()).isEmpty();
        assertThat(accountUpdate.statuses()).isEmpty();
        assertThat(accountUpdate.templateUpdates()).isEmpty();
        assertThat(accountUpdate.errors()).isEmpty();
        assertThat(accountUpdate.skipped()).isEmpty();
        assertThat(MAPPER.readTree(accountUpdate.rawValue()).get("event").asString())
                .isEqualTo("ACCOUNT_UPDATE_SAMPLE");
    }

    @Test
    void oneBadItemDoesNotLoseTheOthers() {
        List<Change> changes =
                parser.parse(fixture("batch-with-bad-message.json")).changes();

        assertThat(changes).hasSize(1);
        Change change = changes.get(0);
        assertThat(change.messages())
                .extracting(InboundMessage::waMessageId)
                .containsExactly("wamid.GOOD-1", "wamid.GOOD-2", "wamid.GOOD-3");
        assertThat(change.messages().get(1).media())
                .as("image without its object")
                .isNull();
        assertThat(change.messages().get(2).location())
                .as("location that is not an object")
                .isNull();
        assertThat(change.statuses()).singleElement().satisfies(s -> {
            assertThat(s.waMessageId()).isEqualTo("wamid.OUT-Y");
            assertThat(s.errorCode()).isNull();
        });
        assertThat(change.skipped())
                .containsExactly(
                        "messages[1]: missing id",
                        "messages[2] wamid.BAD-TS: timestamp \"ayer\" is not Unix seconds",
                        "messages[4]: not an object",
                        "statuses[0] wamid.OUT-X: missing timestamp");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not json",
                "{\"object\": \"whatsapp_business_account\", \"entry\": [",
                "[]",
                "\"whatsapp_business_account\"",
                "null",
                "{}",
                "{\"object\": \"page\", \"entry\": []}",
                "{\"object\": \"whatsapp_business_account\"}",
                "{\"object\": \"whatsapp_business_account\", \"entry\": {}}",
                "{\"object\": \"whatsapp_business_account\", \"entry\": []} trailing"
            })
    void malformedBodyIsRejected(String body) {
        assertThatThrownBy(() -> parser.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedWebhookException.class);
    }

    @Test
    void nullBodyIsRejected() {
        assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(MalformedWebhookException.class);
    }

    @Test
    void emptyEntryListAndOddEntriesYieldNoChanges() {
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{},{\"changes\":{}},\"x\"]}";

        assertThat(parser.parse(body.getBytes(StandardCharsets.UTF_8)).changes())
                .isEmpty();
    }

    @Test
    void changeWithoutValueIsKeptAndNoted() {
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"messages\"}]}]}";

        Change change =
                parser.parse(body.getBytes(StandardCharsets.UTF_8)).changes().get(0);

        assertThat(change.field()).isEqualTo("messages");
        assertThat(change.rawValue()).isNull();
        assertThat(change.messages()).isEmpty();
        assertThat(change.skipped()).containsExactly("value is missing or not an object");
    }

    @Test
    void worksWithAnApplicationMapperThatIndents() {
        WebhookParser withIndentingMapper = new WebhookParser(
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build());

        InboundMessage m =
                withIndentingMapper.parse(fixture("reactions.json")).messages().get(0);

        assertThat(m.text()).isEqualTo("👍");
        assertThat(m.rawJson()).doesNotContain("\n");
    }

    @Test
    void defaultConstructorBuildsItsOwnMapper() {
        assertThat(new WebhookParser().parse(fixture("value-errors.json")).changes())
                .hasSize(1);
    }
}
