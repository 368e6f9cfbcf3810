package com.apartmentbooking.local.template;

/**
 * A template parameter's effective value (override, else default). A NoEcho parameter's value never appears in
 * toString, so a startup log or an assertion message cannot leak a secret such as the webhook's.
 */
public record ParameterValue(String name, String type, Object value, boolean noEcho) {

    @Override
    public String toString() {
        return "ParameterValue[name=" + name + ", type=" + type + ", value=" + (noEcho ? "****" : value)
                + ", noEcho=" + noEcho + "]";
    }
}
