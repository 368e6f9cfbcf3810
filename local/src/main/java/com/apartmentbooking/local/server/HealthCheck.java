package com.apartmentbooking.local.server;

import java.util.Optional;

/** A cheap look at one component for {@code GET /_local/health}: what keeps it from working, if anything. */
@FunctionalInterface
public interface HealthCheck {
    Optional<String> problem();
}
