package com.coinop.domain.device;

import com.coinop.domain.shared.InvalidValueException;

/** Where a machine stands: province, city, area and the place itself. */
public record DeviceLocation(String province, String city, String area, String location) {

    /** Characters (code points, as MySQL's utf8mb4 VARCHAR counts them) of the province, city and area. */
    public static final int MAX_REGION_LENGTH = 64;
    /** Characters of the place itself. */
    public static final int MAX_LOCATION_LENGTH = 255;

    public DeviceLocation {
        InvalidValueException.require(province != null && city != null && area != null && location != null,
                "INVALID_LOCATION", "设备位置不完整");
    }

    /**
     * A location an operator typed: each part without surrounding blanks, not empty, within its column,
     * and without control characters or broken UTF-16 (a lone surrogate the database could not store).
     * Locations read back from storage are not held to these rules: an old row stays readable.
     *
     * @throws InvalidValueException INVALID_PROVINCE, INVALID_CITY, INVALID_AREA or INVALID_LOCATION,
     *                               naming the field and its limit
     */
    public static DeviceLocation entered(String province, String city, String area, String location) {
        return new DeviceLocation(
                part("province", "INVALID_PROVINCE", province, MAX_REGION_LENGTH),
                part("city", "INVALID_CITY", city, MAX_REGION_LENGTH),
                part("area", "INVALID_AREA", area, MAX_REGION_LENGTH),
                part("location", "INVALID_LOCATION", location, MAX_LOCATION_LENGTH));
    }

    private static String part(String field, String code, String value, int maxLength) {
        InvalidValueException.require(value != null && !value.isBlank(), code, field + " 不能为空");
        String stripped = value.strip();
        InvalidValueException.require(stripped.codePoints().noneMatch(DeviceLocation::unprintable), code,
                field + " 不能含控制字符或无效字符");
        InvalidValueException.require(stripped.codePointCount(0, stripped.length()) <= maxLength, code,
                field + " 最多 " + maxLength + " 个字符");
        return stripped;
    }

    private static boolean unprintable(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.SURROGATE;
    }
}
