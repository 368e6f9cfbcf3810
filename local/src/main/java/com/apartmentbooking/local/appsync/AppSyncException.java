package com.apartmentbooking.local.appsync;

import com.apartmentbooking.local.service.ServiceException;

/** An error of AppSync's control plane as AppSync answers it: its error type, message and HTTP status. */
public final class AppSyncException extends ServiceException {

    private static final long serialVersionUID = 1L;

    AppSyncException(String code, String message, int status) {
        super(code, message, status);
    }
}
