package cn.egovkiosk.admin.catalog.seed;

/**
 * Unified social credit codes (GB 32100) for generated departments: {@code 11} (registered by 机构编制, an organ of
 * state), the six-digit region code, a nine-character organisation code with its GB 11714 check character, and the
 * MOD 31 check character. They are valid in form and invented in content.
 */
public final class CreditCodes {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private CreditCodes() {
    }

    /** The code of the {@code serial}-th department of a region. */
    static String forDepartment(String regionCode, int serial) {
        String organisation = "MB" + String.format("%06d", serial);
        String body = "11" + regionCode + organisation + organisationCheck(organisation);
        return body + CHARSET.charAt(creditCheckValue(body));
    }

    /** Whether both check characters of an 18-character code are right. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18 || !code.chars().allMatch(c -> CHARSET.indexOf(c) >= 0)) {
            return false;
        }
        String organisation = code.substring(8, 16);
        return code.charAt(16) == organisationCheck(organisation)
                && code.charAt(17) == CHARSET.charAt(creditCheckValue(code.substring(0, 17)));
    }

    private static char organisationCheck(String eight) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = eight.charAt(i);
            sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private static int creditCheckValue(String seventeen) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(seventeen.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int check = 31 - sum % 31;
        return check == 31 ? 0 : check;
    }
}
