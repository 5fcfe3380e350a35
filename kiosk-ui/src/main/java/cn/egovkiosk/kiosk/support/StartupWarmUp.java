package cn.egovkiosk.kiosk.support;

import cn.egovkiosk.protocol.ProtocolJson;
import net.sourceforge.pinyin4j.PinyinHelper;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Start-up work that does not need Spring, done on a second core while the main thread reads the configuration: the
 * SQLite native library, Flyway's plugin set-up, the protocol's JSON mapper and the pinyin tables. The main thread
 * needs each of them later and then finds it ready (class initialisation is once per JVM, so nothing is done twice
 * and nothing can be half-done). A failure here is ignored: the same call fails again where it is needed and is
 * reported there, with Spring's logging set up.
 */
public final class StartupWarmUp {

    private StartupWarmUp() {
    }

    public static void begin() {
        Thread.ofPlatform().name("kiosk-warm-up").daemon(true).start(StartupWarmUp::run);
    }

    static void run() {
        try {
            SQLiteJDBCLoader.initialize();
            Flyway.configure();
            ProtocolJson.mapper();
            PinyinHelper.toHanyuPinyinStringArray('社');
        } catch (Exception | LinkageError ignored) {
            // reported where the kiosk really uses it
        }
    }
}
