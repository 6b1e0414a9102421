import Foundation

/// A request's JSON body while it is decoded, from which an endpoint reads each field as its own type.
///
/// The endpoints read their bodies through it, inside ``MatrixServerCall/decodeBody(wrapper:_:)``, rather than
/// each declaring `Decodable` structs of its own: one shared reader instead of two structs per endpoint, with their
/// metadata and conformances, makes a large API's server about a quarter quicker to compile.
nonisolated struct MatrixServerBody {
    /// The body's top level.
    private let object: KeyedDecodingContainer<MatrixServerCodingKey>

    /// The object inside the wrapper, or `nil` if the endpoint has no wrapper or the body has none (or `null`).
    private let wrapped: KeyedDecodingContainer<MatrixServerCodingKey>?

    /// Starts reading a body.
    ///
    /// - Parameters:
    ///   - decoder: The body's decoder.
    ///   - wrapper: The member that holds the endpoint's wrapped fields, if it has one.
    /// - Throws: `DecodingError` if the body is no object, or its wrapper is neither an object nor `null`.
    init(from decoder: any Decoder, wrapper: String?) throws {
        let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
        self.object = object
        if let wrapper, object.contains(.init(wrapper)), try !object.decodeNil(forKey: .init(wrapper)) {
            self.wrapped = try object.nestedContainer(keyedBy: MatrixServerCodingKey.self, forKey: .init(wrapper))
        } else {
            self.wrapped = nil
        }
    }

    /// A field of the body's top level, or `nil` if it is missing or `null`.
    ///
    /// - Parameters:
    ///   - type: The field's type.
    ///   - name: The field's name.
    /// - Returns: The value.
    /// - Throws: `DecodingError` if the value is not of the type.
    func field<Value: Decodable>(_ type: Value.Type, _ name: MatrixServerCodingKey) throws -> Value? {
        try object.decodeIfPresent(type, forKey: name)
    }

    /// A field inside the wrapper, or `nil` if it or the wrapper is missing or `null`.
    ///
    /// - Parameters:
    ///   - type: The field's type.
    ///   - name: The field's name.
    /// - Returns: The value.
    /// - Throws: `DecodingError` if the value is not of the type.
    func wrappedField<Value: Decodable>(_ type: Value.Type, _ name: MatrixServerCodingKey) throws -> Value? {
        try wrapped?.decodeIfPresent(type, forKey: name)
    }

    /// A field that may stand beside the wrapper or inside it: the copy beside it wins, as ZStack's top-level
    /// `systemTags` and `userTags` do.
    ///
    /// Both copies are decoded, so a malformed one is an error whichever would be used.
    ///
    /// - Parameters:
    ///   - type: The field's type.
    ///   - name: The field's name.
    /// - Returns: The value.
    /// - Throws: `DecodingError` if a copy is not of the type.
    func fieldBesideWrapper<Value: Decodable>(_ type: Value.Type, _ name: MatrixServerCodingKey) throws -> Value? {
        let beside = try field(type, name)
        let inside = try wrappedField(type, name)
        return beside ?? inside
    }
}

/// What ``MatrixServerCall/decodeBody(wrapper:_:)`` hands the decoder, in its `userInfo`: the endpoint's reading
/// of the body, which ``MatrixServerBodyReading`` runs while the body is decoded.
///
/// A decoder's containers are only valid while it decodes, so the endpoint's code runs inside decoding. The class is
/// `@unchecked Sendable` because `userInfo` asks for `Sendable` values; it is made, used and dropped by one call on
/// one thread.
nonisolated final class MatrixServerBodyTask<Request>: @unchecked Sendable {
    /// The key under which the decoder's `userInfo` holds the task.
    static var key: CodingUserInfoKey { .serverBodyTask }

    /// The member that holds the endpoint's wrapped fields, if it has one.
    let wrapper: String?

    /// The endpoint's reading of the body.
    let read: (MatrixServerBody) throws -> Request

    init(wrapper: String?, read: @escaping (MatrixServerBody) throws -> Request) {
        self.wrapper = wrapper
        self.read = read
    }
}

/// A body decoded by running the endpoint's ``MatrixServerBodyTask`` on it.
nonisolated struct MatrixServerBodyReading<Request>: Decodable {
    /// What the endpoint read.
    let request: Request

    init(from decoder: any Decoder) throws {
        guard let task = decoder.userInfo[MatrixServerBodyTask<Request>.key] as? MatrixServerBodyTask<Request> else {
            let context = DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "The decoder has no reading of the body for \(Request.self)."
            )
            throw DecodingError.dataCorrupted(context)
        }
        self.request = try task.read(MatrixServerBody(from: decoder, wrapper: task.wrapper))
    }
}

nonisolated extension CodingUserInfoKey {
    /// The key under which a decoder's `userInfo` holds a ``MatrixServerBodyTask`` (`init(rawValue:)` takes any
    /// string).
    // swift-format-ignore: NeverForceUnwrap
    fileprivate static let serverBodyTask = CodingUserInfoKey(rawValue: "MatrixServerBodyTask")!
}
