package com.apartmentbooking.local.server;

/**
 * What a path's CORS answers allow pages of an allowed origin ({@link AllowedOrigins}) to do; the front door writes
 * the headers ({@link FrontDoor.Builder#cors}), so no service writes its own.
 *
 * @param methods the {@code Access-Control-Allow-Methods} of a preflight's answer
 * @param headers the {@code Access-Control-Allow-Headers} of a preflight that names none it wants to send
 * @param maxAgeSeconds how long a browser may keep a preflight's answer
 */
public record CorsRules(String methods, String headers, long maxAgeSeconds) {
}
