import Foundation

/// A request body's value, decoded so that every `Int` in it fits in 32 bits.
///
/// A spec's `Integer` is Java's `int`, which ZStack's server cannot read past 32 bits, and it is Swift's `Int` in the
/// client's types (a `Long` is `Int64`). A body decodes the client's own types, named types included, so the range is
/// checked in the decoder they decode from: a number out of range is a bad request wherever it stands.
nonisolated struct MatrixServerIntegerRangeChecked<Value: Decodable>: Decodable {
    /// The value decoded.
    var value: Value

    init(from decoder: any Decoder) throws {
        self.value = try Value(from: MatrixServerIntegerRangeDecoder(base: decoder))
    }
}

/// A decoder that reads through another one and refuses an `Int` outside `Int32`'s range.
///
/// The values that `JSONDecoder` reads its own way (dates, data, URLs and decimals) are left to it, so its strategies
/// still apply to them.
nonisolated struct MatrixServerIntegerRangeDecoder: Decoder {
    /// The decoder read through.
    let base: any Decoder

    var codingPath: [any CodingKey] { base.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { base.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Keyed(base: try base.container(keyedBy: type)))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        Unkeyed(base: try base.unkeyedContainer())
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        Single(decoder: base, base: try base.singleValueContainer())
    }

    /// `value` as an `Int` if it fits in 32 bits.
    static func checked(_ value: Int, at codingPath: [any CodingKey]) throws -> Int {
        guard Int(Int32.min)...Int(Int32.max) ~= value else {
            let context = DecodingError.Context(
                codingPath: codingPath,
                debugDescription: "The number \(value) does not fit in 32 bits."
            )
            throw DecodingError.dataCorrupted(context)
        }
        return value
    }

    /// Whether `JSONDecoder` reads `type` its own way rather than through `init(from:)`.
    static func isReadByTheBase<T>(_ type: T.Type) -> Bool {
        type == Date.self || type == Data.self || type == URL.self || type == Decimal.self
    }

    private nonisolated struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let base: KeyedDecodingContainer<Key>

        var codingPath: [any CodingKey] { base.codingPath }
        var allKeys: [Key] { base.allKeys }

        func contains(_ key: Key) -> Bool { base.contains(key) }
        func decodeNil(forKey key: Key) throws -> Bool { try base.decodeNil(forKey: key) }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try base.decode(type, forKey: key) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try base.decode(type, forKey: key) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try base.decode(type, forKey: key) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try base.decode(type, forKey: key) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try base.decode(type, forKey: key) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try base.decode(type, forKey: key) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try base.decode(type, forKey: key) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try base.decode(type, forKey: key) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try base.decode(type, forKey: key) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try base.decode(type, forKey: key) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try base.decode(type, forKey: key) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try base.decode(type, forKey: key) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try base.decode(type, forKey: key) }

        func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
            try MatrixServerIntegerRangeDecoder.checked(base.decode(type, forKey: key), at: codingPath + [key])
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            if MatrixServerIntegerRangeDecoder.isReadByTheBase(type) { return try base.decode(type, forKey: key) }
            guard base.contains(key) else {
                let context = DecodingError.Context(
                    codingPath: codingPath,
                    debugDescription: "No value associated with key \"\(key.stringValue)\"."
                )
                throw DecodingError.keyNotFound(key, context)
            }
            return try T(from: MatrixServerIntegerRangeDecoder(base: base.superDecoder(forKey: key)))
        }

        func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type, forKey key: Key
        ) throws -> KeyedDecodingContainer<NestedKey> {
            KeyedDecodingContainer(Keyed<NestedKey>(base: try base.nestedContainer(keyedBy: type, forKey: key)))
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            Unkeyed(base: try base.nestedUnkeyedContainer(forKey: key))
        }

        func superDecoder() throws -> any Decoder {
            MatrixServerIntegerRangeDecoder(base: try base.superDecoder())
        }

        func superDecoder(forKey key: Key) throws -> any Decoder {
            MatrixServerIntegerRangeDecoder(base: try base.superDecoder(forKey: key))
        }
    }

    private nonisolated struct Unkeyed: UnkeyedDecodingContainer {
        var base: any UnkeyedDecodingContainer

        var codingPath: [any CodingKey] { base.codingPath }
        var count: Int? { base.count }
        var isAtEnd: Bool { base.isAtEnd }
        var currentIndex: Int { base.currentIndex }

        mutating func decodeNil() throws -> Bool { try base.decodeNil() }
        mutating func decode(_ type: Bool.Type) throws -> Bool { try base.decode(type) }
        mutating func decode(_ type: String.Type) throws -> String { try base.decode(type) }
        mutating func decode(_ type: Double.Type) throws -> Double { try base.decode(type) }
        mutating func decode(_ type: Float.Type) throws -> Float { try base.decode(type) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try base.decode(type) }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try base.decode(type) }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try base.decode(type) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try base.decode(type) }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try base.decode(type) }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try base.decode(type) }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try base.decode(type) }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try base.decode(type) }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try base.decode(type) }

        mutating func decode(_ type: Int.Type) throws -> Int {
            let index = MatrixServerCodingKey(index: currentIndex)
            return try MatrixServerIntegerRangeDecoder.checked(base.decode(type), at: codingPath + [index])
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            if MatrixServerIntegerRangeDecoder.isReadByTheBase(type) { return try base.decode(type) }
            return try T(from: MatrixServerIntegerRangeDecoder(base: base.superDecoder()))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type
        ) throws -> KeyedDecodingContainer<NestedKey> {
            KeyedDecodingContainer(Keyed<NestedKey>(base: try base.nestedContainer(keyedBy: type)))
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            Unkeyed(base: try base.nestedUnkeyedContainer())
        }

        mutating func superDecoder() throws -> any Decoder {
            MatrixServerIntegerRangeDecoder(base: try base.superDecoder())
        }
    }

    private nonisolated struct Single: SingleValueDecodingContainer {
        let decoder: any Decoder
        let base: any SingleValueDecodingContainer

        var codingPath: [any CodingKey] { base.codingPath }

        func decodeNil() -> Bool { base.decodeNil() }
        func decode(_ type: Bool.Type) throws -> Bool { try base.decode(type) }
        func decode(_ type: String.Type) throws -> String { try base.decode(type) }
        func decode(_ type: Double.Type) throws -> Double { try base.decode(type) }
        func decode(_ type: Float.Type) throws -> Float { try base.decode(type) }
        func decode(_ type: Int8.Type) throws -> Int8 { try base.decode(type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try base.decode(type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try base.decode(type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try base.decode(type) }
        func decode(_ type: UInt.Type) throws -> UInt { try base.decode(type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try base.decode(type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try base.decode(type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try base.decode(type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try base.decode(type) }

        func decode(_ type: Int.Type) throws -> Int {
            try MatrixServerIntegerRangeDecoder.checked(base.decode(type), at: codingPath)
        }

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            if MatrixServerIntegerRangeDecoder.isReadByTheBase(type) { return try base.decode(type) }
            return try T(from: MatrixServerIntegerRangeDecoder(base: decoder))
        }
    }
}
