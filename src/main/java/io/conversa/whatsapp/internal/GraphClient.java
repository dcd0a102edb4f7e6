package io.conversa.whatsapp.internal;

import io.conversa.inbox.spi.MediaFetcher;
import io.conversa.inbox.spi.OutboundChannel;
import io.conversa.inbox.spi.OutboundMessage;
import io.conversa.inbox.spi.SendOutcome;
import io.conversa.settings.ChannelCredentials;
import io.conversa.settings.Channels;
import io.conversa.whatsapp.WhatsAppProperties;
import io.conversa.whatsapp.internal.GraphHttp.NoAnswer;
import io.conversa.whatsapp.internal.GraphHttp.Reply;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Graph API client: sends messages, marks them read and downloads inbound media, for one business number at a
 * time. Reports outcomes, never throws for Meta's answers; a send without a clear answer is {@code Unknown}, never
 * retried here.
 */
@Component
public class GraphClient implements OutboundChannel, MediaFetcher {

    static final String NO_CONNECTION = "No se pudo conectar con WhatsApp";

    private static final Logger log = LoggerFactory.getLogger(GraphClient.class);

    private final Function<UUID, ChannelCredentials> credentials;
    private final Supplier<String> baseUrl;
    private final String apiVersion;
    private final GraphHttp http;

    @Autowired
    public GraphClient(Channels channels, WhatsAppProperties properties, Environment environment) {
        // Read at call time: the sandbox's URL holds ${local.server.port}, known only once the server started.
        this(
                channels::credentials,
                () -> environment.getProperty("conversa.whatsapp.graph-url", properties.graphUrl()),
                properties);
    }

    public GraphClient(
            Function<UUID, ChannelCredentials> credentials, Supplier<String> baseUrl, WhatsAppProperties properties) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.apiVersion = properties.apiVersion();
        this.http = new GraphHttp(properties.connectTimeout(), properties.readTimeout());
    }

    @Override
    public SendOutcome send(OutboundMessage message) {
        ObjectNode body;
        try {
            body = GraphRequests.message(message);
        } catch (IllegalArgumentException invalid) {
            log.warn(
                    "Graph send refused before sending: message={} reason={}",
                    message.messageId(),
                    invalid.getMessage());
            return new SendOutcome.Rejected(
                    0,
                    "Invalid message",
                    invalid.getMessage(),
                    false,
                    null,
                    "El mensaje no cumple las reglas de WhatsApp y no se envió.");
        }
        return post("send", message.channelId(), body);
    }

    @Override
    public SendOutcome markRead(UUID channelId, String inboundWaMessageId) {
        return post("read", channelId, GraphRequests.markRead(inboundWaMessageId));
    }

    private SendOutcome post(String action, UUID channelId, ObjectNode body) {
        ChannelCredentials channel = credentials.apply(channelId);
        if (!hasText(channel.accessToken())) {
            log.warn("Graph {} phone_number_id={} skipped: no access token", action, channel.phoneNumberId());
            return new SendOutcome.Rejected(
                    0,
                    "No access token",
                    null,
                    false,
                    null,
                    "El número de WhatsApp no tiene token de acceso: un administrador debe configurarlo.");
        }
        try {
            Reply reply = http.postJson(graphUri(channel.phoneNumberId(), "messages"), channel.accessToken(), body);
            SendOutcome outcome = action.equals("read")
                    ? GraphReplies.read(reply, body.path("message_id").asString())
                    : GraphReplies.sent(reply);
            logOutcome(action, channel, reply, outcome);
            return outcome;
        } catch (NoAnswer noAnswer) {
            log.warn(
                    "Graph {} phone_number_id={} no answer (maybe sent: {}): {}",
                    action,
                    channel.phoneNumberId(),
                    noAnswer.maybeSent(),
                    noAnswer.getMessage());
            return noAnswer.maybeSent()
                    ? new SendOutcome.Unknown(noAnswer.getMessage())
                    : new SendOutcome.Rejected(
                            0, "Connection failed", noAnswer.getMessage(), true, null, NO_CONNECTION);
        }
    }

    /**
     * One line per call: the number, the HTTP status, the wamid or error code, and Meta's trace id. Accepted calls at
     * debug level: a bulk send makes hundreds a second, and each message keeps its wamid.
     */
    private static void logOutcome(String action, ChannelCredentials channel, Reply reply, SendOutcome outcome) {
        String line = "Graph {} phone_number_id={} http={} {} fbtrace_id={}";
        Object[] values = {
            action, channel.phoneNumberId(), reply.status(), GraphReplies.describe(outcome), GraphReplies.fbtrace(reply)
        };
        if (outcome instanceof SendOutcome.Accepted) {
            log.debug(line, values);
        } else {
            log.warn(line, values);
        }
    }

    @Override
    public FetchedMedia fetch(UUID channelId, String mediaId, long maxBytes) {
        if (!hasText(mediaId)) {
            throw new MediaUnavailable("A media id is required", false);
        }
        ChannelCredentials channel = credentials.apply(channelId);
        if (!hasText(channel.accessToken())) {
            throw new MediaUnavailable("Channel " + channel.phoneNumberId() + " has no access token", false);
        }
        MediaInfo info = mediaInfo(channel, mediaId, maxBytes);
        Reply download = download(channel, info, mediaId, maxBytes);
        byte[] bytes = download.body();
        String mimeType = info.mimeType() != null || download.contentType() == null
                ? info.mimeType()
                : download.contentType().toString();
        log.info(
                "Graph media phone_number_id={} media_id={} bytes={} mime_type={}",
                channel.phoneNumberId(),
                mediaId,
                bytes.length,
                mimeType);
        return new FetchedMedia(mimeType, bytes.length, new ByteArrayInputStream(bytes));
    }

    private record MediaInfo(URI url, String mimeType, Long fileSize) {}

    private MediaInfo mediaInfo(ChannelCredentials channel, String mediaId, long maxBytes) {
        Reply reply = get(graphUri(mediaId), channel.accessToken(), GraphHttp.MAX_JSON_BYTES, mediaId);
        JsonNode json = reply.json();
        if (!reply.ok()) {
            SendOutcome.Rejected rejected = GraphReplies.rejected(reply);
            log.warn(
                    "Graph media phone_number_id={} media_id={} http={} code={} fbtrace_id={}",
                    channel.phoneNumberId(),
                    mediaId,
                    reply.status(),
                    rejected.code(),
                    GraphReplies.fbtrace(reply));
            throw new MediaUnavailable(
                    "Media " + mediaId + " metadata refused: code " + rejected.code() + " " + rejected.title(),
                    rejected.retryable());
        }
        String url = GraphReplies.text(json.path("url"));
        if (url == null) {
            throw new MediaUnavailable("Media " + mediaId + " metadata without a download URL", true);
        }
        Long size = GraphReplies.number(json.path("file_size"));
        if (size != null && size > maxBytes) {
            throw new MediaUnavailable(
                    "Media " + mediaId + " has " + size + " bytes, over the limit of " + maxBytes, false);
        }
        return new MediaInfo(resolve(url, mediaId), GraphReplies.text(json.path("mime_type")), size);
    }

    private Reply download(ChannelCredentials channel, MediaInfo info, String mediaId, long maxBytes) {
        long limit = maxBytes == Long.MAX_VALUE ? maxBytes : maxBytes + 1;
        Reply reply = get(info.url(), channel.accessToken(), limit, mediaId);
        if (!reply.ok()) {
            log.warn(
                    "Graph media phone_number_id={} media_id={} download http={}",
                    channel.phoneNumberId(),
                    mediaId,
                    reply.status());
            // The URL expires within minutes: another attempt fetches a fresh one, so any refusal is worth a retry.
            throw new MediaUnavailable("Media " + mediaId + " download answered HTTP " + reply.status(), true);
        }
        if (reply.body().length > maxBytes) {
            throw new MediaUnavailable(
                    "Media " + mediaId + " is larger than the limit of " + maxBytes + " bytes", false);
        }
        return reply;
    }

    private Reply get(URI uri, String accessToken, long limit, String mediaId) {
        try {
            return http.get(uri, accessToken, limit);
        } catch (NoAnswer noAnswer) {
            throw new MediaUnavailable("Media " + mediaId + ": no answer (" + noAnswer.getMessage() + ")", true);
        }
    }

    private URI resolve(String url, String mediaId) {
        try {
            return URI.create(baseUrl.get()).resolve(url);
        } catch (IllegalArgumentException invalid) {
            throw new MediaUnavailable("Media " + mediaId + " has an invalid download URL", false);
        }
    }

    private URI graphUri(String... segments) {
        return UriComponentsBuilder.fromUriString(baseUrl.get())
                .pathSegment(apiVersion)
                .pathSegment(segments)
                .build()
                .encode()
                .toUri();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
