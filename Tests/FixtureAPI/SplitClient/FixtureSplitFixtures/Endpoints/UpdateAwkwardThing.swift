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
    public static let operation = FixtureOperation(
        id: "UpdateAwkwardThing",
        method: .put,
        pathTemplate: "/fixture/v1/things/{thing-uuid}/actions",
        requiresAuthorization: false,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The thing's UUID
        public var thingUuid: String

        /// A field named like a keyword
        public var `default`: String

        /// A field named self
        public var selfValue: Int?

        /// A field named Type
        public var type: Bool?

        /// A field starting with a digit
        public var _2fa: Int64?

        /// Another keyword
        public var `protocol`: Double?

        /// Clashes with Hashable
        public var hashValueField: String?

        /// Clashes with initializers
        public var initValue: String?

        /// Counts by label
        public var labels: [String: Int64]?

        /// Any JSON value
        public var extra: FixtureJSONValue?

        /// Tags outside the wrapper
        public var tags: [String]?

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
            tags: [String]? = nil
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
        }
    }

    /// The JSON body of a request: `{"updateAwkwardThing": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var tags: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.tags = request.tags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateAwkwardThing"
            case tags = "tags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var `default`: String
            var selfValue: Int?
            var type: Bool?
            var _2fa: Int64?
            var `protocol`: Double?
            var hashValueField: String?
            var initValue: String?
            var labels: [String: Int64]?
            var extra: FixtureJSONValue?

            init(_ request: Request) {
                self.default = request.default
                self.selfValue = request.selfValue
                self.type = request.type
                self._2fa = request._2fa
                self.protocol = request.protocol
                self.hashValueField = request.hashValueField
                self.initValue = request.initValue
                self.labels = request.labels
                self.extra = request.extra
            }

            private enum CodingKeys: String, CodingKey {
                case `default` = "default"
                case selfValue = "self"
                case type = "Type"
                case _2fa = "2fa"
                case `protocol` = "protocol"
                case hashValueField = "hashValue"
                case initValue = "init"
                case labels = "labels"
                case extra = "extra"
            }
        }
    }

    /// The awkward thing.
    public struct Response: Codable, Sendable, Hashable {
        /// The thing
        public var thing: AwkwardThing?

        /// Creates a value.
        ///
        /// - Parameter thing: The thing
        public init(thing: AwkwardThing? = nil) {
            self.thing = thing
        }

        private enum CodingKeys: String, CodingKey {
            case thing = "thing"
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
    /// - Returns: The awkward thing.
    /// - Throws: ``FixtureAPIError`` when the server reports a failure, ``FixtureClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func updateAwkwardThing(
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
        tags: [String]? = nil
    ) async throws -> UpdateAwkwardThing.Response {
        try await updateAwkwardThing(
            UpdateAwkwardThing.Request(
                thingUuid: thingUuid,
                default: `default`,
                selfValue: selfValue,
                type: type,
                _2fa: _2fa,
                protocol: `protocol`,
                hashValueField: hashValueField,
                initValue: initValue,
                labels: labels,
                extra: extra,
                tags: tags
            )
        )
    }

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
        var call = FixtureRequestBuilder(operation: UpdateAwkwardThing.operation)
        call.setPathParameter("thing-uuid", to: request.thingUuid)
        call.jsonBody = UpdateAwkwardThing.Body(request)
        return try await perform(call)
    }
}
