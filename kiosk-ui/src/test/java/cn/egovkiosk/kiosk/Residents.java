package cn.egovkiosk.kiosk;

import cn.egovkiosk.device.idcard.CardType;
import cn.egovkiosk.device.idcard.ResidentIdentity;
import java.time.LocalDate;
import java.util.Optional;

/** Invented residents for tests (the device-drivers sample card's data). */
public final class Residents {

    public static final String NAME = "张三";
    public static final String ID_NUMBER = "11010519491231002X";

    private Residents() {
    }

    public static ResidentIdentity sample() {
        return new ResidentIdentity(CardType.RESIDENT, NAME, "", "1", "01", LocalDate.of(1949, 12, 31),
                "北京市朝阳区建国路1号", ID_NUMBER, true, "北京市公安局朝阳分局", LocalDate.of(2010, 1, 1),
                Optional.of(LocalDate.of(2030, 1, 1)), new byte[1024]);
    }
}
