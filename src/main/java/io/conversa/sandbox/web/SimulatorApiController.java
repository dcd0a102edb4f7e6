package io.conversa.sandbox.web;

import io.conversa.core.DomainException;
import io.conversa.sandbox.internal.CustomerDirectory;
import io.conversa.sandbox.internal.CustomerDirectory.Contacts;
import io.conversa.sandbox.internal.Place;
import io.conversa.sandbox.internal.SampleImage;
import io.conversa.sandbox.internal.SandboxConversations;
import io.conversa.sandbox.internal.SandboxMediaStore;
import io.conversa.sandbox.internal.SandboxMediaStore.StoredMedia;
import io.conversa.sandbox.internal.SandboxMessage;
import io.conversa.sandbox.internal.SendRequests;
import io.conversa.sandbox.internal.SimulatedCustomer;
import io.conversa.sandbox.internal.WaIds;
import io.conversa.sandbox.web.SimulatorJson.ContactJson;
import io.conversa.sandbox.web.SimulatorJson.ContactsJson;
import io.conversa.sandbox.web.SimulatorJson.ConversationJson;
import io.conversa.sandbox.web.SimulatorJson.LocationRequest;
import io.conversa.sandbox.web.SimulatorJson.NewContactRequest;
import io.conversa.sandbox.web.SimulatorJson.SentJson;
import io.conversa.sandbox.web.SimulatorJson.TextRequest;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The simulator page's JSON API (signed-in users, CSRF header on writes): whom to chat as, a conversation as the
 * sandbox holds it, and the customer's messages, each sent to the app as a signed webhook.
 */
@RestController
@RequestMapping("/sandbox/api")
@ConditionalOnProperty(name = "conversa.sandbox.enabled", havingValue = "true")
class SimulatorApiController {

    static final int RECENT_CONVERSATIONS = 20;

    private final CustomerDirectory directory;
    private final SandboxConversations conversations;
    private final SandboxMediaStore media;
    private final SimulatedCustomer customer;
    private final Environment environment;

    SimulatorApiController(
            CustomerDirectory directory,
            SandboxConversations conversations,
            SandboxMediaStore media,
            SimulatedCustomer customer,
            Environment environment) {
        this.directory = directory;
        this.conversations = conversations;
        this.media = media;
        this.customer = customer;
        this.environment = environment;
    }

    @GetMapping("/contacts")
    ContactsJson contacts(@RequestParam(defaultValue = "") String query) {
        Contacts found = directory.search(query);
        List<ContactJson> customers = found.contacts().stream()
                .map(c -> new ContactJson(c.name(), c.phone(), c.waId()))
                .toList();
        List<ContactJson> recent = conversations.recentWaIds(RECENT_CONVERSATIONS).stream()
                .map(waId -> new ContactJson(profileName(waId), null, waId))
                .toList();
        return new ContactsJson(found.available(), customers, recent);
    }

    /** A contact typed by hand: its phone becomes a wa_id (a national typing belongs to the workspace's country). */
    @PostMapping("/contacts")
    ContactJson newContact(@RequestBody NewContactRequest request) {
        String country = environment.getProperty("conversa.workspace.default-country", "CL");
        String waId = WaIds.fromTypedPhone(request.phone(), country)
                .orElseThrow(() -> DomainException.invalid(
                        "phone",
                        "sandbox.error.phone",
                        "Not a phone number: type it with its country code, e.g. +56 9 1234 5678",
                        request.phone()));
        return new ContactJson(SimulatorInput.name(request.name()), request.phone(), waId);
    }

    @GetMapping("/conversations/{waId}")
    ConversationJson conversation(@PathVariable String waId) {
        SimulatorInput.requireWaId(waId);
        return ConversationJson.of(waId, conversations.find(waId).orElse(null));
    }

    @PostMapping("/conversations/{waId}/text")
    ResponseEntity<SentJson> text(@PathVariable String waId, @RequestBody TextRequest request) {
        SimulatorInput.requireWaId(waId);
        String text = SimulatorInput.text(request.text(), "text", SendRequests.MAX_TEXT_LENGTH);
        return sent(customer.sendText(waId, SimulatorInput.name(request.name()), text));
    }

    /** An uploaded JPEG or PNG, or without a file the sandbox's sample receipt image. */
    @PostMapping(path = "/conversations/{waId}/image", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<SentJson> image(
            @PathVariable String waId,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String caption,
            @RequestParam(required = false) String name) {
        SimulatorInput.requireWaId(waId);
        String checkedCaption = SimulatorInput.optionalText(caption, "caption", SendRequests.MAX_CAPTION_LENGTH);
        SimulatorInput.Image image = file == null || file.isEmpty()
                ? new SimulatorInput.Image(SampleImage.receipt(), SampleImage.MIME_TYPE)
                : SimulatorInput.image(file);
        return sent(
                customer.sendImage(waId, SimulatorInput.name(name), image.bytes(), image.mimeType(), checkedCaption));
    }

    @PostMapping("/conversations/{waId}/location")
    ResponseEntity<SentJson> location(@PathVariable String waId, @RequestBody LocationRequest request) {
        SimulatorInput.requireWaId(waId);
        return sent(customer.sendLocation(waId, SimulatorInput.name(request.name()), Place.SANTIAGO));
    }

    /** A stored image, for the chat pane (the Graph download URL wants the access token instead). */
    @GetMapping("/media/{mediaId}")
    ResponseEntity<byte[]> media(@PathVariable String mediaId) {
        StoredMedia stored = media.find(mediaId).orElseThrow(() -> DomainException.notFound("media", mediaId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.mimeType()))
                .header("X-Content-Type-Options", "nosniff")
                .body(stored.bytes());
    }

    private String profileName(String waId) {
        return conversations
                .find(waId)
                .map(SandboxConversations.Snapshot::profileName)
                .orElse(null);
    }

    private static ResponseEntity<SentJson> sent(SandboxMessage message) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new SentJson(message.id()));
    }
}
