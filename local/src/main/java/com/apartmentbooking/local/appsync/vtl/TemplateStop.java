package com.apartmentbooking.local.appsync.vtl;

/** Ends a template where it stands: {@code $util.error} and {@code #return} throw it, the renderer catches it. */
final class TemplateStop extends RuntimeException {

    TemplateStop() {
        super(null, null, false, false);
    }
}
