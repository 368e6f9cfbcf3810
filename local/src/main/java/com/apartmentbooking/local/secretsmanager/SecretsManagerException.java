package com.apartmentbooking.local.secretsmanager;

import com.apartmentbooking.local.service.ServiceException;

/** An error Secrets Manager answers with, thrown by its service layer; {@link SecretsManagerProtocol} gives it its wire form. */
public final class SecretsManagerException extends ServiceException {

    private static final long serialVersionUID = 1L;

    public SecretsManagerException(String code, String message) {
        // Secrets Manager answers every request error with 400, a missing secret included.
        super(code, message, 400);
    }
}
