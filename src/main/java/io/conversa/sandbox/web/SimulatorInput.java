package io.conversa.sandbox.web;

import io.conversa.core.DomainException;
import io.conversa.sandbox.internal.WaIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.springframework.web.multipart.MultipartFile;

/** Checks what a person types or uploads in the simulator; a refusal names the field and a message key. */
final class SimulatorInput {

    static final int MAX_NAME_LENGTH = 80;
    static final long MAX_IMAGE_BYTES = 5L * 1024 * 1024;
    static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png");

    /** An image's bytes and MIME type. */
    record Image(byte[] bytes, String mimeType) {}

    private SimulatorInput() {}

    static void requireWaId(String waId) {
        if (!WaIds.isValid(waId)) {
            throw DomainException.invalid(
                    "waId",
                    "sandbox.error.waId",
                    "Not a WhatsApp id: 7 to 15 digits with the country code, no plus sign",
                    waId);
        }
    }

    /** The contact's profile name, trimmed; blank means none. */
    static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.strip();
        return trimmed.length() > MAX_NAME_LENGTH ? trimmed.substring(0, MAX_NAME_LENGTH) : trimmed;
    }

    static String text(String text, String field, int maxLength) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid(field, "sandbox.error.empty", "Write something first");
        }
        return optionalText(text, field, maxLength);
    }

    static String optionalText(String text, String field, int maxLength) {
        if (text != null && text.length() > maxLength) {
            throw DomainException.invalid(
                    field, "sandbox.error.tooLong", "At most " + maxLength + " characters", maxLength);
        }
        return text == null || text.isBlank() ? null : text;
    }

    static Image image(MultipartFile file) {
        String type = file.getContentType() == null ? "" : file.getContentType().toLowerCase();
        if (!IMAGE_TYPES.contains(type)) {
            throw DomainException.invalid("file", "sandbox.error.imageType", "WhatsApp images are JPEG or PNG");
        }
        if (file.getSize() > MAX_IMAGE_BYTES) {
            throw DomainException.invalid("file", "sandbox.error.imageSize", "WhatsApp images are at most 5 MB", 5);
        }
        try {
            return new Image(file.getBytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
