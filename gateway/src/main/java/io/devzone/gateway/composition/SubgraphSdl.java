package io.devzone.gateway.composition;

/** What one subgraph said about itself: its {@code _service { sdl }} as read from its URL. */
public record SubgraphSdl(String name, String url, String sdl) {
}
