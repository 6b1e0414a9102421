import HTTPTypes

/// Echo Boolean
///
/// Sends a Boolean in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/boolean/{pathValue}`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoBoolean {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoBoolean",
        method: .put,
        pathTemplate: "/matrix/v1/echo/boolean/{pathValue}",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value in the path.
        public var pathValue: Bool

        /// The value in the query.
        public var queryValue: Bool

        /// The value inside the wrapper.
        public var value: Bool

        /// An optional value in the query.
        public var optionalQueryValue: Bool?

        /// The value in a header.
        public var xEchoValue: Bool?

        /// An optional value inside the wrapper.
        public var optionalValue: Bool?

        /// A nullable value inside the wrapper.
        public var nullableValue: Bool?

        /// The value beside the wrapper.
        public var outsideValue: Bool?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - pathValue: The value in the path.
        ///   - queryValue: The value in the query.
        ///   - value: The value inside the wrapper.
        ///   - optionalQueryValue: An optional value in the query.
        ///   - xEchoValue: The value in a header.
        ///   - optionalValue: An optional value inside the wrapper.
        ///   - nullableValue: A nullable value inside the wrapper.
        ///   - outsideValue: The value beside the wrapper.
        public init(
            pathValue: Bool,
            queryValue: Bool,
            value: Bool,
            optionalQueryValue: Bool? = nil,
            xEchoValue: Bool? = nil,
            optionalValue: Bool? = nil,
            nullableValue: Bool? = nil,
            outsideValue: Bool? = nil
        ) {
            self.pathValue = pathValue
            self.queryValue = queryValue
            self.value = value
            self.optionalQueryValue = optionalQueryValue
            self.xEchoValue = xEchoValue
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
        }
    }

    /// The JSON body of a request: `{"echoBoolean": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: Bool?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoBoolean"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: Bool
            var optionalValue: Bool?
            var nullableValue: Bool?

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
        /// The `pathValue` field.
        public var pathValue: Bool?

        /// The `queryValue` field.
        public var queryValue: Bool?

        /// The `optionalQueryValue` field.
        public var optionalQueryValue: Bool?

        /// The `headerValue` field.
        public var headerValue: Bool?

        /// The `value` field.
        public var value: Bool?

        /// The `optionalValue` field.
        public var optionalValue: Bool?

        /// The `nullableValue` field.
        public var nullableValue: Bool?

        /// The `outsideValue` field.
        public var outsideValue: Bool?

        /// The value one level down.
        public var nested: EchoBooleanNested?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - pathValue: The `pathValue` field.
        ///   - queryValue: The `queryValue` field.
        ///   - optionalQueryValue: The `optionalQueryValue` field.
        ///   - headerValue: The `headerValue` field.
        ///   - value: The `value` field.
        ///   - optionalValue: The `optionalValue` field.
        ///   - nullableValue: The `nullableValue` field.
        ///   - outsideValue: The `outsideValue` field.
        ///   - nested: The value one level down.
        public init(
            pathValue: Bool? = nil,
            queryValue: Bool? = nil,
            optionalQueryValue: Bool? = nil,
            headerValue: Bool? = nil,
            value: Bool? = nil,
            optionalValue: Bool? = nil,
            nullableValue: Bool? = nil,
            outsideValue: Bool? = nil,
            nested: EchoBooleanNested? = nil
        ) {
            self.pathValue = pathValue
            self.queryValue = queryValue
            self.optionalQueryValue = optionalQueryValue
            self.headerValue = headerValue
            self.value = value
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
            self.nested = nested
        }

        private enum CodingKeys: String, CodingKey {
            case pathValue = "pathValue"
            case queryValue = "queryValue"
            case optionalQueryValue = "optionalQueryValue"
            case headerValue = "headerValue"
            case value = "value"
            case optionalValue = "optionalValue"
            case nullableValue = "nullableValue"
            case outsideValue = "outsideValue"
            case nested = "nested"
        }
    }
}

nonisolated extension MatrixClient {
    /// Echo Boolean
    ///
    /// Sends a Boolean in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/boolean/{pathValue}`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameters:
    ///   - pathValue: The value in the path.
    ///   - queryValue: The value in the query.
    ///   - value: The value inside the wrapper.
    ///   - optionalQueryValue: An optional value in the query.
    ///   - xEchoValue: The value in a header.
    ///   - optionalValue: An optional value inside the wrapper.
    ///   - nullableValue: A nullable value inside the wrapper.
    ///   - outsideValue: The value beside the wrapper.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoBoolean(
        pathValue: Bool,
        queryValue: Bool,
        value: Bool,
        optionalQueryValue: Bool? = nil,
        xEchoValue: Bool? = nil,
        optionalValue: Bool? = nil,
        nullableValue: Bool? = nil,
        outsideValue: Bool? = nil
    ) async throws -> EchoBoolean.Response {
        try await echoBoolean(
            EchoBoolean.Request(
                pathValue: pathValue,
                queryValue: queryValue,
                value: value,
                optionalQueryValue: optionalQueryValue,
                xEchoValue: xEchoValue,
                optionalValue: optionalValue,
                nullableValue: nullableValue,
                outsideValue: outsideValue
            )
        )
    }

    /// Echo Boolean
    ///
    /// Sends a Boolean in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/boolean/{pathValue}`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoBoolean(
        _ request: EchoBoolean.Request
    ) async throws -> EchoBoolean.Response {
        var call = MatrixRequestBuilder(operation: EchoBoolean.operation)
        call.setPathParameter("pathValue", to: "\(request.pathValue)")
        call.appendQueryItem("queryValue", value: "\(request.queryValue)")
        call.appendQueryItem("optionalQueryValue", value: request.optionalQueryValue.map { "\($0)" })
        call.setHeaderField(named: "X-Echo-Value", value: request.xEchoValue.map { "\($0)" })
        call.jsonBody = EchoBoolean.Body(request)
        return try await perform(call)
    }
}
