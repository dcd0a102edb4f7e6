package io.conversa.identity.internal;

import io.conversa.identity.IdentityProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per login name in the database (so the count holds across instances) and locks the name
 * for a while once the failures reach the configured maximum within the lock window.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final IdentityProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, IdentityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    public Optional<Instant> lockedUntil(String loginKey) {
        Instant now = Instant.now(clock);
        return jdbc.sql("SELECT locked_until FROM login_attempt WHERE login_key = ?")
                .param(loginKey)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String loginKey) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        Timestamp windowStart = Timestamp.from(now.toInstant().minus(properties.loginLockDuration()));
        jdbc.sql(
                        "INSERT INTO login_attempt (login_key, failures, first_failure) VALUES (?, 0, ?) ON CONFLICT DO NOTHING")
                .params(loginKey, now)
                .update();
        jdbc.sql("""
                        UPDATE login_attempt
                           SET failures = CASE WHEN first_failure < :windowStart THEN 1 ELSE failures + 1 END,
                               first_failure = CASE WHEN first_failure < :windowStart THEN :now ELSE first_failure END
                         WHERE login_key = :key""")
                .param("windowStart", windowStart)
                .param("now", now)
                .param("key", loginKey)
                .update();
        jdbc.sql("UPDATE login_attempt SET locked_until = :until WHERE login_key = :key AND failures >= :max")
                .param("until", Timestamp.from(now.toInstant().plus(properties.loginLockDuration())))
                .param("key", loginKey)
                .param("max", properties.loginMaxFailures())
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reset(String loginKey) {
        jdbc.sql("DELETE FROM login_attempt WHERE login_key = ?")
                .param(loginKey)
                .update();
    }
}
