package com.apartmentbooking.local.appsync;

/**
 * An API's schema as GetIntrospectionSchema gives it, built the way the GraphQL endpoint builds it (AppSync's
 * scalars and directives added to the SDL as written).
 */
public interface SchemaIntrospection {

    /** The schema in SDL; with {@code includeDirectives}, the AppSync directives on its types and fields. */
    String sdl(ApiDefinition api, boolean includeDirectives);

    /** The result of the standard introspection query, {@code {"data": {"__schema": ...}}}, as JSON text. */
    String json(ApiDefinition api);
}
