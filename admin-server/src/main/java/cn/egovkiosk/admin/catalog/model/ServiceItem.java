package cn.egovkiosk.admin.catalog.model;

import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A service item with the basic elements of the implementation list.
 *
 * @param code                 实施编码: the department's credit code followed by the item's digits
 * @param name                 事项名称 (zh-CN)
 * @param nameEn               the name in English
 * @param departmentCode       实施主体 ({@link Department#code()})
 * @param type                 事项类型
 * @param limits               即办件/承诺件 and the legal and promised time limits
 * @param acceptanceConditions 受理条件
 * @param process              办理流程
 * @param materials            申请材料, in order
 * @param fee                  收费
 * @param place                办理地点 and 办理时间
 * @param servedParties        服务对象
 * @param kioskAvailable       是否支持终端办理: only these items are published to kiosks
 * @param flags                自助办, 秒批, 一证通办, 免证办
 * @param requiredDevices      the devices a kiosk needs to serve it
 * @param displayOrder         position in lists
 */
public record ServiceItem(String code, String name, String nameEn, String departmentCode, ItemType type,
        TimeLimits limits, String acceptanceConditions, String process, List<Material> materials, Fee fee,
        ServicePlace place, Set<ServedParty> servedParties, boolean kioskAvailable, Set<ItemFlag> flags,
        Set<DeviceKind> requiredDevices, int displayOrder) {

    public ServiceItem {
        materials = List.copyOf(materials);
        servedParties = frozen(servedParties, ServedParty.class);
        flags = frozen(flags, ItemFlag.class);
        requiredDevices = frozen(requiredDevices, DeviceKind.class);
    }

    private static <E extends Enum<E>> Set<E> frozen(Set<E> values, Class<E> type) {
        return Collections.unmodifiableSet(values == null || values.isEmpty() ? EnumSet.noneOf(type)
                : EnumSet.copyOf(values));
    }
}
