import HTTPTypes

/// Echo JSON
///
/// Sends a JSON in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/j-s-o-n`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoJSON {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoJSON",
        method: .put,
        pathTemplate: "/matrix/v1/echo/j-s-o-n",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value inside the wrapper.
        public var value: MatrixJSONValue

        /// An optional value inside the wrapper.
        public var optionalValue: MatrixJSONValue?

        /// A nullable value inside the wrapper.
        public var nullableValue: MatrixJSONValue?

        /// The value beside the wrapper.
        public var outsideValue: MatrixJSONValue?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - value: The value inside the wrapper.
        ///   - optionalValue: An optional value inside the wrapper.
        ///   - nullableValue: A nullable value inside the wrapper.
        ///   - outsideValue: The value beside the wrapper.
        public init(
            value: MatrixJSONValue,
            optionalValue: MatrixJSONValue? = nil,
            nullableValue: MatrixJSONValue? = nil,
            outsideValue: MatrixJSONValue? = nil
        ) {
            self.value = value
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
        }
    }

    /// The JSON body of a request: `{"echoJSON": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: MatrixJSONValue?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoJSON"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: MatrixJSONValue
            var optionalValue: MatrixJSONValue?
            var nullableValue: MatrixJSONValue?

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
        public var value: MatrixJSONValue?

        /// The `optionalValue` field.
        public var optionalValue: MatrixJSONValue?

        /// The `nullableValue` field.
        public var nullableValue: MatrixJSONValue?

        /// The `outsideValue` field.
        public var outsideValue: MatrixJSONValue?

        /// The value one level down.
        public var nested: EchoJSONNested?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - value: The `value` field.
        ///   - optionalValue: The `optionalValue` field.
        ///   - nullableValue: The `nullableValue` field.
        ///   - outsideValue: The `outsideValue` field.
        ///   - nested: The value one level down.
        public init(
            value: MatrixJSONValue? = nil,
            optionalValue: MatrixJSONValue? = nil,
            nullableValue: MatrixJSONValue? = nil,
            outsideValue: MatrixJSONValue? = nil,
            nested: EchoJSONNested? = nil
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
    /// Echo JSON
    ///
    /// Sends a JSON in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/j-s-o-n`, synchronous, authorization required.
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
    public func echoJSON(
        value: MatrixJSONValue,
        optionalValue: MatrixJSONValue? = nil,
        nullableValue: MatrixJSONValue? = nil,
        outsideValue: MatrixJSONValue? = nil
    ) async throws -> EchoJSON.Response {
        try await echoJSON(
            EchoJSON.Request(
                value: value,
                optionalValue: optionalValue,
                nullableValue: nullableValue,
                outsideValue: outsideValue
            )
        )
    }

    /// Echo JSON
    ///
    /// Sends a JSON in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/j-s-o-n`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoJSON(
        _ request: EchoJSON.Request
    ) async throws -> EchoJSON.Response {
        var call = MatrixRequestBuilder(operation: EchoJSON.operation)
        call.jsonBody = EchoJSON.Body(request)
        return try await perform(call)
    }
}
