package cn.egovkiosk.admin.catalog.seed;

import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.util.Collection;
import java.util.Set;

/** How many kiosk items carry each flag. */
record FlagTargets(int selfService, int instantApproval, int idCardOnly, int noCertificateNeeded) {

    /** The district's figures: 自助办 100, 秒批 65, 一证通办 34, 免证办 179. */
    static final FlagTargets DISTRICT = new FlagTargets(100, 65, 34, 179);

    /** What is left after the given items took their share. */
    FlagTargets minus(Collection<Set<ItemFlag>> taken) {
        return new FlagTargets(selfService - count(taken, ItemFlag.SELF_SERVICE),
                instantApproval - count(taken, ItemFlag.INSTANT_APPROVAL),
                idCardOnly - count(taken, ItemFlag.ID_CARD_ONLY),
                noCertificateNeeded - count(taken, ItemFlag.NO_CERTIFICATE_NEEDED));
    }

    private static int count(Collection<Set<ItemFlag>> taken, ItemFlag flag) {
        return (int) taken.stream().filter(flags -> flags.contains(flag)).count();
    }
}
