import HTTPTypes

/// Echo Integer
///
/// Sends a Integer in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/integer/{pathValue}`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoInteger {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoInteger",
        method: .put,
        pathTemplate: "/matrix/v1/echo/integer/{pathValue}",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value in the path.
        public var pathValue: Int

        /// The value in the query.
        public var queryValue: Int

        /// The value inside the wrapper.
        public var value: Int

        /// An optional value in the query.
        public var optionalQueryValue: Int?

        /// The value in a header.
        public var xEchoValue: Int?

        /// An optional value inside the wrapper.
        public var optionalValue: Int?

        /// A nullable value inside the wrapper.
        public var nullableValue: Int?

        /// The value beside the wrapper.
        public var outsideValue: Int?

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
            pathValue: Int,
            queryValue: Int,
            value: Int,
            optionalQueryValue: Int? = nil,
            xEchoValue: Int? = nil,
            optionalValue: Int? = nil,
            nullableValue: Int? = nil,
            outsideValue: Int? = nil
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

    /// The JSON body of a request: `{"echoInteger": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: Int?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoInteger"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: Int
            var optionalValue: Int?
            var nullableValue: Int?

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
        public var pathValue: Int?

        /// The `queryValue` field.
        public var queryValue: Int?

        /// The `optionalQueryValue` field.
        public var optionalQueryValue: Int?

        /// The `headerValue` field.
        public var headerValue: Int?

        /// The `value` field.
        public var value: Int?

        /// The `optionalValue` field.
        public var optionalValue: Int?

        /// The `nullableValue` field.
        public var nullableValue: Int?

        /// The `outsideValue` field.
        public var outsideValue: Int?

        /// The value one level down.
        public var nested: EchoIntegerNested?

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
            pathValue: Int? = nil,
            queryValue: Int? = nil,
            optionalQueryValue: Int? = nil,
            headerValue: Int? = nil,
            value: Int? = nil,
            optionalValue: Int? = nil,
            nullableValue: Int? = nil,
            outsideValue: Int? = nil,
            nested: EchoIntegerNested? = nil
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
    /// Echo Integer
    ///
    /// Sends a Integer in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/integer/{pathValue}`, synchronous, authorization required.
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
    public func echoInteger(
        pathValue: Int,
        queryValue: Int,
        value: Int,
        optionalQueryValue: Int? = nil,
        xEchoValue: Int? = nil,
        optionalValue: Int? = nil,
        nullableValue: Int? = nil,
        outsideValue: Int? = nil
    ) async throws -> EchoInteger.Response {
        try await echoInteger(
            EchoInteger.Request(
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

    /// Echo Integer
    ///
    /// Sends a Integer in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/integer/{pathValue}`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoInteger(
        _ request: EchoInteger.Request
    ) async throws -> EchoInteger.Response {
        var call = MatrixRequestBuilder(operation: EchoInteger.operation)
        call.setPathParameter("pathValue", to: "\(request.pathValue)")
        call.appendQueryItem("queryValue", value: "\(request.queryValue)")
        call.appendQueryItem("optionalQueryValue", value: request.optionalQueryValue.map { "\($0)" })
        call.setHeaderField(named: "X-Echo-Value", value: request.xEchoValue.map { "\($0)" })
        call.jsonBody = EchoInteger.Body(request)
        return try await perform(call)
    }
}
