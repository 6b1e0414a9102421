import FixtureAPI
import Foundation

/// A type whose values path parameters, query parameters and header fields carry as text.
///
/// Enumerations of the API are read through their raw values instead, so that values the API does not list are
/// kept as they are in the generated models.
nonisolated protocol FixtureServerParameterValue {
    /// Reads a value from its text.
    ///
    /// - Parameters:
    ///   - parameter: The text, already percent-decoded.
    ///   - timestamp: How timestamps are read.
    init?(parameter: String, timestamp: FixtureTimestamp)

    /// What a valid value is, for the messages of bad requests, such as `an integer`.
    static var parameterTypeDescription: String { get }
}

nonisolated extension String: FixtureServerParameterValue {
    init?(parameter: String, timestamp: FixtureTimestamp) {
        self = parameter
    }

    static var parameterTypeDescription: String { "a string" }
}

/// `Integer`: a 32-bit integer on the wire, as ZStack's Java `int` and `Integer` are.
nonisolated extension Int: FixtureServerParameterValue {
    init?(parameter: String, timestamp: FixtureTimestamp) {
        guard let value = Int32(parameter.trimmingCharacters(in: .whitespaces)) else { return nil }
        self.init(value)
    }

    static var parameterTypeDescription: String { "an integer from -2147483648 to 2147483647" }
}

nonisolated extension Int64: FixtureServerParameterValue {
    init?(parameter: String, timestamp: FixtureTimestamp) {
        self.init(parameter.trimmingCharacters(in: .whitespaces))
    }

    static var parameterTypeDescription: String { "an integer" }
}

nonisolated extension Double: FixtureServerParameterValue {
    init?(parameter: String, timestamp: FixtureTimestamp) {
        self.init(parameter.trimmingCharacters(in: .whitespaces))
    }

    static var parameterTypeDescription: String { "a number" }
}

nonisolated extension Float: FixtureServerParameterValue {
    init?(parameter: String, timestamp: FixtureTimestamp) {
        self.init(parameter.trimmingCharacters(in: .whitespaces))
    }

    static var parameterTypeDescription: String { "a number" }
}

nonisolated extension Bool: FixtureServerParameterValue {
    init?(parameter: String, timestamp: FixtureTimestamp) {
        switch parameter.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true": self = true
        case "false": self = false
        default: return nil
        }
    }

    static var parameterTypeDescription: String { "true or false" }
}

nonisolated extension Date: FixtureServerParameterValue {
    init?(parameter: String, timestamp: FixtureTimestamp) {
        guard let date = timestamp.date(from: parameter) else { return nil }
        self = date
    }

    static var parameterTypeDescription: String { "a timestamp such as \"Jan 6, 2017 3:51:16 AM\"" }
}
