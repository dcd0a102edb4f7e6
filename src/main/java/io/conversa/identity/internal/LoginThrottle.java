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
 * Counts login attempts per login name in the database (so the count holds across instances, and the row lock
 * serialises parallel attempts) and locks the name for a while once more attempts than the configured maximum
 * failed within the lock window.
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

    /**
     * Counts this attempt before the password is checked, so parallel guesses are counted too, and answers until
     * when the name is locked (empty when the attempt may go ahead). Failures older than the lock window are
     * forgotten; a successful login {@link #reset resets} the count.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Instant> attempt(String loginKey) {
        Instant now = Instant.now(clock);
        Timestamp nowTs = Timestamp.from(now);
        jdbc.sql(
                        "INSERT INTO login_attempt (login_key, failures, first_failure) VALUES (?, 0, ?) ON CONFLICT DO NOTHING")
                .params(loginKey, nowTs)
                .update();
        jdbc.sql("""
                        UPDATE login_attempt
                           SET failures = CASE WHEN first_failure < :windowStart THEN 1 ELSE failures + 1 END,
                               first_failure = CASE WHEN first_failure < :windowStart THEN :now ELSE first_failure END,
                               locked_until = CASE WHEN locked_until < :now THEN NULL ELSE locked_until END
                         WHERE login_key = :key""")
                .param("windowStart", Timestamp.from(now.minus(properties.loginLockDuration())))
                .param("now", nowTs)
                .param("key", loginKey)
                .update();
        jdbc.sql("UPDATE login_attempt SET locked_until = :until "
                        + "WHERE login_key = :key AND failures > :max AND locked_until IS NULL")
                .param("until", Timestamp.from(now.plus(properties.loginLockDuration())))
                .param("key", loginKey)
                .param("max", properties.loginMaxFailures())
                .update();
        return jdbc.sql("SELECT locked_until FROM login_attempt WHERE login_key = ?")
                .param(loginKey)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reset(String loginKey) {
        jdbc.sql("DELETE FROM login_attempt WHERE login_key = ?")
                .param(loginKey)
                .update();
    }
}
