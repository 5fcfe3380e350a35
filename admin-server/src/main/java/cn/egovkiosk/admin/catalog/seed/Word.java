package cn.egovkiosk.admin.catalog.seed;

/** A term of the word lists in Chinese and English. */
record Word(String zh, String en) {

    /** Reads {@code 中文/English}. */
    static Word parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw new IllegalArgumentException("word list entry without zh/en: " + text);
        }
        return new Word(text.substring(0, slash).strip(), text.substring(slash + 1).strip());
    }
}
