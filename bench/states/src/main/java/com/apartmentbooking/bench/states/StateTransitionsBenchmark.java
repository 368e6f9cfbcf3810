package com.apartmentbooking.bench.states;

import com.apartmentbooking.local.states.engine.ExecutionHandle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * State transitions per second of the local Step Functions engine on one thread. Each invocation
 * runs one whole execution; {@link OperationsPerInvocation} makes JMH report transitions rather
 * than executions.
 */
@State(Scope.Thread)
@Threads(1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StateTransitionsBenchmark {
    private SingleThreadEngine passChain;
    private SingleThreadEngine choiceLoop;
    private SingleThreadEngine map;

    @Setup
    public void compileAndVerify() {
        passChain = new SingleThreadEngine(Workload.PASS_CHAIN);
        choiceLoop = new SingleThreadEngine(Workload.CHOICE_LOOP);
        map = new SingleThreadEngine(Workload.MAP);
        passChain.verify();
        choiceLoop.verify();
        map.verify();
    }

    @Benchmark
    @OperationsPerInvocation(Workload.PASS_CHAIN_TRANSITIONS)
    public ExecutionHandle passChain() {
        return passChain.run();
    }

    @Benchmark
    @OperationsPerInvocation(Workload.CHOICE_LOOP_TRANSITIONS)
    public ExecutionHandle choiceLoop() {
        return choiceLoop.run();
    }

    @Benchmark
    @OperationsPerInvocation(Workload.MAP_TRANSITIONS)
    public ExecutionHandle map1000() {
        return map.run();
    }
}
