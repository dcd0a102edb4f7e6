package io.conversa.identity.internal;

import io.conversa.core.WorkspaceId;
import io.conversa.identity.CurrentUser;
import io.conversa.identity.UserPrincipal;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal of a person signed in with the login form. */
final class SignedInUser implements UserDetails, CredentialsContainer, UserPrincipal {

    private final CurrentUser user;
    private final boolean active;
    private String passwordHash;

    SignedInUser(AppUser user) {
        this.user =
                new CurrentUser(user.id(), new WorkspaceId(user.workspaceId()), user.email(), user.name(), user.role());
        this.active = user.active();
        this.passwordHash = user.passwordHash();
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.email();
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
