package com.apartmentbooking.local.lambda.clockagent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The constant pool rewrite on its own: which classes change, and that a changed class still loads and runs. */
class TimeCallRedirectTest {

    /** Reads the clock beside long and double constants, which take two slots of the constant pool each. */
    static final class ReadsTheClock {
        static final long LONG = 1_234_567_890_123L;
        static final double DOUBLE = 3.5;

        static double scaled(double x) {
            return x * DOUBLE + LONG;
        }

        static long now() {
            return System.currentTimeMillis() + LONG;
        }
    }

    static final class MeasuresDurations {
        static long elapsed(long start) {
            return System.nanoTime() - start;
        }
    }

    @Test
    void aClassThatReadsNoWallClockIsLeftAsItIs() throws IOException {
        assertNull(TimeCallRedirect.apply(classFile(MeasuresDurations.class)));
    }

    @Test
    void aRedirectedClassLoadsKeepsItsConstantsAndReadsRuntimeTime() throws Exception {
        byte[] redirected = TimeCallRedirect.apply(classFile(ReadsTheClock.class));
        assertNotNull(redirected);
        assertNull(TimeCallRedirect.apply(redirected), "nothing is left to redirect");

        Class<?> loaded = new SingleClassLoader(ReadsTheClock.class.getName(), redirected).loadClass(
                ReadsTheClock.class.getName());

        assertEquals(2 * 3.5 + 1_234_567_890_123L, (double) method(loaded, "scaled", double.class).invoke(null, 2.0));
        // RuntimeTime has no lead file in this JVM: the call fails inside it, which shows where it went.
        InvocationTargetException failure = assertThrows(InvocationTargetException.class,
                () -> method(loaded, "now").invoke(null));
        assertTrue(Arrays.stream(failure.getCause().getStackTrace()).anyMatch(frame ->
                frame.getClassName().equals(RuntimeTime.class.getName()) && frame.getMethodName().equals(
                        "currentTimeMillis")), "System.currentTimeMillis() was redirected to RuntimeTime");
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) throws NoSuchMethodException {
        Method method = type.getDeclaredMethod(name, parameters);
        method.setAccessible(true);
        return method;
    }

    private static byte[] classFile(Class<?> type) throws IOException {
        String name = type.getName();
        try (InputStream in = type.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
            return in.readAllBytes();
        }
    }

    /** Defines one class from the given bytes and leaves every other class to its parent. */
    private static final class SingleClassLoader extends ClassLoader {
        private final String name;
        private final byte[] classFile;

        SingleClassLoader(String name, byte[] classFile) {
            super(TimeCallRedirectTest.class.getClassLoader());
            this.name = name;
            this.classFile = classFile;
        }

        @Override
        protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
            if (!className.equals(name)) {
                return super.loadClass(className, resolve);
            }
            synchronized (getClassLoadingLock(className)) {
                Class<?> loaded = findLoadedClass(className);
                return loaded != null ? loaded : defineClass(className, classFile, 0, classFile.length);
            }
        }
    }
}
