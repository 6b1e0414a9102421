/// Any JSON value, kept as received.
///
/// ZStack uses it for fields whose shape the API does not describe (`LinkedHashMap`, `Map` and `JSON` in the
/// specs). Decoding and encoding round-trip every value: integers stay exact 64-bit integers, and only numbers
/// with a fraction or an exponent, or outside the 64-bit range, become doubles. Object keys are unordered.
public nonisolated enum ZStackJSONValue: Sendable, Hashable {
    /// The JSON `null`.
    case null
    /// A JSON `true` or `false`.
    case bool(Bool)
    /// A JSON number without a fraction that fits in 64 bits.
    case integer(Int64)
    /// Any other JSON number.
    case double(Double)
    /// A JSON string.
    case string(String)
    /// A JSON array.
    case array([ZStackJSONValue])
    /// A JSON object.
    case object([String: ZStackJSONValue])
}

nonisolated extension ZStackJSONValue {
    /// Whether the value is the JSON `null`.
    public var isNull: Bool {
        self == .null
    }

    /// The boolean, if the value is a JSON `true` or `false`.
    public var boolValue: Bool? {
        guard case .bool(let value) = self else { return nil }
        return value
    }

    /// The integer, if the value is a JSON number without a fraction that fits in 64 bits.
    public var integerValue: Int64? {
        guard case .integer(let value) = self else { return nil }
        return value
    }

    /// The number as a double, if the value is any JSON number.
    public var doubleValue: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .double(let value): return value
        default: return nil
        }
    }

    /// The string, if the value is a JSON string.
    public var stringValue: String? {
        guard case .string(let value) = self else { return nil }
        return value
    }

    /// The elements, if the value is a JSON array.
    public var arrayValue: [ZStackJSONValue]? {
        guard case .array(let value) = self else { return nil }
        return value
    }

    /// The members, if the value is a JSON object.
    public var objectValue: [String: ZStackJSONValue]? {
        guard case .object(let value) = self else { return nil }
        return value
    }

    /// The member with the given key, if the value is a JSON object that has it.
    ///
    /// - Parameter key: The member's name.
    public subscript(key: String) -> ZStackJSONValue? {
        objectValue?[key]
    }
}

nonisolated extension ZStackJSONValue: Codable {
    /// Creates a value from any JSON value.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if the input is no valid JSON value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([ZStackJSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: ZStackJSONValue].self))
        }
    }

    /// Encodes the value as the JSON value it holds.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

nonisolated extension ZStackJSONValue: ExpressibleByNilLiteral {
    /// Creates the JSON `null`.
    ///
    /// - Parameter nilLiteral: The `nil` literal.
    public init(nilLiteral: ()) {
        self = .null
    }
}

nonisolated extension ZStackJSONValue: ExpressibleByBooleanLiteral {
    /// Creates a JSON boolean.
    ///
    /// - Parameter value: The boolean literal.
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

nonisolated extension ZStackJSONValue: ExpressibleByIntegerLiteral {
    /// Creates a JSON integer.
    ///
    /// - Parameter value: The integer literal.
    public init(integerLiteral value: Int64) {
        self = .integer(value)
    }
}

nonisolated extension ZStackJSONValue: ExpressibleByFloatLiteral {
    /// Creates a JSON number with a fraction.
    ///
    /// - Parameter value: The floating-point literal.
    public init(floatLiteral value: Double) {
        self = .double(value)
    }
}

nonisolated extension ZStackJSONValue: ExpressibleByStringLiteral {
    /// Creates a JSON string.
    ///
    /// - Parameter value: The string literal.
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

nonisolated extension ZStackJSONValue: ExpressibleByArrayLiteral {
    /// Creates a JSON array.
    ///
    /// - Parameter elements: The array's elements.
    public init(arrayLiteral elements: ZStackJSONValue...) {
        self = .array(elements)
    }
}

nonisolated extension ZStackJSONValue: ExpressibleByDictionaryLiteral {
    /// Creates a JSON object.
    ///
    /// If a key appears more than once, the last value wins, as in most JSON parsers.
    ///
    /// - Parameter elements: The object's members.
    public init(dictionaryLiteral elements: (String, ZStackJSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
