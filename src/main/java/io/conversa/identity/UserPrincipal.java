package io.conversa.identity;

/** A security principal (signed-in person or API token) that knows which user and workspace it acts for. */
public interface UserPrincipal {

    CurrentUser currentUser();
}
