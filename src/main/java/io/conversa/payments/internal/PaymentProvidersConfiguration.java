package io.conversa.payments.internal;

import io.conversa.payments.PaymentsProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The real providers, built from {@code conversa.payments.*} whether or not they are the one in use: without their keys
 * they start, refuse checkouts and reject webhooks, so an empty setting never stops the application.
 */
@Configuration(proxyBeanMethods = false)
class PaymentProvidersConfiguration {

    @Bean
    StripeProvider stripeProvider(PaymentsProperties properties) {
        return new StripeProvider(properties.stripe(), properties.timeout());
    }

    @Bean
    MercadoPagoProvider mercadoPagoProvider(
            PaymentsProperties properties, @Value("${conversa.public-url:}") String publicUrl) {
        return new MercadoPagoProvider(properties.mercadopago(), properties.timeout(), publicUrl);
    }
}
