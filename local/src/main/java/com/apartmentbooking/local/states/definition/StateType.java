package com.apartmentbooking.local.states.definition;

/** The eight state types, spelled as a definition's {@code Type} field spells them. */
public enum StateType {
    PASS("Pass"),
    TASK("Task"),
    CHOICE("Choice"),
    WAIT("Wait"),
    SUCCEED("Succeed"),
    FAIL("Fail"),
    PARALLEL("Parallel"),
    MAP("Map");

    private final String aslName;

    StateType(String aslName) {
        this.aslName = aslName;
    }

    /** The name as written in ASL and as history event types start: {@code Pass} -> {@code PassStateEntered}. */
    public String aslName() {
        return aslName;
    }

    public static StateType fromAslName(String text) {
        for (StateType type : values()) {
            if (type.aslName.equals(text)) {
                return type;
            }
        }
        return null;
    }
}
