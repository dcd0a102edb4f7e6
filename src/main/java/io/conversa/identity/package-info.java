/**
 * Identity: workspaces, users and their roles, form login with throttling, and bearer API tokens.
 *
 * <p>Exposes {@link io.conversa.identity.Workspaces}, {@link io.conversa.identity.Users}, {@link
 * io.conversa.identity.ApiTokens} and {@link io.conversa.identity.CurrentUser}; publishes no events and listens to none.
 * Owns the tables {@code workspace}, {@code app_user}, {@code api_token} and {@code login_attempt}, and the HTTP
 * security rules of the whole application.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "core")
package io.conversa.identity;
