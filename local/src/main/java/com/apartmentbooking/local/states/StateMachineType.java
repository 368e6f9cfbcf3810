package com.apartmentbooking.local.states;

/** STANDARD machines run asynchronously and keep their history; EXPRESS ones may also run synchronously. */
public enum StateMachineType {
    STANDARD,
    EXPRESS
}
