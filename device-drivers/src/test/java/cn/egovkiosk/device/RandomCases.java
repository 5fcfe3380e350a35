package cn.egovkiosk.device;

import java.lang.reflect.Method;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Seeded random inputs for the randomized tests ({@link RandomizedCases}), without a property-testing library. Every
 * case gets its own seed from a fixed base seed, so runs repeat exactly; a failing case names its seed, and
 * {@code -Drandomized.seed=SEED} re-runs just that case. Sizes and ranges land on their bounds more often than a
 * uniform draw would, because the bounds (empty input, one-byte chunks, maximum length) are where parsers break.
 */
public final class RandomCases {

    /** System property that replaces every seed stream with one given case seed. */
    public static final String SEED_PROPERTY = "randomized.seed";

    private RandomCases() {
    }

    /** The case seeds for one test: {@code cases} seeds derived from {@code baseSeed}, or the one seed asked for. */
    public static LongStream seeds(long baseSeed, int cases) {
        String only = System.getProperty(SEED_PROPERTY, "").strip();
        return only.isEmpty() ? new SplittableRandom(baseSeed).longs(cases) : LongStream.of(Long.parseLong(only));
    }

    /** An int in [min, max], either bound one time in ten each. */
    public static int between(SplittableRandom random, int min, int max) {
        int pick = random.nextInt(10);
        if (pick == 0) {
            return min;
        }
        if (pick == 1) {
            return max;
        }
        return random.nextInt(min, max + 1);
    }

    /** Uniformly random bytes, the length in [minLength, maxLength] as {@link #between} draws it. */
    public static byte[] bytes(SplittableRandom random, int minLength, int maxLength) {
        byte[] bytes = new byte[between(random, minLength, maxLength)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A byte that is never zero, so XOR-ing it in always changes the byte it hits. */
    public static byte nonZeroByte(SplittableRandom random) {
        return (byte) random.nextInt(1, 256);
    }

    /** The seeds of a {@link RandomizedCases} test. */
    static final class SeedsProvider extends AnnotationBasedArgumentsProvider<RandomizedCases> {

        @Override
        protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters,
                ExtensionContext context, RandomizedCases cases) {
            return seeds(cases.baseSeed(), cases.cases()).mapToObj(Arguments::of);
        }
    }

    /** A failing {@link RandomizedCases} case fails with its seed and the switch that re-runs it, whatever it threw. */
    static final class ShowSeedOnFailure implements InvocationInterceptor {

        @Override
        public void interceptTestTemplateMethod(Invocation<Void> invocation,
                ReflectiveInvocationContext<Method> call, ExtensionContext context) throws Throwable {
            try {
                invocation.proceed();
            } catch (Throwable failure) {
                // surefire's reports name a case by its index only, so the seed goes into the message
                Object seed = call.getArguments().getFirst();
                throw new AssertionError("case seed " + seed + " (re-run it alone with -D" + SEED_PROPERTY + "="
                        + seed + "): " + failure, failure);
            }
        }
    }
}
