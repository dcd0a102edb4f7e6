package io.conversa.identity.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Counts every attempt and refuses a locked name before checking the password; a success clears the count. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String key = loginKey(authentication.getName());
        Optional<Instant> lockedUntil = throttle.attempt(key);
        if (lockedUntil.isPresent()) {
            throw new LockedException("Too many failed logins; locked until " + lockedUntil.get());
        }
        Authentication result = delegate.authenticate(authentication);
        throttle.reset(key);
        return result;
    }

    /** The name as typed, case-folded; an absurdly long one is hashed so it still fits the table. */
    static String loginKey(String name) {
        String key = String.valueOf(name).trim().toLowerCase(Locale.ROOT);
        return key.length() <= 320 ? key : "sha256:" + TokenHashing.sha256(key);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
