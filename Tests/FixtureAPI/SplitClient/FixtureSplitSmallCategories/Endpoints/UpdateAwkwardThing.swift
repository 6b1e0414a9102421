public import FixtureSplitCore
import HTTPTypes

/// Update Awkward Thing
///
/// Every name here is chosen to trip up a code generator: `default`, `self`, `Type`, `2fa`, ...
///
/// `PUT /fixture/v1/things/{thing-uuid}/actions`, synchronous, no authorization.
///
/// Category: Fixtures
///
/// - Since: 1.0
public nonisolated enum UpdateAwkwardThing {
    /// The endpoint's static description.
    public static var operation: FixtureOperation {
        FixtureOperation(
            id: "UpdateAwkwardThing",
            method: .put,
            pathTemplate: "/fixture/v1/things/{thing-uuid}/actions",
            requiresAuthorization: false,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The thing's UUID
        public let thingUuid: String

        /// A field named like a keyword
        public let `default`: String

        /// A field named self
        public let selfValue: Int?

        /// A field named Type
        public let type: Bool?

        /// A field starting with a digit
        public let _2fa: Int64?

        /// Another keyword
        public let `protocol`: Double?

        /// Clashes with Hashable
        public let hashValueField: String?

        /// Clashes with initializers
        public let initValue: String?

        /// Counts by label
        public let labels: [String: Int64]?

        /// Any JSON value
        public let extra: FixtureJSONValue?

        /// Tags outside the wrapper
        public let tags: [String]?

        /// A field named like the server's closure that reads the body
        public let body: String?

        /// A field named like the request the server makes
        public let request: Int?

        /// A field named like the server's local for the field named body
        public let bodyField: Bool?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - thingUuid: The thing's UUID
        ///   - default: A field named like a keyword
        ///   - selfValue: A field named self
        ///   - type: A field named Type
        ///   - _2fa: A field starting with a digit
        ///   - protocol: Another keyword
        ///   - hashValueField: Clashes with Hashable
        ///   - initValue: Clashes with initializers
        ///   - labels: Counts by label
        ///   - extra: Any JSON value
        ///   - tags: Tags outside the wrapper
        ///   - body: A field named like the server's closure that reads the body
        ///   - request: A field named like the request the server makes
        ///   - bodyField: A field named like the server's local for the field named body
        public init(
            thingUuid: String,
            default: String,
            selfValue: Int? = nil,
            type: Bool? = nil,
            _2fa: Int64? = nil,
            protocol: Double? = nil,
            hashValueField: String? = nil,
            initValue: String? = nil,
            labels: [String: Int64]? = nil,
            extra: FixtureJSONValue? = nil,
            tags: [String]? = nil,
            body: String? = nil,
            request: Int? = nil,
            bodyField: Bool? = nil
        ) {
            self.thingUuid = thingUuid
            self.default = `default`
            self.selfValue = selfValue
            self.type = type
            self._2fa = _2fa
            self.protocol = `protocol`
            self.hashValueField = hashValueField
            self.initValue = initValue
            self.labels = labels
            self.extra = extra
            self.tags = tags
            self.body = body
            self.request = request
            self.bodyField = bodyField
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard FixtureFieldwise.same(lhs.thingUuid, rhs.thingUuid) else { return false }
            guard FixtureFieldwise.same(lhs.default, rhs.default) else { return false }
            guard FixtureFieldwise.same(lhs.selfValue, rhs.selfValue) else { return false }
            guard FixtureFieldwise.same(lhs.type, rhs.type) else { return false }
            guard FixtureFieldwise.same(lhs._2fa, rhs._2fa) else { return false }
            guard FixtureFieldwise.same(lhs.protocol, rhs.protocol) else { return false }
            guard FixtureFieldwise.same(lhs.hashValueField, rhs.hashValueField) else { return false }
            guard FixtureFieldwise.same(lhs.initValue, rhs.initValue) else { return false }
            guard FixtureFieldwise.same(lhs.labels, rhs.labels) else { return false }
            guard FixtureFieldwise.same(lhs.extra, rhs.extra) else { return false }
            guard FixtureFieldwise.same(lhs.tags, rhs.tags) else { return false }
            guard FixtureFieldwise.same(lhs.body, rhs.body) else { return false }
            guard FixtureFieldwise.same(lhs.request, rhs.request) else { return false }
            return FixtureFieldwise.same(lhs.bodyField, rhs.bodyField)
        }
    }

    /// The awkward thing.
    public final class Response: Codable, Sendable, Equatable {
        /// The thing
        public let thing: AwkwardThing?

        /// Creates a value.
        ///
        /// - Parameter thing: The thing
        public init(thing: AwkwardThing? = nil) {
            self.thing = thing
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: FixtureCodingKey.self)
            self.thing = try object.optionalValue(AwkwardThing.self, forKey: "thing")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: FixtureCodingKey.self)
            try object.encodeValue(self.thing, forKey: "thing")
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Response, _ rhs: Response) -> Bool {
            return FixtureFieldwise.same(lhs.thing, rhs.thing)
        }
    }
}

nonisolated extension FixtureClient {
    /// Update Awkward Thing
    ///
    /// Every name here is chosen to trip up a code generator: `default`, `self`, `Type`, `2fa`, ...
    ///
    /// `PUT /fixture/v1/things/{thing-uuid}/actions`, synchronous, no authorization.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The awkward thing.
    /// - Throws: ``FixtureAPIError`` when the server reports a failure, ``FixtureClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func updateAwkwardThing(
        _ request: UpdateAwkwardThing.Request
    ) async throws -> UpdateAwkwardThing.Response {
        let call = FixtureRequestBuilder(operation: UpdateAwkwardThing.operation)
        call.setPathParameter("thing-uuid", to: request.thingUuid)
        call.jsonBody = FixtureJSONBody { body in
            try body.encodeObject(forKey: "updateAwkwardThing") { wrapped in
                try wrapped.encodeValue(request.default, forKey: "default")
                try wrapped.encodeValue(request.selfValue, forKey: "self")
                try wrapped.encodeValue(request.type, forKey: "Type")
                try wrapped.encodeValue(request._2fa, forKey: "2fa")
                try wrapped.encodeValue(request.protocol, forKey: "protocol")
                try wrapped.encodeValue(request.hashValueField, forKey: "hashValue")
                try wrapped.encodeValue(request.initValue, forKey: "init")
                try wrapped.encodeValue(request.labels, forKey: "labels")
                try wrapped.encodeValue(request.extra, forKey: "extra")
                try wrapped.encodeValue(request.body, forKey: "body")
                try wrapped.encodeValue(request.request, forKey: "request")
                try wrapped.encodeValue(request.bodyField, forKey: "bodyField")
            }
            try body.encodeValue(request.tags, forKey: "tags")
        }
        return try await perform(call)
    }
}
