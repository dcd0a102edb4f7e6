package io.conversa.whatsapp.web;

import io.conversa.whatsapp.internal.WebhookIntake;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code POST /webhooks/whatsapp}: Meta's event deliveries, taken in first, ahead of the session, security and
 * MVC machinery a signed machine-to-machine call does not need (it authenticates by its signature). Answered 200
 * only once stored; 401 unsigned or forged; 400 not JSON (archived); 413 too large; 503 when the database is
 * unavailable, so Meta delivers it again later. The verification handshake (GET) stays in {@link
 * WebhookController}.
 */
@Configuration(proxyBeanMethods = false)
class WebhookIntakeFilter {

    static final String PATH = "/webhooks/whatsapp";

    /** Meta sends up to about 3 MB per delivery; anything far larger is not Meta. */
    static final int MAX_BODY = 8 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(WebhookIntakeFilter.class);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> whatsappWebhookIntake(WebhookIntake intake) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Intake(intake));
        registration.addUrlPatterns(PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("whatsappWebhookIntake");
        return registration;
    }

    static final class Intake extends OncePerRequestFilter {

        private final WebhookIntake intake;

        Intake(WebhookIntake intake) {
            this.intake = intake;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"POST".equals(request.getMethod());
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            byte[] body;
            try (InputStream in = request.getInputStream()) {
                body = in.readNBytes(MAX_BODY + 1);
            }
            if (body.length > MAX_BODY) {
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            response.setStatus(status(body, request.getHeader("X-Hub-Signature-256")));
        }

        private int status(byte[] body, String signature) {
            try {
                return switch (intake.accept(body, signature)) {
                    case STORED -> HttpServletResponse.SC_OK;
                    case UNAUTHORIZED -> HttpServletResponse.SC_UNAUTHORIZED;
                    case NOT_JSON -> HttpServletResponse.SC_BAD_REQUEST;
                };
            } catch (DataAccessException | TransactionException e) {
                log.error("Webhook delivery not stored, answering 503 so Meta retries: {}", e.getMessage());
                return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            }
        }
    }
}
