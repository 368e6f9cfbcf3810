package com.apartmentbooking.local.dynamodb.partiql;

/** What the parser made of a statement's text: the statement and how many {@code ?} it holds. */
record ParsedStatement(Statement statement, int parameterCount) {
}
