package io.conversa.identity.internal;

import io.conversa.core.WorkspaceId;
import io.conversa.identity.CurrentUser;
import io.conversa.identity.Role;
import io.conversa.identity.UserPrincipal;

/** The principal of a REST API call authenticated with a bearer token: an integration acting for a workspace. */
record ApiClientPrincipal(WorkspaceId workspaceId) implements UserPrincipal {

    @Override
    public CurrentUser currentUser() {
        return new CurrentUser(null, workspaceId, "api", "API", Role.ADMIN);
    }
}
