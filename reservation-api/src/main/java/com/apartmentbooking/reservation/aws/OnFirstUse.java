package com.apartmentbooking.reservation.aws;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made by its factory the first time it is asked for, then kept. For AWS clients that only
 * some requests need: building one (its endpoint rules, interceptors, marshallers) is a share of a
 * cold start that the requests which never use it should not pay.
 */
final class OnFirstUse<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private T value;

    OnFirstUse(Supplier<T> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = Objects.requireNonNull(factory.get(), "the factory made no value");
        }
        return value;
    }
}
