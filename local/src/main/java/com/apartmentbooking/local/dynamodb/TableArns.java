package com.apartmentbooking.local.dynamodb;

/**
 * Builds the ARNs of tables and indexes in one region of the local account, which is AWS's placeholder account
 * 000000000000 (the value local AWS emulators use, so ARNs copied from elsewhere look familiar).
 */
public record TableArns(String region, String account) {

    public static final String LOCAL_ACCOUNT = "000000000000";

    public String table(String tableName) {
        return "arn:aws:dynamodb:" + region + ":" + account + ":table/" + tableName;
    }

    public String index(String tableName, String indexName) {
        return table(tableName) + "/index/" + indexName;
    }

    /** The table name of a table ARN or of a stream ARN, or null when the text is neither. */
    public String tableNameOf(String arn) {
        String prefix = "arn:aws:dynamodb:" + region + ":" + account + ":table/";
        if (!arn.startsWith(prefix)) {
            return null;
        }
        String rest = arn.substring(prefix.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
