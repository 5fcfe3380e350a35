package cn.egovkiosk.device;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A parameterized test run once per case seed ({@link RandomCases#seeds}); the method takes the seed as a
 * {@code long} and draws its inputs from {@code new SplittableRandom(seed)}. A failing case names its seed.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "seed {0}")
@ArgumentsSource(RandomCases.SeedsProvider.class)
@ExtendWith(RandomCases.ShowSeedOnFailure.class)
public @interface RandomizedCases {

    /** Fixed per test, so every run draws the same cases. */
    long baseSeed();

    int cases();
}
