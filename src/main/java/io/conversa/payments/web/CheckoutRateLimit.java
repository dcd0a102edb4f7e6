package io.conversa.payments.web;

import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public checkout pages ({@code /pay/**}) answer each address at most 30 requests a minute (bursts of 10):
 * enough for a customer paying, far too few to guess tokens. Past it: 429 with {@code Retry-After}. Kept per
 * instance and in memory; addresses not seen for a while are forgotten.
 */
@Component
class CheckoutRateLimit extends OncePerRequestFilter {

    private static final int MAX_ADDRESSES = 50_000;

    private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/pay/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (byAddress.size() > MAX_ADDRESSES) {
            byAddress.clear(); // a flood of addresses: start over rather than grow without bound
        }
        Bucket bucket = byAddress.computeIfAbsent(
                request.getRemoteAddr(),
                address -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(10).refillGreedy(30, Duration.ofMinutes(1)))
                        .build());
        if (bucket.tryConsume(1)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", "10");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Demasiadas solicitudes. Intenta de nuevo en unos segundos.");
    }
}
