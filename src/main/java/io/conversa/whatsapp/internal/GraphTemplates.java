package io.conversa.whatsapp.internal;

import io.conversa.settings.ChannelCredentials;
import io.conversa.settings.Channels;
import io.conversa.templates.spi.TemplateProvider;
import io.conversa.whatsapp.WhatsAppProperties;
import io.conversa.whatsapp.internal.GraphHttp.NoAnswer;
import io.conversa.whatsapp.internal.GraphHttp.Reply;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Meta's template management API ({@code /<WABA-id>/message_templates}) for one channel's business account: lists
 * every template following {@code paging.next}, submits new ones and deletes them by name. Meta's refusals of a
 * creation come back as a {@link Submission}; any other refusal, and a call that got no answer, as a
 * {@link ProviderException}. Log lines carry the account id, HTTP status, error code and trace id, never the token
 * (nor a {@code paging.next} URL, which may hold one).
 */
@Component
public class GraphTemplates implements TemplateProvider {

    static final String FIELDS =
            "name,status,category,language,components,parameter_format,quality_score,rejected_reason";
    static final int PAGE_SIZE = 100;

    /**
     * The most pages one listing follows: with {@value #PAGE_SIZE} per page, room for 10,000 templates (Meta allows
     * at most 6,000 per account), so it only stops a server that pages forever.
     */
    static final int MAX_PAGES = 100;

    /** The largest page body read: 100 templates with long components stay far below it. */
    static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;

    static final String NO_CONNECTION = GraphClient.NO_CONNECTION;

    private static final Logger log = LoggerFactory.getLogger(GraphTemplates.class);
    private static final JsonMapper JSON = JsonMapper.shared();

    private final Function<UUID, ChannelCredentials> credentials;
    private final Supplier<String> baseUrl;
    private final String apiVersion;
    private final GraphHttp http;
    private final GraphDeleteHttp deletes;

    @Autowired
    public GraphTemplates(Channels channels, WhatsAppProperties properties, Environment environment) {
        // Read at call time: the sandbox's URL holds ${local.server.port}, known only once the server started.
        this(
                channels::credentials,
                () -> environment.getProperty("conversa.whatsapp.graph-url", properties.graphUrl()),
                properties);
    }

    public GraphTemplates(
            Function<UUID, ChannelCredentials> credentials, Supplier<String> baseUrl, WhatsAppProperties properties) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.apiVersion = properties.apiVersion();
        this.http = new GraphHttp(properties.connectTimeout(), properties.readTimeout());
        this.deletes = new GraphDeleteHttp(properties.connectTimeout(), properties.readTimeout());
    }

    @Override
    public List<String> listAll(UUID channelId) {
        ChannelCredentials channel = channel(channelId, "list");
        URI first = templates(channel)
                .queryParam("fields", FIELDS)
                .queryParam("limit", PAGE_SIZE)
                .build()
                .encode()
                .toUri();
        List<String> templates = new ArrayList<>();
        Set<URI> visited = new HashSet<>();
        URI page = first;
        while (page != null) {
            if (visited.size() >= MAX_PAGES || !visited.add(page)) {
                log.warn(
                        "Graph templates list waba={} stopped after {} pages: paging does not end",
                        channel.businessAccountId(),
                        visited.size());
                throw new ProviderException(
                        null, "WhatsApp devolvió una lista de plantillas que no termina: inténtalo más tarde.");
            }
            URI current = page;
            Reply reply = call("list", channel, () -> http.get(current, channel.accessToken(), MAX_PAGE_BYTES));
            if (!reply.ok()) {
                throw refusal("list", channel, reply);
            }
            JsonNode json = reply.json();
            JsonNode data = json.path("data");
            if (!data.isArray()) {
                log.warn(
                        "Graph templates list waba={} http={} page {} without a data array fbtrace_id={}",
                        channel.businessAccountId(),
                        reply.status(),
                        visited.size(),
                        GraphReplies.fbtrace(reply));
                throw new ProviderException(null, "WhatsApp respondió una lista de plantillas ilegible.");
            }
            data.forEach(template -> templates.add(JSON.writeValueAsString(template)));
            page = next(json, first, channel);
        }
        log.info(
                "Graph templates list waba={} pages={} templates={}",
                channel.businessAccountId(),
                visited.size(),
                templates.size());
        return List.copyOf(templates);
    }

    @Override
    public Submission create(UUID channelId, String requestJson) {
        JsonNode request = requestObject(requestJson);
        ChannelCredentials channel = channel(channelId, "create");
        URI uri = templates(channel).build().encode().toUri();
        Reply reply = call("create", channel, () -> http.postJson(uri, channel.accessToken(), request));
        JsonNode json = reply.json();
        if (reply.ok()) {
            String id = GraphReplies.text(json.path("id"));
            if (id == null) {
                log.warn(
                        "Graph templates create waba={} http={} without a template id fbtrace_id={}",
                        channel.businessAccountId(),
                        reply.status(),
                        GraphReplies.fbtrace(reply));
                throw new ProviderException(
                        null,
                        "WhatsApp no confirmó el id de la plantilla: sincroniza las plantillas para ver si se creó.");
            }
            String status = GraphReplies.text(json.path("status"));
            log.info(
                    "Graph templates create waba={} http={} template_id={} status={} fbtrace_id={}",
                    channel.businessAccountId(),
                    reply.status(),
                    id,
                    status,
                    GraphReplies.fbtrace(reply));
            return new Submission(true, id, status, GraphReplies.text(json.path("category")), null, null);
        }
        JsonNode error = json.path("error");
        Integer code = code(error);
        if (code == null) {
            throw refusal("create", channel, reply);
        }
        logRefusal("create", channel, reply, code, error);
        return new Submission(false, null, null, null, code, message(error, code));
    }

    @Override
    public void delete(UUID channelId, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A template name is required");
        }
        ChannelCredentials channel = channel(channelId, "delete");
        URI uri = templates(channel).queryParam("name", name).build().encode().toUri();
        Reply reply = call("delete", channel, () -> deletes.delete(uri, channel.accessToken()));
        if (!reply.ok()) {
            throw refusal("delete", channel, reply);
        }
        JsonNode success = reply.json().path("success");
        if (success.isBoolean() && !success.booleanValue()) {
            log.warn(
                    "Graph templates delete waba={} name={} answered success=false fbtrace_id={}",
                    channel.businessAccountId(),
                    name,
                    GraphReplies.fbtrace(reply));
            throw new ProviderException(null, "WhatsApp no confirmó el borrado de la plantilla.");
        }
        log.info(
                "Graph templates delete waba={} name={} http={} fbtrace_id={}",
                channel.businessAccountId(),
                name,
                reply.status(),
                GraphReplies.fbtrace(reply));
    }

    /** The channel's credentials, which must carry a token and a business account id to reach the template API. */
    private ChannelCredentials channel(UUID channelId, String action) {
        ChannelCredentials channel = credentials.apply(channelId);
        if (!hasText(channel.accessToken())) {
            log.warn("Graph templates {} phone_number_id={} skipped: no access token", action, channel.phoneNumberId());
            throw new ProviderException(
                    null, "El número de WhatsApp no tiene token de acceso: un administrador debe configurarlo.");
        }
        if (!hasText(channel.businessAccountId())) {
            log.warn(
                    "Graph templates {} phone_number_id={} skipped: no business account id",
                    action,
                    channel.phoneNumberId());
            throw new ProviderException(
                    null,
                    "El número de WhatsApp no tiene el id de la cuenta de WhatsApp Business: un administrador debe"
                            + " configurarlo.");
        }
        return channel;
    }

    private Reply call(String action, ChannelCredentials channel, Supplier<Reply> exchange) {
        try {
            return exchange.get();
        } catch (NoAnswer noAnswer) {
            log.warn(
                    "Graph templates {} waba={} no answer (maybe reached Meta: {}): {}",
                    action,
                    channel.businessAccountId(),
                    noAnswer.maybeSent(),
                    noAnswer.getMessage());
            throw new ProviderException(null, NO_CONNECTION);
        }
    }

    /**
     * The next page's URL, or null after the last page. It must point at the Graph API host itself: the access token
     * goes along with every page request.
     */
    private static URI next(JsonNode page, URI first, ChannelCredentials channel) {
        String next = GraphReplies.text(page.path("paging").path("next"));
        if (next == null) {
            return null;
        }
        URI uri;
        try {
            uri = first.resolve(next.strip());
        } catch (IllegalArgumentException invalid) {
            log.warn("Graph templates list waba={} paging.next is not a valid URL", channel.businessAccountId());
            throw new ProviderException(null, "WhatsApp respondió una lista de plantillas ilegible.");
        }
        if (!sameOrigin(uri, first)) {
            log.warn(
                    "Graph templates list waba={} paging.next points at another host ({}): not followed",
                    channel.businessAccountId(),
                    uri.getHost());
            throw new ProviderException(null, "WhatsApp respondió una lista de plantillas ilegible.");
        }
        return uri;
    }

    /** A refusal as an exception: Meta's code and user message when the body has an error, else the HTTP status. */
    private static ProviderException refusal(String action, ChannelCredentials channel, Reply reply) {
        JsonNode error = reply.json().path("error");
        Integer code = code(error);
        if (code == null) {
            log.warn(
                    "Graph templates {} waba={} http={} without a Meta error fbtrace_id={}",
                    action,
                    channel.businessAccountId(),
                    reply.status(),
                    GraphReplies.fbtrace(reply));
            return new ProviderException(
                    null, "WhatsApp respondió con un error inesperado (HTTP " + reply.status() + ").");
        }
        logRefusal(action, channel, reply, code, error);
        return new ProviderException(code, message(error, code));
    }

    private static void logRefusal(String action, ChannelCredentials channel, Reply reply, int code, JsonNode error) {
        log.warn(
                "Graph templates {} waba={} http={} code={} subcode={} fbtrace_id={}",
                action,
                channel.businessAccountId(),
                reply.status(),
                code,
                GraphReplies.number(error.path("error_subcode")),
                GraphReplies.fbtrace(reply));
    }

    private static Integer code(JsonNode error) {
        Long code = GraphReplies.number(error.path("code"));
        return code == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(code, Integer.MAX_VALUE));
    }

    /** Meta's message for people ({@code error_user_msg}) when it sent one, else its technical message. */
    private static String message(JsonNode error, int code) {
        String user = GraphReplies.text(error.path("error_user_msg"));
        if (user != null) {
            return user;
        }
        String message = GraphReplies.text(error.path("message"));
        return message != null ? message : "WhatsApp rechazó la operación (código " + code + ").";
    }

    private static JsonNode requestObject(String requestJson) {
        JsonNode request;
        try {
            request = requestJson == null ? null : JSON.readTree(requestJson);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The template request is not valid JSON", e);
        }
        if (request == null || !request.isObject()) {
            throw new IllegalArgumentException("The template request must be a JSON object");
        }
        return request;
    }

    private UriComponentsBuilder templates(ChannelCredentials channel) {
        return UriComponentsBuilder.fromUriString(baseUrl.get())
                .pathSegment(apiVersion)
                .pathSegment(channel.businessAccountId(), "message_templates");
    }

    private static boolean sameOrigin(URI uri, URI origin) {
        return uri.getScheme() != null
                && uri.getScheme().equalsIgnoreCase(origin.getScheme())
                && uri.getHost() != null
                && uri.getHost().equalsIgnoreCase(origin.getHost())
                && port(uri) == port(origin);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
