import Foundation

enum TimeZoneCheck {
    /// True when Foundation knows the zone (IANA names, `UTC`, `GMT+8`).
    static func isKnown(_ identifier: String) -> Bool { TimeZone(identifier: identifier) != nil }
}
