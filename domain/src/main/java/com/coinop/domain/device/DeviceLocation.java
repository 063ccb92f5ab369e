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
     * A location an operator typed, each part as {@link Part#entered} takes it. Locations read back from
     * storage are not held to these rules: an old row stays readable.
     */
    public static DeviceLocation entered(String province, String city, String area, String location) {
        return new DeviceLocation(Part.PROVINCE.entered(province), Part.CITY.entered(city), Part.AREA.entered(area),
                Part.LOCATION.entered(location));
    }

    /** The four parts of a location, as an operator types them. */
    public enum Part {
        PROVINCE("province", "INVALID_PROVINCE", MAX_REGION_LENGTH),
        CITY("city", "INVALID_CITY", MAX_REGION_LENGTH),
        AREA("area", "INVALID_AREA", MAX_REGION_LENGTH),
        LOCATION("location", "INVALID_LOCATION", MAX_LOCATION_LENGTH);

        private final String field;
        private final String code;
        private final int maxLength;

        Part(String field, String code, int maxLength) {
            this.field = field;
            this.code = code;
            this.maxLength = maxLength;
        }

        /**
         * The part without surrounding blanks: not empty, within its column, without control characters or
         * broken UTF-16 (a lone surrogate the database could not store).
         *
         * @throws InvalidValueException this part's code (INVALID_PROVINCE …), naming the field and its limit
         */
        public String entered(String value) {
            InvalidValueException.require(value != null && !value.isBlank(), code, field + " 不能为空");
            String stripped = value.strip();
            InvalidValueException.require(stripped.codePoints().noneMatch(Part::unprintable), code,
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
}
