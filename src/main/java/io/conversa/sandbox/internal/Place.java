package io.conversa.sandbox.internal;

/** A place the simulated customer can share as a location message. */
public record Place(double latitude, double longitude, String name, String address) {

    public static final Place SANTIAGO = new Place(-33.4378, -70.6505, "Plaza de Armas", "Santiago, Chile");
}
