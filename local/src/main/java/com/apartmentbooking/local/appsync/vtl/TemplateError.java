package com.apartmentbooking.local.appsync.vtl;

/**
 * An error a template raised ({@code $util.error}) or appended ({@code $util.appendError}).
 *
 * @param message the message
 * @param errorType the {@code errorType}, or null
 * @param data the {@code data} to put in the error, or null
 * @param errorInfo the {@code errorInfo}, or null
 */
public record TemplateError(String message, String errorType, Object data, Object errorInfo) {
}
