package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.DocumentPath;
import com.apartmentbooking.local.dynamodb.expression.Update;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The top-level attributes an update expression names: what UPDATED_OLD/UPDATED_NEW return and what must not
 * include a key attribute.
 */
final class UpdatedAttributes {

    private UpdatedAttributes() {
    }

    static Set<String> of(Update update) {
        Set<String> names = new LinkedHashSet<>();
        for (DocumentPath path : update.paths()) {
            names.add(path.attributeName());
        }
        return names;
    }
}
