import HTTPTypes

/// Echo ListOfListOfInteger
///
/// Sends a List<List<Integer>> in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/list-of-list-of-integer`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoListOfListOfInteger {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoListOfListOfInteger",
        method: .put,
        pathTemplate: "/matrix/v1/echo/list-of-list-of-integer",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value inside the wrapper.
        public var value: [[Int]]

        /// An optional value inside the wrapper.
        public var optionalValue: [[Int]]?

        /// A nullable value inside the wrapper.
        public var nullableValue: [[Int]]?

        /// The value beside the wrapper.
        public var outsideValue: [[Int]]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - value: The value inside the wrapper.
        ///   - optionalValue: An optional value inside the wrapper.
        ///   - nullableValue: A nullable value inside the wrapper.
        ///   - outsideValue: The value beside the wrapper.
        public init(
            value: [[Int]],
            optionalValue: [[Int]]? = nil,
            nullableValue: [[Int]]? = nil,
            outsideValue: [[Int]]? = nil
        ) {
            self.value = value
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
        }
    }

    /// The JSON body of a request: `{"echoListOfListOfInteger": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: [[Int]]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoListOfListOfInteger"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: [[Int]]
            var optionalValue: [[Int]]?
            var nullableValue: [[Int]]?

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
        /// The `value` field.
        public var value: [[Int]]?

        /// The `optionalValue` field.
        public var optionalValue: [[Int]]?

        /// The `nullableValue` field.
        public var nullableValue: [[Int]]?

        /// The `outsideValue` field.
        public var outsideValue: [[Int]]?

        /// The value one level down.
        public var nested: EchoListOfListOfIntegerNested?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - value: The `value` field.
        ///   - optionalValue: The `optionalValue` field.
        ///   - nullableValue: The `nullableValue` field.
        ///   - outsideValue: The `outsideValue` field.
        ///   - nested: The value one level down.
        public init(
            value: [[Int]]? = nil,
            optionalValue: [[Int]]? = nil,
            nullableValue: [[Int]]? = nil,
            outsideValue: [[Int]]? = nil,
            nested: EchoListOfListOfIntegerNested? = nil
        ) {
            self.value = value
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
            self.nested = nested
        }

        private enum CodingKeys: String, CodingKey {
            case value = "value"
            case optionalValue = "optionalValue"
            case nullableValue = "nullableValue"
            case outsideValue = "outsideValue"
            case nested = "nested"
        }
    }
}

nonisolated extension MatrixClient {
    /// Echo ListOfListOfInteger
    ///
    /// Sends a List<List<Integer>> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/list-of-list-of-integer`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameters:
    ///   - value: The value inside the wrapper.
    ///   - optionalValue: An optional value inside the wrapper.
    ///   - nullableValue: A nullable value inside the wrapper.
    ///   - outsideValue: The value beside the wrapper.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoListOfListOfInteger(
        value: [[Int]],
        optionalValue: [[Int]]? = nil,
        nullableValue: [[Int]]? = nil,
        outsideValue: [[Int]]? = nil
    ) async throws -> EchoListOfListOfInteger.Response {
        try await echoListOfListOfInteger(
            EchoListOfListOfInteger.Request(
                value: value,
                optionalValue: optionalValue,
                nullableValue: nullableValue,
                outsideValue: outsideValue
            )
        )
    }

    /// Echo ListOfListOfInteger
    ///
    /// Sends a List<List<Integer>> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/list-of-list-of-integer`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoListOfListOfInteger(
        _ request: EchoListOfListOfInteger.Request
    ) async throws -> EchoListOfListOfInteger.Response {
        var call = MatrixRequestBuilder(operation: EchoListOfListOfInteger.operation)
        call.jsonBody = EchoListOfListOfInteger.Body(request)
        return try await perform(call)
    }
}
