import HTTPTypes

/// Echo ListOfColor
///
/// Sends a List<Color> in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/list-of-color`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoListOfColor {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoListOfColor",
        method: .put,
        pathTemplate: "/matrix/v1/echo/list-of-color",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value in the query.
        public var queryValue: [Color]

        /// The value inside the wrapper.
        public var value: [Color]

        /// An optional value in the query.
        public var optionalQueryValue: [Color]?

        /// An optional value inside the wrapper.
        public var optionalValue: [Color]?

        /// A nullable value inside the wrapper.
        public var nullableValue: [Color]?

        /// The value beside the wrapper.
        public var outsideValue: [Color]?

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
            queryValue: [Color],
            value: [Color],
            optionalQueryValue: [Color]? = nil,
            optionalValue: [Color]? = nil,
            nullableValue: [Color]? = nil,
            outsideValue: [Color]? = nil
        ) {
            self.queryValue = queryValue
            self.value = value
            self.optionalQueryValue = optionalQueryValue
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
        }
    }

    /// The JSON body of a request: `{"echoListOfColor": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: [Color]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoListOfColor"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: [Color]
            var optionalValue: [Color]?
            var nullableValue: [Color]?

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
        public var queryValue: [Color]?

        /// The `optionalQueryValue` field.
        public var optionalQueryValue: [Color]?

        /// The `value` field.
        public var value: [Color]?

        /// The `optionalValue` field.
        public var optionalValue: [Color]?

        /// The `nullableValue` field.
        public var nullableValue: [Color]?

        /// The `outsideValue` field.
        public var outsideValue: [Color]?

        /// The value one level down.
        public var nested: EchoListOfColorNested?

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
            queryValue: [Color]? = nil,
            optionalQueryValue: [Color]? = nil,
            value: [Color]? = nil,
            optionalValue: [Color]? = nil,
            nullableValue: [Color]? = nil,
            outsideValue: [Color]? = nil,
            nested: EchoListOfColorNested? = nil
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
    /// Echo ListOfColor
    ///
    /// Sends a List<Color> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/list-of-color`, synchronous, authorization required.
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
    public func echoListOfColor(
        queryValue: [Color],
        value: [Color],
        optionalQueryValue: [Color]? = nil,
        optionalValue: [Color]? = nil,
        nullableValue: [Color]? = nil,
        outsideValue: [Color]? = nil
    ) async throws -> EchoListOfColor.Response {
        try await echoListOfColor(
            EchoListOfColor.Request(
                queryValue: queryValue,
                value: value,
                optionalQueryValue: optionalQueryValue,
                optionalValue: optionalValue,
                nullableValue: nullableValue,
                outsideValue: outsideValue
            )
        )
    }

    /// Echo ListOfColor
    ///
    /// Sends a List<Color> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/list-of-color`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoListOfColor(
        _ request: EchoListOfColor.Request
    ) async throws -> EchoListOfColor.Response {
        var call = MatrixRequestBuilder(operation: EchoListOfColor.operation)
        call.appendQueryItems("queryValue", values: request.queryValue.map(\.rawValue))
        call.appendQueryItems("optionalQueryValue", values: request.optionalQueryValue?.map(\.rawValue))
        call.jsonBody = EchoListOfColor.Body(request)
        return try await perform(call)
    }
}
