/**
 * Web: the layout every page shares, language switching, error pages, problem details for the REST API and the
 * pages that compose other modules' fragments. Uses identity (the signed-in user) and core only; nothing imports
 * it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "core"})
package io.conversa.web;
