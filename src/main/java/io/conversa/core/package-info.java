/**
 * Shared kernel: value records used by every module ({@link io.conversa.core.WorkspaceId}, {@link
 * io.conversa.core.Money}, {@link io.conversa.core.E164}). No beans and no Spring here.
 */
package io.conversa.core;
