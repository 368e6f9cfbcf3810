package com.apartmentbooking.bench.states;

import com.apartmentbooking.local.states.engine.ExecutionHandle;
import com.apartmentbooking.local.states.engine.ExecutionStatus;
import com.apartmentbooking.local.states.engine.StartExecutionRequest;
import com.apartmentbooking.local.states.engine.StatesEngine;
import com.apartmentbooking.local.states.engine.runtime.CompiledMachine;
import com.apartmentbooking.local.clock.Scheduler;
import com.apartmentbooking.local.clock.SystemClock;

/**
 * Runs executions of one workload entirely on the calling thread. The engine's event loops are
 * given a direct executor, so an execution runs to its end inside {@code start} and the benchmark
 * measures one core's work without hand-offs between threads. The definition is compiled once:
 * what is measured is running it.
 */
final class SingleThreadEngine {
    private static final String MACHINE_NAME = "Bench";

    /** Shared, because each wall-clock scheduler owns a timer thread; these machines set no timer. */
    private final Scheduler scheduler = Scheduler.forClock(SystemClock.INSTANCE);
    private final Workload workload;
    private final CompiledMachine machine;

    SingleThreadEngine(Workload workload) {
        this.workload = workload;
        this.machine = CompiledMachine.compile(workload.definitionJson);
    }

    /**
     * One execution on a fresh engine: an engine keeps every execution it ran (with its history),
     * so reusing one across millions of runs would measure the garbage collector.
     */
    ExecutionHandle run() {
        StatesEngine engine = StatesEngine.builder()
                .clock(SystemClock.INSTANCE)
                .scheduler(scheduler)
                .executor(Runnable::run)
                .build();
        ExecutionHandle execution = engine.start(new StartExecutionRequest(
                engine.stateMachineArn(MACHINE_NAME), machine, null, "run", workload.inputJson));
        if (execution.status() != ExecutionStatus.SUCCEEDED) {
            throw new IllegalStateException(workload + " ended " + execution.status() + ": " + execution.error()
                    + " " + execution.cause());
        }
        return execution;
    }

    /** Runs once and checks the transitions per execution the benchmark divides by. */
    void verify() {
        long entered = run().history().stream().filter(event -> event.type().endsWith("StateEntered")).count();
        if (entered != workload.transitions) {
            throw new IllegalStateException(workload + " entered " + entered + " states, the benchmark counts "
                    + workload.transitions);
        }
    }
}
