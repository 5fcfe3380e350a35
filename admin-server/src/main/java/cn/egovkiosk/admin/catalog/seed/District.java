package cn.egovkiosk.admin.catalog.seed;

/**
 * A district whose catalog is generated.
 *
 * @param regionCode  GB/T 2260 code, e.g. {@code 350203}
 * @param name        e.g. 思明区
 * @param codePrefix  prefix of its department codes, empty for the seeded district
 * @param kioskItems  items available at kiosks
 * @param windowItems items handled only at a counter
 * @param seedItems   whether the seven hand-written items of V2 belong to it
 */
record District(String regionCode, String name, String codePrefix, int kioskItems, int windowItems,
        boolean seedItems) {

    String shortName() {
        return name.substring(0, name.length() - 1);
    }
}
