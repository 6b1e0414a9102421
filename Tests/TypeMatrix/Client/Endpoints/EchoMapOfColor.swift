import HTTPTypes

/// Echo MapOfColor
///
/// Sends a Map<String, Color> in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/map-of-color`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoMapOfColor {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoMapOfColor",
        method: .put,
        pathTemplate: "/matrix/v1/echo/map-of-color",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value in the query.
        public var queryValue: [String: Color]

        /// The value inside the wrapper.
        public var value: [String: Color]

        /// An optional value in the query.
        public var optionalQueryValue: [String: Color]?

        /// An optional value inside the wrapper.
        public var optionalValue: [String: Color]?

        /// A nullable value inside the wrapper.
        public var nullableValue: [String: Color]?

        /// The value beside the wrapper.
        public var outsideValue: [String: Color]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - queryValue: The value in the query.
        ///   - value: The value inside the wrapper.
        ///   - optionalQueryValue: An optional value in the query.
        ///   - optionalValue: An optional value inside the wrapper.
        ///   - nullableValue: A nullable value inside the wrapper.
        ///   - outsideValue: The value beside the wrapper.
        public init(
            queryValue: [String: Color],
            value: [String: Color],
            optionalQueryValue: [String: Color]? = nil,
            optionalValue: [String: Color]? = nil,
            nullableValue: [String: Color]? = nil,
            outsideValue: [String: Color]? = nil
        ) {
            self.queryValue = queryValue
            self.value = value
            self.optionalQueryValue = optionalQueryValue
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
        }
    }

    /// The JSON body of a request: `{"echoMapOfColor": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: [String: Color]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoMapOfColor"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: [String: Color]
            var optionalValue: [String: Color]?
            var nullableValue: [String: Color]?

            init(_ request: Request) {
                self.value = request.value
                self.optionalValue = request.optionalValue
                self.nullableValue = request.nullableValue
            }

            private enum CodingKeys: String, CodingKey {
                case value = "value"
                case optionalValue = "optionalValue"
                case nullableValue = "nullableValue"
            }
        }
    }

    /// The inputs, as the server read them.
    public struct Response: Codable, Sendable, Hashable {
        /// The `queryValue` field.
        public var queryValue: [String: Color]?

        /// The `optionalQueryValue` field.
        public var optionalQueryValue: [String: Color]?

        /// The `value` field.
        public var value: [String: Color]?

        /// The `optionalValue` field.
        public var optionalValue: [String: Color]?

        /// The `nullableValue` field.
        public var nullableValue: [String: Color]?

        /// The `outsideValue` field.
        public var outsideValue: [String: Color]?

        /// The value one level down.
        public var nested: EchoMapOfColorNested?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - queryValue: The `queryValue` field.
        ///   - optionalQueryValue: The `optionalQueryValue` field.
        ///   - value: The `value` field.
        ///   - optionalValue: The `optionalValue` field.
        ///   - nullableValue: The `nullableValue` field.
        ///   - outsideValue: The `outsideValue` field.
        ///   - nested: The value one level down.
        public init(
            queryValue: [String: Color]? = nil,
            optionalQueryValue: [String: Color]? = nil,
            value: [String: Color]? = nil,
            optionalValue: [String: Color]? = nil,
            nullableValue: [String: Color]? = nil,
            outsideValue: [String: Color]? = nil,
            nested: EchoMapOfColorNested? = nil
        ) {
            self.queryValue = queryValue
            self.optionalQueryValue = optionalQueryValue
            self.value = value
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
            self.nested = nested
        }

        private enum CodingKeys: String, CodingKey {
            case queryValue = "queryValue"
            case optionalQueryValue = "optionalQueryValue"
            case value = "value"
            case optionalValue = "optionalValue"
            case nullableValue = "nullableValue"
            case outsideValue = "outsideValue"
            case nested = "nested"
        }
    }
}

nonisolated extension MatrixClient {
    /// Echo MapOfColor
    ///
    /// Sends a Map<String, Color> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/map-of-color`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameters:
    ///   - queryValue: The value in the query.
    ///   - value: The value inside the wrapper.
    ///   - optionalQueryValue: An optional value in the query.
    ///   - optionalValue: An optional value inside the wrapper.
    ///   - nullableValue: A nullable value inside the wrapper.
    ///   - outsideValue: The value beside the wrapper.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoMapOfColor(
        queryValue: [String: Color],
        value: [String: Color],
        optionalQueryValue: [String: Color]? = nil,
        optionalValue: [String: Color]? = nil,
        nullableValue: [String: Color]? = nil,
        outsideValue: [String: Color]? = nil
    ) async throws -> EchoMapOfColor.Response {
        try await echoMapOfColor(
            EchoMapOfColor.Request(
                queryValue: queryValue,
                value: value,
                optionalQueryValue: optionalQueryValue,
                optionalValue: optionalValue,
                nullableValue: nullableValue,
                outsideValue: outsideValue
            )
        )
    }

    /// Echo MapOfColor
    ///
    /// Sends a Map<String, Color> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/map-of-color`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoMapOfColor(
        _ request: EchoMapOfColor.Request
    ) async throws -> EchoMapOfColor.Response {
        var call = MatrixRequestBuilder(operation: EchoMapOfColor.operation)
        call.appendQueryMap("queryValue", entries: request.queryValue.mapValues { [$0.rawValue] })
        call.appendQueryMap("optionalQueryValue", entries: request.optionalQueryValue?.mapValues { [$0.rawValue] })
        call.jsonBody = EchoMapOfColor.Body(request)
        return try await perform(call)
    }
}
