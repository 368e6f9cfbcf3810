package com.apartmentbooking.local.store;

import java.util.Iterator;
import java.util.function.Predicate;

/** A {@link StoreView} that also hands out a range as an iterator, so that a layer of writes can merge over it. */
interface OrderedView extends StoreView {

    /** The entries with {@code from <= key < to}, lazily, in the given order, as copies. */
    Iterator<Entry> entries(String map, byte[] from, byte[] to, boolean ascending);

    @Override
    default void scan(String map, byte[] from, byte[] to, boolean ascending, Predicate<Entry> visitor) {
        Iterator<Entry> entries = entries(map, from, to, ascending);
        while (entries.hasNext()) {
            if (!visitor.test(entries.next())) {
                return;
            }
        }
    }
}
