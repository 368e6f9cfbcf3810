package com.apartmentbooking.local.lambda.clockagent;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.Map;
import java.util.Set;

/**
 * Redirects the wall-clock reads of every class as it is loaded or retransformed, but those of this agent (which
 * reads the wall clock itself) and of the Lambda runtime interface client: the client runs on the wall clock, as
 * the Runtime API's deadline and the instance's timeout do, so a handler's remaining time stays right across a
 * clock advance.
 */
final class TimeCallTransformer implements ClassFileTransformer {

    private static final String AGENT_PACKAGE = TimeCallTransformer.class.getPackageName().replace('.', '/') + "/";
    private static final String RUNTIME_CLIENT_PACKAGE = "com/amazonaws/services/lambda/runtime/api/client/";

    private final Instrumentation instrumentation;
    private final Module runtimeTime = RuntimeTime.class.getModule();

    TimeCallTransformer(Instrumentation instrumentation) {
        this.instrumentation = instrumentation;
    }

    /** Whether a class of this name may be redirected. */
    static boolean redirects(String className) {
        return className != null && !className.startsWith(AGENT_PACKAGE) && !className.startsWith(RUNTIME_CLIENT_PACKAGE);
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String className, Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain, byte[] classFile) {
        if (!redirects(className)) {
            return null;
        }
        try {
            byte[] redirected = TimeCallRedirect.apply(classFile);
            if (redirected != null && module.isNamed() && !module.canRead(runtimeTime)) {
                // A named module (java.base, java.logging) reads only what it declares: let it read RuntimeTime's.
                instrumentation.redefineModule(module, Set.of(runtimeTime), Map.of(), Map.of(), Set.of(), Map.of());
            }
            return redirected;
        } catch (RuntimeException malformed) {
            // A class file this cannot read is left as it is: the JVM reports what is wrong with it.
            return null;
        }
    }
}
