package com.apartmentbooking.local.store;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator that finds each element one step ahead, so that {@link #hasNext} can answer; null ends it. */
abstract class LookAheadIterator<T> implements Iterator<T> {

    private T next;
    private boolean started;

    /** The element after the last one found, or null when there is none. */
    protected abstract T advance();

    @Override
    public boolean hasNext() {
        if (!started) {
            next = advance();
            started = true;
        }
        return next != null;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T current = next;
        next = advance();
        return current;
    }
}
