package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.DynamoDbService;
import com.apartmentbooking.local.dynamodb.TableDefinition;

/** The table a statement names; a missing one is answered as the item operations answer it. */
final class PartiqlTables {

    private PartiqlTables() {
    }

    static TableDefinition require(DynamoDbService service, String name) {
        try {
            return service.describeTable(name);
        } catch (DynamoDbException e) {
            if (e.code().equals("ResourceNotFoundException")) {
                throw DynamoDbException.resourceNotFound("Requested resource not found");
            }
            throw e;
        }
    }
}
