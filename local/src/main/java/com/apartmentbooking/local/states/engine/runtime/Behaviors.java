package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.definition.StateType;
import com.apartmentbooking.local.states.engine.history.EventTypes;
import java.util.EnumMap;
import java.util.Map;

/** The behavior of each state type, and the few facts about the types the common code needs. */
final class Behaviors {
    private static final Map<StateType, StateBehavior> BEHAVIORS = new EnumMap<>(StateType.class);

    static {
        BEHAVIORS.put(StateType.PASS, new PassBehavior());
        BEHAVIORS.put(StateType.TASK, new TaskBehavior());
        BEHAVIORS.put(StateType.CHOICE, new ChoiceBehavior());
        BEHAVIORS.put(StateType.WAIT, new WaitBehavior());
        BEHAVIORS.put(StateType.SUCCEED, new SucceedBehavior());
        BEHAVIORS.put(StateType.FAIL, new FailBehavior());
        BEHAVIORS.put(StateType.PARALLEL, new ParallelBehavior());
        BEHAVIORS.put(StateType.MAP, new MapBehavior());
    }

    private Behaviors() {
    }

    static StateBehavior of(StateType type) {
        return BEHAVIORS.get(type);
    }

    /** Whether the type has a result distinct from its input ({@code $states.result} in JSONata). */
    static boolean producesResult(StateType type) {
        return type == StateType.TASK || type == StateType.PARALLEL || type == StateType.MAP;
    }

    /**
     * Records the event AWS writes when a Map or Parallel state fails for good (after its retries,
     * before a catcher takes over or the failure moves up): MapStateFailed, ParallelStateFailed.
     */
    static void recordFinalFailure(StateRun run) {
        if (run.state().type() == StateType.MAP) {
            run.record(EventTypes.MAP_STATE_FAILED, null);
        } else if (run.state().type() == StateType.PARALLEL) {
            run.record(EventTypes.PARALLEL_STATE_FAILED, null);
        }
    }
}
