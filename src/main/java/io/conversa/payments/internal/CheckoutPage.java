package io.conversa.payments.internal;

import io.conversa.settings.PublicUrl;

/** The public checkout page of a link: {@code /pay/{token}} on the app's public address. */
public final class CheckoutPage {

    private CheckoutPage() {}

    public static String url(PublicUrl publicUrl, String token) {
        return publicUrl.base() + "/pay/" + token;
    }
}
