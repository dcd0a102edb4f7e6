package io.conversa.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The Mensajería form: blank secrets keep the stored ones. */
public record ChannelInput(
        @NotBlank @Pattern(regexp = "\\d{5,30}") String phoneNumberId,
        @NotBlank @Pattern(regexp = "\\d{5,30}") String businessAccountId,
        @Size(max = 30) String displayPhoneNumber,
        @Size(max = 1000) String accessToken,
        @Size(max = 200) String appSecret,
        @Size(max = 200) String verifyToken,
        @Min(1) @Max(1000) int messagesPerSecond) {}
