import HTTPTypes

/// Echo MapOfItem
///
/// Sends a Map<String, Item> in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/map-of-item`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoMapOfItem {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoMapOfItem",
        method: .put,
        pathTemplate: "/matrix/v1/echo/map-of-item",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value inside the wrapper.
        public var value: [String: Item]

        /// An optional value inside the wrapper.
        public var optionalValue: [String: Item]?

        /// A nullable value inside the wrapper.
        public var nullableValue: [String: Item]?

        /// The value beside the wrapper.
        public var outsideValue: [String: Item]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - value: The value inside the wrapper.
        ///   - optionalValue: An optional value inside the wrapper.
        ///   - nullableValue: A nullable value inside the wrapper.
        ///   - outsideValue: The value beside the wrapper.
        public init(
            value: [String: Item],
            optionalValue: [String: Item]? = nil,
            nullableValue: [String: Item]? = nil,
            outsideValue: [String: Item]? = nil
        ) {
            self.value = value
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
        }
    }

    /// The JSON body of a request: `{"echoMapOfItem": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: [String: Item]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoMapOfItem"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: [String: Item]
            var optionalValue: [String: Item]?
            var nullableValue: [String: Item]?

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
        public var value: [String: Item]?

        /// The `optionalValue` field.
        public var optionalValue: [String: Item]?

        /// The `nullableValue` field.
        public var nullableValue: [String: Item]?

        /// The `outsideValue` field.
        public var outsideValue: [String: Item]?

        /// The value one level down.
        public var nested: EchoMapOfItemNested?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - value: The `value` field.
        ///   - optionalValue: The `optionalValue` field.
        ///   - nullableValue: The `nullableValue` field.
        ///   - outsideValue: The `outsideValue` field.
        ///   - nested: The value one level down.
        public init(
            value: [String: Item]? = nil,
            optionalValue: [String: Item]? = nil,
            nullableValue: [String: Item]? = nil,
            outsideValue: [String: Item]? = nil,
            nested: EchoMapOfItemNested? = nil
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
    /// Echo MapOfItem
    ///
    /// Sends a Map<String, Item> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/map-of-item`, synchronous, authorization required.
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
    public func echoMapOfItem(
        value: [String: Item],
        optionalValue: [String: Item]? = nil,
        nullableValue: [String: Item]? = nil,
        outsideValue: [String: Item]? = nil
    ) async throws -> EchoMapOfItem.Response {
        try await echoMapOfItem(
            EchoMapOfItem.Request(
                value: value,
                optionalValue: optionalValue,
                nullableValue: nullableValue,
                outsideValue: outsideValue
            )
        )
    }

    /// Echo MapOfItem
    ///
    /// Sends a Map<String, Item> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/map-of-item`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoMapOfItem(
        _ request: EchoMapOfItem.Request
    ) async throws -> EchoMapOfItem.Response {
        var call = MatrixRequestBuilder(operation: EchoMapOfItem.operation)
        call.jsonBody = EchoMapOfItem.Body(request)
        return try await perform(call)
    }
}
