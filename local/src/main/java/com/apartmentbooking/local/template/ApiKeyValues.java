package com.apartmentbooking.local.template;

/**
 * The value of each {@code AWS::AppSync::ApiKey} ({@code da2-...}), which AppSync generates and the template cannot
 * say: what {@code Fn::GetAtt <Key>.ApiKey} and {@code .ApiKeyId} give. The runtime answers with the key its data
 * directory serves, so that a template value and the served key are the same.
 */
@FunctionalInterface
public interface ApiKeyValues {

    /** For loading a template without a runtime: a reference to a key's value is refused. */
    ApiKeyValues NONE = logicalId -> {
        throw new TemplateException("the value of API key " + logicalId + " is known only to a running runtime");
    };

    /** The value of the template's key {@code logicalId}; the same on every call. */
    String value(String logicalId);
}
