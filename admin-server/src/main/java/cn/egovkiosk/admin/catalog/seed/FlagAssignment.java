package cn.egovkiosk.admin.catalog.seed;

import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Deals out the flags so that their counts are exact and every flag lands on an item it suits: 秒批 only where
 * rules can decide (and always with 自助办), 一证通办 where the ID card can be enough, and 一证通办 and 免证办 never
 * together (the first needs no data at all beyond the card, the second fetches it).
 */
final class FlagAssignment {

    private FlagAssignment() {
    }

    /** The flags of each item, by position in {@code actions}. */
    static List<Set<ItemFlag>> assign(List<ItemAction> actions, FlagTargets targets, Random random) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, actions.size()).boxed().toList());
        Collections.shuffle(order, random);
        List<Set<ItemFlag>> flags = new ArrayList<>(actions.stream().map(a -> EnumSet.noneOf(ItemFlag.class)).toList());
        give(order, flags, ItemFlag.INSTANT_APPROVAL, targets.instantApproval(),
                i -> actions.get(i).instantCapable());
        order.stream().filter(i -> flags.get(i).contains(ItemFlag.INSTANT_APPROVAL))
                .forEach(i -> flags.get(i).add(ItemFlag.SELF_SERVICE));
        give(order, flags, ItemFlag.SELF_SERVICE, targets.selfService() - targets.instantApproval(),
                i -> actions.get(i).selfServiceCapable() && !flags.get(i).contains(ItemFlag.SELF_SERVICE));
        Collections.shuffle(order, random);
        give(order, flags, ItemFlag.ID_CARD_ONLY, targets.idCardOnly(), i -> actions.get(i).idCardOnlyCapable());
        give(order, flags, ItemFlag.NO_CERTIFICATE_NEEDED, targets.noCertificateNeeded(),
                i -> !flags.get(i).contains(ItemFlag.ID_CARD_ONLY));
        return flags.stream().map(set -> (Set<ItemFlag>) set).toList();
    }

    private static void give(List<Integer> order, List<Set<ItemFlag>> flags, ItemFlag flag, int count,
            Predicate<Integer> suits) {
        List<Integer> chosen = order.stream().filter(suits).limit(count).toList();
        if (chosen.size() < count) {
            throw new IllegalStateException("only " + chosen.size() + " items suit " + flag + ", " + count + " wanted");
        }
        chosen.forEach(i -> flags.get(i).add(flag));
    }
}
