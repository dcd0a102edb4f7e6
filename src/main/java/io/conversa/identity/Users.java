package io.conversa.identity;

import io.conversa.core.DomainException;
import io.conversa.core.WorkspaceId;
import io.conversa.identity.internal.AppUser;
import io.conversa.identity.internal.AppUserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates users, changes their role and (de)activates them, keeping at least one active admin per workspace. */
@Service
public class Users {

    public static final int MIN_PASSWORD_LENGTH = 10;

    private final AppUserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Users(AppUserRepository repository, PasswordEncoder passwordEncoder, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public List<UserView> list(WorkspaceId workspace) {
        return repository.findByWorkspaceIdOrderByNameAsc(workspace.value()).stream()
                .map(Users::view)
                .toList();
    }

    @Transactional
    public UserView create(WorkspaceId workspace, String email, String name, String password, Role role) {
        String normalizedEmail = normalizeEmail(email);
        if (repository.findByEmail(normalizedEmail).isPresent()) {
            throw DomainException.conflict("users.error.emailTaken", "E-mail already in use: " + normalizedEmail);
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw DomainException.invalid("password", "users.error.passwordShort", "Password too short");
        }
        AppUser user = new AppUser(
                UUID.randomUUID(),
                workspace.value(),
                normalizedEmail,
                name.trim(),
                passwordEncoder.encode(password),
                role,
                true,
                Instant.now(clock),
                null);
        return view(repository.save(user));
    }

    @Transactional
    public UserView changeRole(WorkspaceId workspace, UUID userId, Role role) {
        AppUser user = load(workspace, userId);
        if (user.role() == Role.ADMIN && role != Role.ADMIN && user.active()) {
            requireAnotherActiveAdmin(workspace);
        }
        return view(repository.save(user.withRole(role)));
    }

    @Transactional
    public UserView setActive(WorkspaceId workspace, UUID userId, boolean active) {
        AppUser user = load(workspace, userId);
        if (!active && user.role() == Role.ADMIN && user.active()) {
            requireAnotherActiveAdmin(workspace);
        }
        return view(repository.save(user.withActive(active)));
    }

    public boolean hasAdmin(WorkspaceId workspace) {
        return repository.countByWorkspaceIdAndRoleAndActiveTrue(workspace.value(), Role.ADMIN) > 0;
    }

    public boolean exists(String email) {
        return repository.findByEmail(normalizeEmail(email)).isPresent();
    }

    static String normalizeEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /** Locks the workspace's active admins first, so two admins demoting each other cannot both succeed. */
    private void requireAnotherActiveAdmin(WorkspaceId workspace) {
        if (repository.lockActiveAdmins(workspace.value()).size() <= 1) {
            throw DomainException.conflict("users.error.lastAdmin", "A workspace keeps at least one active admin");
        }
    }

    private AppUser load(WorkspaceId workspace, UUID userId) {
        return repository
                .findByIdAndWorkspaceId(userId, workspace.value())
                .orElseThrow(() -> DomainException.notFound("User", userId));
    }

    private static UserView view(AppUser user) {
        return new UserView(user.id(), user.email(), user.name(), user.role(), user.active(), user.createdAt());
    }
}
