package io.conversa.identity.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Refuses logins for a locked name before checking the password, and counts failures and successes. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String key = String.valueOf(authentication.getName()).trim().toLowerCase(Locale.ROOT);
        Optional<Instant> lockedUntil = throttle.lockedUntil(key);
        if (lockedUntil.isPresent()) {
            throw new LockedException("Too many failed logins; locked until " + lockedUntil.get());
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.reset(key);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(key);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
