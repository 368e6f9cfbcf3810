package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.ResolverDefinition;

/**
 * How one field of an object type is read: who may read it, and its resolver (null: the parent's value by name).
 */
record FieldPlan(FieldAccess access, ResolverDefinition resolver) {
}
